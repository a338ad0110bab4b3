/**
 * Build-check warnings of ordinary builds: the Dockerfile frontend reports them after the step that loaded the
 * Dockerfile has finished (as BuildKit v0.25 does: the messages below are in the order the daemon sent them). The plain
 * log shows each with its step and lists them all at the end (buildx printWarnings, `--debug` form); the action's job
 * log does the same per target, annotates each distinct check on its Dockerfile line as docker/bake-action does, and
 * the job summary counts them.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PlainProgressPrinter } from '../../../../src/buildkit/progress/plain-printer.js';
import { ProgressTracker } from '../../../../src/buildkit/progress/tracker.js';
import type { StatusResponse, VertexWarning } from '../../../../src/buildkit/proto/control.pb.js';
import type { Timestamp } from '../../../../src/buildkit/proto/wellknown.pb.js';
import { createPlainRenderer } from '../../../../src/solve/render/plain.js';
import {
  GitHubLogRenderer,
  checksAnnotationsEnabled,
  warningCheckAnnotation,
  type AnnotationProps,
} from '../../../../src/action/render-github.js';
import { summaryMarkdown } from '../../../../src/action/summary.js';
import type { RunResult, TargetOutcome } from '../../../../src/solve/run/run.js';

const EPOCH = 1767225600n;
function ts(ms: number): Timestamp {
  const ns = BigInt(Math.round(ms * 1e6));
  return { seconds: String(EPOCH + ns / 1_000_000_000n), nanos: Number(ns % 1_000_000_000n) };
}
const digest = (n: number) => `sha256:${String(n).padStart(64, '0')}`;

const DOCKERFILE =
  'FROM localhost:5000/busybox as base\nARG FOO=bar\nRUN true\n\nFROM base AS final\nENV color blue\nRUN echo done\n';
const LOAD = { digest: digest(1), name: '[internal] load build definition from Dockerfile' };
const RUN = { digest: digest(2), name: '[final 1/1] RUN echo done' };

function warning(rule: string, message: string, description: string, url: string, line: number): VertexWarning {
  return {
    vertex: LOAD.digest,
    level: 1,
    short: Buffer.from(`${rule}: ${message} (line ${line})`),
    detail: [Buffer.from(description)],
    url,
    info: { filename: 'Dockerfile', language: 'Dockerfile', data: Buffer.from(DOCKERFILE) },
    ranges: [{ start: { line }, end: { line } }],
  };
}
const FROM_AS = warning(
  'FromAsCasing',
  "'as' and 'FROM' keywords' casing do not match",
  "The 'as' keyword should match the case of the 'from' keyword",
  'https://docs.docker.com/go/dockerfile/rule/from-as-casing/',
  1,
);
const LEGACY = warning(
  'LegacyKeyValueFormat',
  '"ENV key=value" should be used instead of legacy "ENV key value" format',
  'Legacy key/value format with whitespace separator should not be used',
  'https://docs.docker.com/go/dockerfile/rule/legacy-key-value-format/',
  6,
);

/** The daemon's messages for a build with two checks: both arrive after their step completed. */
const MESSAGES: StatusResponse[] = [
  { vertexes: [{ ...LOAD, started: ts(0) }] },
  { vertexes: [{ ...LOAD, started: ts(0), completed: ts(40) }] },
  { warnings: [FROM_AS] },
  { vertexes: [{ ...RUN, started: ts(50) }] },
  { warnings: [LEGACY] },
  { vertexes: [{ ...RUN, started: ts(50), completed: ts(1250) }] },
];

