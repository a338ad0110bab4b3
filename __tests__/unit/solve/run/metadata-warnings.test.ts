/** solve/run/metadata-warnings.ts: BUILDX_METADATA_WARNINGS, and a warning in the JSON shape buildx writes. */
import { describe, expect, test } from 'vitest';
import { metadataWarnings, metadataWarningsEnabled } from '../../../../src/solve/run/metadata-warnings.js';

describe('metadataWarningsEnabled (strconv.ParseBool, false otherwise)', () => {
  test.each([
    [undefined, false],
    ['', false],
    ['1', true],
    ['true', true],
    ['T', true],
    ['yes', false],
    ['0', false],
  ])('%j → %s', (value, enabled) => {
    expect(metadataWarningsEnabled(value)).toBe(enabled);
  });
});

describe('metadataWarnings', () => {
  const warning = {
    vertex: 'sha256:aa',
    level: '1',
    short: Buffer.from('FromAsCasing: x (line 1)'),
    detail: [Buffer.from('The as keyword')],
    url: 'https://docs.docker.com/go/dockerfile/rule/from-as-casing/',
    info: {
      filename: 'Dockerfile',
      data: Buffer.from('FROM x as y\n'),
      definition: Buffer.from('llb'),
      language: 'Dockerfile',
    },
    ranges: [{ start: { line: 1 }, end: { line: 1, character: 0 } }],
  };
  test("client.VertexWarning's JSON: base64 bytes, omitempty, no definition", () => {
    expect(JSON.stringify(metadataWarnings([warning]))).toBe(
      JSON.stringify([
        {
          vertex: 'sha256:aa',
          level: 1,
          short: Buffer.from('FromAsCasing: x (line 1)').toString('base64'),
          detail: [Buffer.from('The as keyword').toString('base64')],
          url: 'https://docs.docker.com/go/dockerfile/rule/from-as-casing/',
          sourceInfo: {
            filename: 'Dockerfile',
            data: Buffer.from('FROM x as y\n').toString('base64'),
            language: 'Dockerfile',
          },
          range: [{ start: { line: 1 }, end: { line: 1 } }],
        },
      ]),
    );
  });
  test('the same warning from another vertex (another target) is listed once, as first seen', () => {
    const other = { ...warning, vertex: 'sha256:bb' };
    const second = { ...warning, short: Buffer.from('StageNameCasing: y') };
    expect(metadataWarnings([warning, other, second]).map((w) => w.vertex)).toEqual(['sha256:aa', 'sha256:aa']);
  });
  test('a warning with nothing but its text', () => {
    expect(metadataWarnings([{ short: Buffer.from('w') }])).toEqual([{ short: Buffer.from('w').toString('base64') }]);
  });
});
