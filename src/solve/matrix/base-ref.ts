/**
 * The commit `changed` mode compares against when none is given, from the GitHub event that started the run
 * (GITHUB_EVENT_NAME, and the payload at GITHUB_EVENT_PATH):
 * - push: the branch's commit before the push (`before`); all zeros (the push created the branch or tag) → everything;
 * - pull_request, pull_request_target: the base branch's commit (`pull_request.base.sha`);
 * - merge_group: the queue's base (`merge_group.base_sha`);
 * - any other event (schedule, workflow_dispatch, …): nothing to compare with → everything.
 * "Everything" is the safe answer: a matrix that builds too much costs time, one that builds too little ships stale
 * images.
 */
import * as fs from 'node:fs';

export type BaseChoice =
  /** compare with this commit; `from` says where it came from, for the log */
  | { kind: 'commit'; ref: string; from: string }
  /** no base to compare with: every target is selected, for `reason` */
  | { kind: 'everything'; reason: string };

const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;

/** The base of the event's run; undefined outside GitHub Actions (no GITHUB_EVENT_NAME). */
export function baseFromEvent(env: Record<string, string | undefined>): BaseChoice | undefined {
  const event = env.GITHUB_EVENT_NAME;
  if (!event) return undefined;
  const payload = readPayload(env.GITHUB_EVENT_PATH);
  if (payload === undefined)
    return { kind: 'everything', reason: `the ${event} event's payload (GITHUB_EVENT_PATH) could not be read` };
  const sha = (value: unknown, what: string): BaseChoice => {
    if (typeof value !== 'string' || !SHA.test(value))
      return { kind: 'everything', reason: `the ${event} event has no ${what}` };
    if (/^0+$/.test(value))
      return {
        kind: 'everything',
        reason: `the push created ${typeof payload.ref === 'string' ? payload.ref : 'the ref'} (${what} is all zeros)`,
      };
    return { kind: 'commit', ref: value, from: `${event} event, ${what}` };
  };
  switch (event) {
    case 'push':
      return sha(payload.before, 'before');
    case 'pull_request':
    case 'pull_request_target':
      return sha(field(field(payload.pull_request, 'base'), 'sha'), 'pull_request.base.sha');
    case 'merge_group':
      return sha(field(payload.merge_group, 'base_sha'), 'merge_group.base_sha');
    default:
      return { kind: 'everything', reason: `a ${event} event has no base commit to compare with` };
  }
}

function readPayload(file: string | undefined): Record<string, unknown> | undefined {
  if (!file) return undefined;
  try {
    const parsed: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function field(obj: unknown, key: string): unknown {
  return obj && typeof obj === 'object' ? (obj as Record<string, unknown>)[key] : undefined;
}