describe('build-check warnings in the plain log', () => {
  it('shows a warning that arrives after its step finished with that step, and lists all at the end', () => {
    const lines: string[] = [];
    const renderer = createPlainRenderer((l) => lines.push(l), { multiTarget: false });
    for (const message of MESSAGES) renderer.onEvent({ type: 'status', target: 'app', message });
    renderer.onEvent({ type: 'target-done', target: 'app', durationMs: 1, exporterResponse: {} });
    renderer.finish({ ok: true, targets: [], dirs: [], metadata: {} });
    expect(lines).toEqual([
      '#1 [internal] load build definition from Dockerfile',
      '#1 DONE 0.0s',
      '',
      '#1 [internal] load build definition from Dockerfile',
      "#1 WARN: FromAsCasing: 'as' and 'FROM' keywords' casing do not match (line 1)",
      '#1 DONE 0.0s',
      '',
      '#2 [final 1/1] RUN echo done',
      '#2 ...',
      '',
      '#1 [internal] load build definition from Dockerfile',
      '#1 WARN: LegacyKeyValueFormat: "ENV key=value" should be used instead of legacy "ENV key value" format (line 6)',
      '#1 DONE 0.0s',
      '',
      '#2 [final 1/1] RUN echo done',
      '#2 DONE 1.2s',
      '',
      ' 2 warnings found:',
      " - FromAsCasing: 'as' and 'FROM' keywords' casing do not match (line 1)",
      "The 'as' keyword should match the case of the 'from' keyword",
      'More info: https://docs.docker.com/go/dockerfile/rule/from-as-casing/',
      'Dockerfile:1',
      '--------------------',
      '   1 | >>> FROM localhost:5000/busybox as base',
      '   2 |     ARG FOO=bar',
      '   3 |     RUN true',
      '--------------------',
      '',
      ' - LegacyKeyValueFormat: "ENV key=value" should be used instead of legacy "ENV key value" format (line 6)',
      'Legacy key/value format with whitespace separator should not be used',
      'More info: https://docs.docker.com/go/dockerfile/rule/legacy-key-value-format/',
      'Dockerfile:6',
      '--------------------',
      '   4 |     ',
      '   5 |     FROM base AS final',
      '   6 | >>> ENV color blue',
      '   7 |     RUN echo done',
      '   8 |     ',
      '--------------------',
      '',
    ]);
  });

  it('a warning for a running step waits for the step’s next output, as in buildx', () => {
    const lines: string[] = [];
    const tracker = new ProgressTracker({ clock: () => 0 });
    new PlainProgressPrinter((l) => lines.push(l), { clock: () => 0 }).attach(tracker);
    tracker.update({ vertexes: [{ ...LOAD, started: ts(0) }] });
    tracker.update({ warnings: [FROM_AS] });
    expect(lines).toEqual(['#1 [internal] load build definition from Dockerfile']);
    tracker.update({ vertexes: [{ ...LOAD, started: ts(0), completed: ts(40) }] });
    expect(lines.slice(1)).toEqual([
      "#1 WARN: FromAsCasing: 'as' and 'FROM' keywords' casing do not match (line 1)",
      '#1 DONE 0.0s',
    ]);
  });

  it('prints no warnings block in quiet mode or without warnings', () => {
    const lines: string[] = [];
    const quiet = createPlainRenderer((l) => lines.push(l), { quiet: true });
    for (const message of MESSAGES) quiet.onEvent({ type: 'status', target: 'app', message });
    quiet.finish({ ok: true, targets: [], dirs: [], metadata: {} });
    expect(lines).toEqual([]);
  });
});

describe('build-check warnings in the action', () => {
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'bakekit-checks-'));
  afterAll(() => fs.rmSync(workspace, { recursive: true, force: true }));
  fs.mkdirSync(path.join(workspace, 'app'));
  fs.writeFileSync(path.join(workspace, 'app', 'Dockerfile'), DOCKERFILE);

  function run(options: { checksAnnotations?: boolean; dockerfile?: string } = {}) {
    const log: string[] = [];
    const warnings: Array<{ message: string; props?: AnnotationProps }> = [];
    const renderer = new GitHubLogRenderer(
      {
        write: (l) => log.push(l),
        startGroup: (n) => log.push(`::group::${n}`),
        endGroup: () => log.push('::endgroup::'),
        error: () => {},
        warning: (message, props) => warnings.push({ message, props }),
      },
      { workspace, dockerfileDir: () => path.join(workspace, options.dockerfile ?? 'app') },
      { heartbeatMs: 60_000, clock: () => 0, checksAnnotations: options.checksAnnotations ?? true },
    );
    renderer.onEvent({ type: 'target-start', target: 'app', ref: 'r' });
    // the same check twice (two platforms of one target): annotated once
    for (const message of [...MESSAGES, { warnings: [FROM_AS] }])
      renderer.onEvent({ type: 'status', target: 'app', message });
    renderer.onEvent({ type: 'target-done', target: 'app', durationMs: 1250, exporterResponse: {} });
    const outcome: TargetOutcome = {
      target: 'app',
      status: 'done',
      ref: 'r',
      durationMs: 1250,
      exporterResponse: {},
      transferred: {},
    };
    const result: RunResult = { ok: true, targets: [outcome], dirs: [], metadata: {} };
    const exitCode = renderer.finish(result);
    return { log, warnings, renderer, result, exitCode };
  }

  it('one warning annotation per violation, on its Dockerfile line, as docker/bake-action makes them', () => {
    const { warnings, log, exitCode } = run();
    expect(exitCode).toBe(0);
    expect(warnings).toEqual([
      {
        message:
          "FromAsCasing: 'as' and 'FROM' keywords' casing do not match\nMore info: https://docs.docker.com/go/dockerfile/rule/from-as-casing/",
        props: {
          title: "The 'as' keyword should match the case of the 'from' keyword",
          file: 'app/Dockerfile',
          startLine: 1,
        },
      },
      {
        message:
          '"ENV key=value" should be used instead of legacy "ENV key value" format'.replace(
            /^/,
            'LegacyKeyValueFormat: ',
          ) + '\nMore info: https://docs.docker.com/go/dockerfile/rule/legacy-key-value-format/',
        props: {
          title: 'Legacy key/value format with whitespace separator should not be used',
          file: 'app/Dockerfile',
          startLine: 6,
        },
      },
    ]);
    expect(log).toContain('::group::Generating GitHub annotations (2 build checks found)');
  });

  it('lists the warnings in the target’s group, with the count in its title', () => {
    const { log } = run();
    const group = log.slice(
      log.findIndex((l) => l.startsWith('::group::✅ app')),
      log.indexOf('::endgroup::') + 1,
    );
    expect(group[0]).toMatch(/^::group::✅ app — done in 0\.0s, 0\/2 steps cached, 2 warnings$/);
    expect(group).toContain(' 2 warnings found:');
    expect(group).toContain('   6 | >>> ENV color blue');
    // the log shows every warning the daemon sent (the repeated one too); the count and the list are of distinct ones
    expect(group.filter((l) => l.includes('#1 WARN:'))).toHaveLength(3);
    expect(group.filter((l) => l.startsWith(' - '))).toHaveLength(2);
  });

  it('no annotations with DOCKER_BUILD_CHECKS_ANNOTATIONS=false, or for a Dockerfile that is not the one checked', () => {
    expect(run({ checksAnnotations: false }).warnings).toEqual([]);
    expect(run({ dockerfile: 'elsewhere' }).warnings).toEqual([]);
    expect(checksAnnotationsEnabled({})).toBe(true);
    expect(checksAnnotationsEnabled({ DOCKER_BUILD_CHECKS_ANNOTATIONS: 'false' })).toBe(false);
    expect(checksAnnotationsEnabled({ DOCKER_BUILD_CHECKS_ANNOTATIONS: '1' })).toBe(true);
  });

  it('a warning without a source or detail is not annotated', () => {
    expect(warningCheckAnnotation({ ...FROM_AS, info: undefined })).toBeUndefined();
    expect(warningCheckAnnotation({ ...FROM_AS, detail: [] })).toBeUndefined();
  });

  it('the job summary has a warnings column', () => {
    const { renderer, result } = run();
    const md = summaryMarkdown(result, (t) => ({ steps: renderer.stepCounts(t) }));
    expect(md).toContain(
      '| Target | Status | Duration | Steps cached | Warnings | Platforms | Images | Digest | Cache |',
    );
    expect(md).toMatch(/^\| app \| ✅ done \| 1\.3s \| 0\/2 \| ⚠️ 2 \| default \|/m);
    const clean = summaryMarkdown(result, () => ({ steps: { total: 3, cached: 1, warnings: 0 } }));
    expect(clean).toMatch(/^\| app \| ✅ done \| 1\.3s \| 1\/3 \| 0 \|/m);
  });
});

