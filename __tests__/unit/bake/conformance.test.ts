/**
 * Conformance with `docker buildx bake --print`: every directory under
 * __tests__/fixtures/bake holds bake files, args.json ({targets, set, env, files}) and the
 * output of the real buildx (expected.json, or expected-error.txt), produced by
 * __tests__/fixtures/bake/regenerate.sh. Successful cases must match byte for byte.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as yaml from 'yaml';
import { BakeError, renderPrint, resolveBake } from '../../../src/bake/index.js';

const FIXTURES = join(import.meta.dirname, '../../fixtures/bake');

interface CaseArgs {
  targets: string[];
  set: string[];
  env: Record<string, string>;
  files: string[];
  /** A phrase both buildx's and our error message must contain. */
  errorIncludes?: string;
  /** buildx orders multi-key matrix groups nondeterministically; compare those lists as sets. */
  unorderedGroups?: boolean;
}

const cases = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(FIXTURES, d.name, 'args.json')))
  .map((d) => d.name)
  .sort();

function sortGroups(json: string): unknown {
  const def = JSON.parse(json) as { group?: Record<string, { targets: string[] }> };
  for (const g of Object.values(def.group ?? {})) g.targets.sort();
  return def;
}

describe('bake --print conformance', () => {
  it('has at least 40 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  for (const name of cases) {
    const dir = join(FIXTURES, name);
    const args = JSON.parse(readFileSync(join(dir, 'args.json'), 'utf8')) as CaseArgs;
    const expectedPath = join(dir, 'expected.json');
    const errorPath = join(dir, 'expected-error.txt');
    const run = () => resolveBake({ files: args.files, targets: args.targets, set: args.set, env: args.env, cwd: dir, yaml });

    if (existsSync(expectedPath)) {
      it(name, () => {
        const expected = readFileSync(expectedPath, 'utf8');
        const actual = renderPrint(run());
        if (args.unorderedGroups) expect(sortGroups(actual)).toEqual(sortGroups(expected));
        else expect(actual).toBe(expected);
      });
    } else {
      it(`${name} (error)`, () => {
        const buildxError = readFileSync(errorPath, 'utf8').trim();
        let err: unknown;
        try {
          run();
        } catch (e) {
          err = e;
        }
        expect(err).toBeInstanceOf(BakeError);
        const msg = (err as BakeError).message;
        const phrase = args.errorIncludes ?? '';
        expect(buildxError).toContain(phrase);
        expect(msg).toContain(phrase);
        // When buildx points at a place in a file, we must point at the same place.
        const where = /^([^\s:]+):(\d+),(\d+)/.exec(buildxError);
        if (where) {
          const e = err as BakeError;
          expect(`${e.file}:${e.line}:${e.column}`).toBe(`${where[1]}:${where[2]}:${where[3]}`);
          expect(msg.startsWith(`${e.file}:${e.line}:${e.column}: `)).toBe(true);
        }
      });
    }
  }
});
