/**
 * The job summary and the job log after a run under the execution and publish policies (src/action/summary.ts,
 * render-github.ts): every target's end with its error or the failed target that stopped it, and what was published.
 */
import { describe, expect, it } from 'vitest';
import { summaryMarkdown } from '../../../src/action/summary.js';
import { GitHubLogRenderer } from '../../../src/action/render-github.js';
import type { RunResult } from '../../../src/solve/run/run.js';
import { KEEP_GOING_RESULT } from '../../support/run-results.js';

const NOTHING_PUBLISHED: RunResult = {
  ...KEEP_GOING_RESULT,
  publish: {
    policy: 'all-or-nothing',
    published: false,
    blockedBy: ['app'],
    blockedHow: 'failed',
    tagged: [],
    untagged: [{ target: 'base', reference: 'localhost:5000/base@sha256:1' }],
  },
};

describe('summaryMarkdown', () => {
  it('gives every target its end, naming the failed target that stopped it, and says why each did not build', () => {
    const md = summaryMarkdown(KEEP_GOING_RESULT, () => ({}));
    expect(md).toContain('2/5 targets built (2 built, 1 failed, 1 cancelled, 1 skipped).');
    expect(md).toMatch(/^\| base \| ✅ done \|/m);
    expect(md).toMatch(/^\| app \| ❌ failed \|/m);
    expect(md).toMatch(/^\| web \| ⏭️ skipped \("app" failed\) \|/m);
    expect(md).toMatch(/^\| lint \| ⏹️ cancelled \("app" failed\) \|/m);
    const why = md.slice(md.indexOf('#### Not built'));
    expect(why.split('\n').filter((l) => l.startsWith('- '))).toEqual([
      '- ❌ **app** failed: target "app": process "/bin/sh -c exit 1" did not complete successfully: exit code: 1',
      '- ⏭️ **web** skipped: it consumes "app", which failed',
      '- ⏹️ **lint** cancelled: target "app" failed, and the run fails fast (execution policy fail-fast)',
    ]);
    expect(md).not.toContain('published');
  });

  it('has no "Not built" section when every target built', () => {
    const md = summaryMarkdown(
      { ...KEEP_GOING_RESULT, ok: true, targets: KEEP_GOING_RESULT.targets.filter((t) => t.status === 'done') },
      () => ({}),
    );
    expect(md).toContain('2/2 targets built.');
    expect(md).not.toContain('Not built');
  });

  it('says that nothing was published, and why', () => {
    const md = summaryMarkdown(NOTHING_PUBLISHED, () => ({}));
    expect(md).toContain(
      '**nothing published**: target "app" failed; pushed by digest and left untagged: localhost:5000/base@sha256:1',
    );
  });
});

describe('the job log', () => {
  function render(result: RunResult, events: Parameters<GitHubLogRenderer['onEvent']>[0][] = []) {
    const log: string[] = [];
    const warnings: string[] = [];
    const r = new GitHubLogRenderer(
      {
        write: (l) => log.push(l),
        startGroup: (n) => log.push(`::group::${n}`),
        endGroup: () => log.push('::endgroup::'),
        error: () => {},
        warning: (m) => warnings.push(m),
      },
      { workspace: '/w', dockerfileDir: () => undefined },
      { heartbeatMs: 60_000, clock: () => 0, checksAnnotations: false },
    );
    for (const e of events) r.onEvent(e);
    r.finish(result);
    return { log, warnings };
  }

  it("titles a cancelled or skipped target's group with why", () => {
    const { log } = render(KEEP_GOING_RESULT, [
      {
        type: 'target-cancelled',
        target: 'web',
        reason: 'it consumes "app", which failed',
        cause: 'app',
        skipped: true,
      },
      {
        type: 'target-cancelled',
        target: 'lint',
        reason: 'target "app" failed, and the run fails fast (execution policy fail-fast)',
        cause: 'app',
      },
    ]);
    expect(log).toContain('::group::⏭️ web — skipped (it consumes "app", which failed)');
    expect(
      log.some((l) =>
        l.startsWith(
          '::group::⏹️ lint — cancelled (target "app" failed, and the run fails fast (execution policy fail-fast)) in 0.0s',
        ),
      ),
    ).toBe(true);
  });

  it("lists every target's end after the groups, and warns that nothing was published", () => {
    const { log, warnings } = render(NOTHING_PUBLISHED);
    expect(log).toContain('targets: 2 built, 1 failed, 1 cancelled, 1 skipped');
    expect(log).toContain('  web   skipped: it consumes "app", which failed');
    expect(warnings).toEqual([
      'nothing published: target "app" failed; pushed by digest and left untagged: localhost:5000/base@sha256:1',
    ]);
  });

  it('says nothing more when every target built', () => {
    const { log, warnings } = render({
      ...KEEP_GOING_RESULT,
      ok: true,
      targets: KEEP_GOING_RESULT.targets.filter((t) => t.status === 'done'),
    });
    expect(log.filter((l) => l.startsWith('targets:'))).toEqual([]);
    expect(warnings).toEqual([]);
  });
});
