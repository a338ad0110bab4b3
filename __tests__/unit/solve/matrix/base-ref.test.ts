/**
 * The base commit changed mode takes from the GitHub event when none is given: the event file at GITHUB_EVENT_PATH,
 * as the runner writes it, per event.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { baseFromEvent } from '../../../../src/solve/matrix/base-ref.js';

const SHA = 'a'.repeat(40);
const ZERO = '0'.repeat(40);

function event(name: string, payload: unknown): Record<string, string> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bakekit-event-')), 'event.json');
  fs.writeFileSync(file, typeof payload === 'string' ? payload : JSON.stringify(payload));
  return { GITHUB_EVENT_NAME: name, GITHUB_EVENT_PATH: file };
}

describe('baseFromEvent', () => {
  it('push: the commit before the push', () => {
    expect(baseFromEvent(event('push', { before: SHA, after: 'b'.repeat(40), ref: 'refs/heads/main' }))).toEqual({
      kind: 'commit',
      ref: SHA,
      from: 'push event, before',
    });
  });

  it('push that created the branch (before is all zeros): everything', () => {
    expect(baseFromEvent(event('push', { before: ZERO, ref: 'refs/heads/feature', created: true }))).toEqual({
      kind: 'everything',
      reason: 'the push created refs/heads/feature (before is all zeros)',
    });
  });

  it("pull_request and pull_request_target: the base branch's commit", () => {
    const payload = { pull_request: { base: { sha: SHA, ref: 'main' }, head: { sha: 'c'.repeat(40) } } };
    expect(baseFromEvent(event('pull_request', payload))).toEqual({
      kind: 'commit',
      ref: SHA,
      from: 'pull_request event, pull_request.base.sha',
    });
    expect(baseFromEvent(event('pull_request_target', payload))).toEqual({
      kind: 'commit',
      ref: SHA,
      from: 'pull_request_target event, pull_request.base.sha',
    });
  });

  it("merge_group: the queue's base", () => {
    expect(baseFromEvent(event('merge_group', { merge_group: { base_sha: SHA, head_sha: 'd'.repeat(40) } }))).toEqual({
      kind: 'commit',
      ref: SHA,
      from: 'merge_group event, merge_group.base_sha',
    });
  });

  it('other events, payloads without the field or with something else than a sha: everything, saying why', () => {
    expect(baseFromEvent(event('workflow_dispatch', {}))).toEqual({
      kind: 'everything',
      reason: 'a workflow_dispatch event has no base commit to compare with',
    });
    expect(baseFromEvent(event('push', {}))).toEqual({ kind: 'everything', reason: 'the push event has no before' });
    expect(baseFromEvent(event('pull_request', { pull_request: { base: { sha: '--upload-pack=x' } } }))).toEqual({
      kind: 'everything',
      reason: 'the pull_request event has no pull_request.base.sha',
    });
    expect(baseFromEvent(event('push', 'not json'))).toEqual({
      kind: 'everything',
      reason: "the push event's payload (GITHUB_EVENT_PATH) could not be read",
    });
    expect(baseFromEvent({ GITHUB_EVENT_NAME: 'push' })).toEqual({
      kind: 'everything',
      reason: "the push event's payload (GITHUB_EVENT_PATH) could not be read",
    });
  });

  it('outside GitHub Actions: no answer', () => {
    expect(baseFromEvent({})).toBeUndefined();
  });
});
