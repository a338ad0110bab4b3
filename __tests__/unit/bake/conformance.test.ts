/**
 * Conformance with `docker buildx bake --print`: every directory under
 * __tests__/fixtures/bake holds bake files, args.json ({targets, set, env, files, flags}) and the
 * output of the real buildx (expected.json, or expected-error.txt), produced by
 * __tests__/fixtures/bake/regenerate.sh. Successful cases must match byte for byte.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as yaml from 'yaml';
import { BakeError, listDefinition, renderPrint, resolveBake } from '../../../src/bake/index.js';
import { overridesFor } from '../../../src/solve/run/bake.js';
import { parseBakeArgs, UsageError } from '../../../src/cli/args.js';

const FIXTURES = join(import.meta.dirname, '../../fixtures/bake');

interface CaseArgs {
  targets: string[];
  set: string[];
  env: Record<string, string>;
  files: string[];
  /** more buildx flags (`--push`, `--sbom=true`, `--var`, `X=1`, …), parsed by the CLI's own parser and turned into
   * overrides by the run's own overridesFor, so that a flag is checked exactly as the CLI and the action apply it */
  flags?: string[];
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
    const run = () => {
      const { options } = parseBakeArgs(args.flags ?? []);
      const set = overridesFor({ ...options, set: [...args.set, ...options.set] });
      return resolveBake({
        files: args.files,
        targets: args.targets,
        set,
        vars: options.vars,
        env: args.env,
        cwd: dir,
        yaml,
      });
    };

    const listPath = join(dir, 'expected.txt');
    if (existsSync(listPath)) {
      it(`${name} (--list)`, async () => {
        const { options, list } = parseBakeArgs(args.flags ?? []);
        const actual = await listDefinition(
          { files: args.files, targets: args.targets, set: [], vars: options.vars, env: args.env, cwd: dir, yaml },
          list!,
        );
        expect(actual).toBe(readFileSync(listPath, 'utf8'));
      });
    } else if (existsSync(expectedPath)) {
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
        // a flag buildx refuses is the command line's error (exit 2), anything else the definition's
        expect(err instanceof BakeError || (args.flags?.length && err instanceof UsageError)).toBeTruthy();
        const msg = (err as Error).message;
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