describe('call = "check" in the action', () => {
  const FIXTURES = path.join(import.meta.dirname, '../../../fixtures/call');
  const chk = (
    JSON.parse(fs.readFileSync(path.join(FIXTURES, 'call-results.json'), 'utf8')) as Record<
      string,
      Record<string, string>
    >
  ).chk;
  const source = (JSON.parse(chk['result.json']) as { sources: Array<{ data: string }> }).sources[0].data;
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'bakekit-check-'));
  afterAll(() => fs.rmSync(workspace, { recursive: true, force: true }));
  fs.writeFileSync(path.join(workspace, 'Dockerfile'), Buffer.from(source, 'base64'));

  it('prints the results as buildx does, annotates each check on its line, and asks for exit code 1', () => {
    const log: string[] = [];
    const warnings: Array<{ message: string; props?: AnnotationProps }> = [];
    const renderer = new GitHubLogRenderer(
      {
        write: (l) => log.push(l),
        startGroup: (n) => log.push(`::group::${n}`),
        endGroup: () => log.push('::endgroup::'),
        error: () => {},
        warning: (message, props) => warnings.push({ message, props }),
      },
      { workspace, dockerfileDir: () => workspace },
      { heartbeatMs: 60_000, clock: () => 0, checksAnnotations: true },
    );
    const outcome: TargetOutcome = {
      target: 'chk',
      status: 'done',
      ref: 'r',
      durationMs: 900,
      exporterResponse: {},
      transferred: {},
      call: { spec: { name: 'lint' }, response: chk },
    };
    const result = {
      ok: true,
      targets: [outcome],
      dirs: [],
      metadata: {},
      definition: { group: {}, target: { chk: { call: 'check' } } },
    };
    expect(renderer.finish(result as never)).toBe(1);
    const text = `${fs.readFileSync(path.join(FIXTURES, 'call-buildx-chk.txt'), 'utf8')}`
      .replace(/\n$/, '')
      .split('\n');
    expect(
      log.slice(
        log.indexOf('::group::Call results (chk)') + 1,
        log.indexOf('::group::Call results (chk)') + 1 + text.length,
      ),
    ).toEqual(text);
    expect(warnings.map((w) => w.props)).toEqual([
      { title: "The 'as' keyword should match the case of the 'from' keyword", file: 'Dockerfile', startLine: 2 },
      {
        title: 'Legacy key/value format with whitespace separator should not be used',
        file: 'Dockerfile',
        startLine: 10,
      },
    ]);
    const md = summaryMarkdown(result, () => ({}));
    expect(md).toMatch(/^\| chk \| ✅ check \| 0\.9s \|  \| ⚠️ 2 \|/m);
  });
});
