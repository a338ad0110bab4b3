/**
 * docker/bake-action's `fields` (subaction/matrix/action.yml): how the list is read, which names are accepted, and the
 * entries one target gives — where bakekit keeps bake-action's shape and the two places it deliberately does not (the
 * stray entries of several fields, `target` overwriting the name). Whole definitions against bake-action's own
 * expected JSON: matrix.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { MatrixFieldError, matrixEntries, parseFields, targetEntries } from '../../../../src/solve/matrix/entries.js';

describe('parseFields', () => {
  it("reads bake-action's list (newlines and commas) with spaces trimmed, each field once; target is always there", () => {
    expect(parseFields(['platforms\n dockerfile ,', 'target', 'platforms'])).toEqual(['platforms', 'dockerfile']);
    expect(parseFields([])).toEqual([]);
  });

  it('refuses an unknown field, naming the attribute meant', () => {
    expect(() => parseFields(['platform'])).toThrow(MatrixFieldError);
    expect(() => parseFields(['platform'])).toThrow(
      /^fields: "platform" is not a bake target attribute \(did you mean "platforms"\?\); one of: description, /,
    );
    expect(() => parseFields(['nocache'])).toThrow(/did you mean "no-cache"/);
    // resolution consumes inherits: --print never shows it
    expect(() => parseFields(['inherits'])).toThrow(/"inherits" is not a bake target attribute/);
  });
});

describe('targetEntries', () => {
  const printed = {
    context: '.',
    dockerfile: 'Dockerfile',
    args: { A: '1' },
    tags: ['r/a:1', 'r/a:2'],
    target: 'stage',
    platforms: ['linux/amd64', 'linux/arm64'],
    'no-cache': true,
  };

  it('without fields: the name only', () => {
    expect(targetEntries('a', printed, [])).toEqual([{ target: 'a' }]);
  });

  it('a list field: one entry per value, as bake-action', () => {
    expect(JSON.stringify(targetEntries('a', printed, ['platforms']))).toBe(
      '[{"target":"a","platforms":"linux/amd64"},{"target":"a","platforms":"linux/arm64"}]',
    );
  });

  it("scalar and map fields copied as they are, in the target's key order whatever the order asked", () => {
    expect(JSON.stringify(targetEntries('a', printed, ['no-cache', 'args', 'dockerfile']))).toBe(
      '[{"target":"a","dockerfile":"Dockerfile","args":{"A":"1"},"no-cache":true}]',
    );
  });

  it('several list fields: their product (the first in key order varies slowest), no stray partial entries', () => {
    expect(targetEntries('a', printed, ['platforms', 'tags'])).toEqual([
      { target: 'a', tags: 'r/a:1', platforms: 'linux/amd64' },
      { target: 'a', tags: 'r/a:1', platforms: 'linux/arm64' },
      { target: 'a', tags: 'r/a:2', platforms: 'linux/amd64' },
      { target: 'a', tags: 'r/a:2', platforms: 'linux/arm64' },
    ]);
  });

  it('a field the target does not have: the name only, as bake-action', () => {
    expect(targetEntries('b', { context: '.' }, ['platforms'])).toEqual([{ target: 'b' }]);
  });

  it('the target attribute (a Dockerfile stage) never replaces the name', () => {
    expect(targetEntries('a', printed, parseFields(['target']))).toEqual([{ target: 'a' }]);
  });
});

describe('matrixEntries', () => {
  it('the targets in the order given', () => {
    expect(matrixEntries({ b: {}, a: { platforms: ['linux/amd64'] } }, ['b', 'a'], ['platforms'])).toEqual([
      { target: 'b' },
      { target: 'a', platforms: 'linux/amd64' },
    ]);
  });
});
