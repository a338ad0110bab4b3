/**
 * `bakekit matrix [OPTIONS] [TARGET...]`: print a GitHub Actions `strategy.matrix` for the resolved definition
 * (solve/matrix/plan.ts) as one line of JSON on stdout — nothing is built. A thin shell: flags → planMatrix → JSON;
 * notes (what changed mode could not check, why a target is listed) on stderr.
 */
import { parseArgs } from 'node:util';
import { parseVars } from './args.js';
import { usageError } from './usage.js';

export const MATRIX_USAGE = `Usage: bakekit matrix [OPTIONS] [TARGET...]

Print a GitHub Actions strategy.matrix for the resolved bake definition, as one line of JSON; nothing is built.
Default: docker/bake-action's matrix, [{"target":"NAME"},…], one entry per target (producers of target: contexts
included), for strategy.matrix.include.

Options:
  -f, --file FILE          bake file (repeatable; default: docker-bake.hcl/json, compose files)
      --set K=V            override a target attribute (repeatable), as for a build
      --var NAME=VALUE     set a variable of the bake file (repeatable), as for a build
      --fields LIST        extra fields per entry: attributes of the target's --print JSON, comma-separated
                           (platforms: one entry per target and platform), as docker/bake-action's fields
      --layers             print the entries grouped by target: layers instead, [[…layer 0…],[…layer 1…],…]:
                           a layer's targets consume only targets of lower layers; each entry also has
                           "targets": its producers and itself, comma-separated
      --changed            only targets whose Dockerfile, context files (after .dockerignore) or definition
                           changed since the base commit, and every target that consumes one (git diff BASE HEAD
                           on the local clone)
      --base REF           the base commit of --changed (implies --changed); default: from the GitHub event
                           (push: before; pull_request: pull_request.base.sha; merge_group: base_sha)
  -h, --help               this help

Exit status: 0 printed, 1 the definition or Git failed, 2 bad command line.
`;

/** Where the command reads and writes: the process by default, a test's own in tests. */
export interface MatrixIo {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout(text: string): void;
  stderr(text: string): void;
}

const processIo = (): MatrixIo => ({
  cwd: process.cwd(),
  env: process.env,
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
});

export async function matrixMain(argv: string[], io: MatrixIo = processIo()): Promise<number> {
  const usage = (message: string) => {
    io.stderr(usageError('bakekit matrix', message, MATRIX_USAGE));
    return 2;
  };
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        file: { type: 'string', short: 'f', multiple: true },
        set: { type: 'string', multiple: true },
        var: { type: 'string', multiple: true },
        fields: { type: 'string', multiple: true },
        layers: { type: 'boolean' },
        changed: { type: 'boolean' },
        base: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    return usage((err as Error).message);
  }
  const v = parsed.values;
  if (v.help) {
    io.stdout(MATRIX_USAGE);
    return 0;
  }
  const [{ parseFields, MatrixFieldError }, { planMatrix }] = await Promise.all([
    import('../solve/matrix/entries.js'),
    import('../solve/matrix/plan.js'),
  ]);
  let fields: string[];
  try {
    fields = parseFields(v.fields ?? []);
  } catch (err) {
    if (err instanceof MatrixFieldError) return usage(`--${err.message}`);
    throw err;
  }
  let vars: Record<string, string> | undefined;
  try {
    vars = v.var?.length ? parseVars(v.var) : undefined;
  } catch (err) {
    return usage(`--var: ${(err as Error).message}`);
  }
  if (v.base === '') return usage('--base: expected a commit (a sha, a branch, HEAD~1, …)');
  const changed = v.changed || v.base !== undefined;
  if (changed && v.base === undefined && !io.env.GITHUB_EVENT_NAME) {
    return usage('--changed needs --base REF outside GitHub Actions (there is no event to take the base commit from)');
  }
  try {
    const plan = await planMatrix({
      bake: {
        files: v.file ?? [],
        targets: parsed.positionals,
        set: v.set ?? [],
        vars,
        cwd: io.cwd,
        env: io.env,
        onBakeWarning: (w) => io.stderr(`WARNING: ${w.message}\n`),
      },
      fields,
      changed: changed ? { base: v.base } : undefined,
    });
    for (const note of plan.notes) io.stderr(`NOTE: ${note}\n`);
    if (plan.changed) {
      const { base, selected } = plan.changed;
      io.stderr(
        base.kind === 'commit'
          ? `changed since ${base.ref} (${base.from}): ${selected.size} target(s)\n`
          : `every target: ${base.reason}\n`,
      );
      for (const [name, why] of selected) io.stderr(`  ${name}: ${why.join('; ')}\n`);
    }
    io.stdout(JSON.stringify(v.layers ? plan.layers : plan.include) + '\n');
    return 0;
  } catch (err) {
    io.stderr(`ERROR: ${(err as Error).message}\n`);
    return 1;
  }
}
