/**
 * Calls (`call = "check" | "outline" | "targets"`): the request buildx sends and the text it prints. The fixtures are
 * real: `fixtures/call-results.json` holds the result metadata BuildKit v0.25.2 returned for three targets, and
 * `fixtures/call-buildx-*.txt` what `docker buildx bake --progress=quiet TARGET` (buildx 0.29.1) printed for them.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  bakeDockerfileName,
  callFallbackOpt,
  callFrontendOpt,
  formatBakeCallResults,
  formatCallResult,
  lintAnnotations,
  parseCall,
  printCallResults,
} from '../../../../src/solve/call/call.js';

const FIXTURES = path.join(import.meta.dirname, '../../../fixtures/call');
const results = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'call-results.json'), 'utf8')) as Record<
  string,
  Record<string, string>
>;
const buildx = (name: string) => fs.readFileSync(path.join(FIXTURES, `call-buildx-${name}.txt`), 'utf8');

describe('parseCall', () => {
  it('reads the attribute as buildx bake does: check is lint, build is no call', () => {
    expect(parseCall(undefined)).toBeUndefined();
    expect(parseCall('build')).toBeUndefined();
    expect(parseCall('check')).toEqual({ name: 'lint', ignoreStatus: false });
    expect(parseCall('lint')).toMatchObject({ name: 'lint' });
    expect(parseCall('outline,format=json')).toMatchObject({ name: 'outline', format: 'json' });
    expect(parseCall('check,ignorestatus=true')).toMatchObject({ name: 'lint', ignoreStatus: true });
    expect(() => parseCall('check,outline')).toThrow('invalid print value: check,outline');
    expect(() => parseCall('check,colour=red')).toThrow('invalid print field: colour=red');
  });
});

describe('the request', () => {
  it('adds the request id and the subrequests capability to the gateway options only', () => {
    const attrs = { filename: 'Dockerfile' };
    expect(callFrontendOpt({ name: 'lint' }, attrs)).toEqual({
      filename: 'Dockerfile',
      'frontend.caps': 'moby.buildkit.frontend.subrequests+forward',
      requestid: 'frontend.lint',
    });
    expect(attrs).toEqual({ filename: 'Dockerfile' });
    expect(
      callFrontendOpt({ name: 'outline' }, { 'frontend.caps': 'moby.buildkit.frontend.contexts+forward' })[
        'frontend.caps'
      ],
    ).toBe('moby.buildkit.frontend.contexts+forward,moby.buildkit.frontend.subrequests+forward');
  });

  it('asks again through a Dockerfile frontend image when the daemon frontend does not know the request (buildx fallbackPrintError)', () => {
    const opt = { requestid: 'frontend.lint', filename: 'Dockerfile' };
    expect(
      callFallbackOpt(new Error('2 UNKNOWN: unsupported request frontend.lint'), opt)?.['build-arg:BUILDKIT_SYNTAX'],
    ).toMatch(/^docker\/dockerfile:1\.8\.1@sha256:/);
    expect(
      callFallbackOpt(new Error('unsupported request frontend.outline'), { ...opt, requestid: 'frontend.outline' })?.[
        'build-arg:BUILDKIT_SYNTAX'
      ],
    ).toMatch(/^docker\/dockerfile:1\.7\.1@/);
    expect(callFallbackOpt(new Error('failed to parse Dockerfile'), opt)).toBeUndefined();
    expect(callFallbackOpt(new Error('unsupported request frontend.lint'), { filename: 'Dockerfile' })).toBeUndefined();
  });
});

describe('printing results as buildx does', () => {
  it('a check: every warning with its rule, URL, message and Dockerfile lines, the build error, exit 1', () => {
    const out = formatBakeCallResults([
      { target: 'chk', call: { name: 'lint' }, response: results.chk, dockerfile: 'Dockerfile' },
    ]);
    expect(out.text).toBe(buildx('chk'));
    expect(out.exitCode).toBe(1);
  });

  it('outline and targets, from result.json, with the target description', () => {
    expect(formatBakeCallResults([{ target: 'out2', call: { name: 'outline' }, response: results.out2 }])).toEqual({
      text: buildx('out2'),
      exitCode: 0,
    });
    expect(
      formatBakeCallResults([
        { target: 'tgts', description: 'list stages', call: { name: 'targets' }, response: results.tgts },
      ]),
    ).toEqual({
      text: buildx('tgts'),
      exitCode: 0,
    });
  });

  it('renders result.json itself, the same text the frontend put in result.txt', () => {
    for (const [name, call] of [
      ['out2', 'outline'],
      ['tgts', 'targets'],
    ] as const) {
      const { 'result.txt': txt, ...rest } = results[name];
      expect(formatCallResult({ name: call }, rest).text).toBe(txt);
    }
  });

  it('several targets: by name, a blank line between them', () => {
    const out = formatBakeCallResults([
      { target: 'tgts', description: 'list stages', call: { name: 'targets' }, response: results.tgts },
      { target: 'chk', call: { name: 'lint' }, response: results.chk, dockerfile: 'Dockerfile' },
    ]);
    expect(out.text).toBe(`${buildx('chk')}\n${buildx('tgts')}`);
    expect(out.exitCode).toBe(1);
  });

  it('a check with warnings and no error exits 1 (result.statuscode) unless ignorestatus; without warnings says so', () => {
    const json = JSON.parse(results.chk['result.json']) as Record<string, unknown>;
    delete json.buildError;
    const warnOnly = { ...results.chk, 'result.json': JSON.stringify(json) };
    const out = formatCallResult({ name: 'lint' }, warnOnly, 'Dockerfile');
    expect(out.error).toBeUndefined();
    expect(out.exitCode).toBe(1);
    expect(out.text.startsWith('Check complete, 2 warnings have been found!\n\nWARNING: FromAsCasing')).toBe(true);
    expect(formatCallResult({ name: 'lint', ignoreStatus: true }, warnOnly).exitCode).toBe(0);
    const clean = {
      'result.json': JSON.stringify({ warnings: null, sources: [] }),
      'result.statuscode': '0',
      version: '1.0.0',
    };
    expect(formatCallResult({ name: 'lint' }, clean)).toEqual({
      text: 'Check complete, no warnings found.\n',
      exitCode: 0,
    });
  });

  it('a result newer than the renderer knows is printed as the frontend wrote it; JSON as it came', () => {
    expect(
      formatCallResult({ name: 'targets' }, { ...results.tgts, version: '1.1.0', 'result.txt': 'NEW FORMAT\n' }).text,
    ).toBe('NEW FORMAT\n');
    expect(formatCallResult({ name: 'targets', format: 'json' }, results.tgts).text).toBe(
      `${results.tgts['result.json']}\n`,
    );
  });

  it('prints the JSON document buildx bake prints with format=json', () => {
    const definition = {
      group: { default: { targets: ['tgts'] } },
      target: { tgts: { context: '.', dockerfile: 'Dockerfile', call: 'targets', description: 'list stages' } },
    };
    const out = printCallResults(
      { targets: [{ target: 'tgts', call: { spec: { name: 'targets' }, response: results.tgts } }] },
      definition,
      'targets,format=json',
    );
    const doc = JSON.parse(out!.text) as {
      group: unknown;
      target: { tgts: { build: unknown; targets: { targets: unknown[] } } };
    };
    expect(doc.group).toEqual({ default: { targets: ['tgts'] } });
    expect(doc.target.tgts.build).toMatchObject({ context: '.', dockerfile: 'Dockerfile' });
    expect(doc.target.tgts.targets.targets).toHaveLength(2);
  });

  it('names the Dockerfile as buildx bake does', () => {
    expect(bakeDockerfileName({})).toBe('Dockerfile');
    expect(bakeDockerfileName({ context: 'app', dockerfile: 'build/Dockerfile' })).toBe('app/build/Dockerfile');
    expect(bakeDockerfileName({ context: './', dockerfile: './Dockerfile.ci' })).toBe('Dockerfile.ci');
    expect(bakeDockerfileName({ context: 'https://github.com/o/r.git', dockerfile: 'Dockerfile' })).toBe('Dockerfile');
    expect(bakeDockerfileName({ dockerfileInline: 'FROM scratch' })).toBe('inline');
  });
});

describe('lintAnnotations', () => {
  it('one per warning at the first line of its range, with rule, message and URL', () => {
    const a = lintAnnotations(results.chk);
    expect(a.map((x) => [x.file, x.startLine, x.title])).toEqual([
      ['Dockerfile', 2, "The 'as' keyword should match the case of the 'from' keyword"],
      ['Dockerfile', 10, 'Legacy key/value format with whitespace separator should not be used'],
    ]);
    expect(a[0].message).toBe(
      "FromAsCasing: 'as' and 'FROM' keywords' casing do not match\nMore info: https://docs.docker.com/go/dockerfile/rule/from-as-casing/",
    );
    expect(a[0].data!.toString()).toContain('FROM localhost:5000/busybox as base');
  });
});
