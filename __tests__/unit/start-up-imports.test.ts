/**
 * What the shells load before a build starts. They import the definition's resolution first (solve/run/bake.ts) and
 * the build machinery (gRPC, protobuf and its generated codecs, ~2 MB of code) only once a build is certain, so that
 * `--print`, `--list`, the action's matrix and merge steps and a bad bake file never pay for it (docs/benchmarks.md,
 * "Start-up"). One static import anywhere below those modules undoes that silently: a platform helper imported from
 * images/merge.ts once pulled the planner, the session and grpc-js into every `--print` (0.20 -> 0.27 s). The check
 * follows static imports only, as bundled by esbuild (type-only imports are gone by then); dynamic ones are the point.
 */
import { build, type Metafile } from 'esbuild';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

/** The build machinery: none of it may be reachable by static imports from the modules below. */
const HEAVY = [
  'node_modules/@grpc/grpc-js/',
  'src/buildkit/grpc/',
  'node_modules/protobufjs/',
  'src/buildkit/proto/',
  'src/solve/target/plan.ts',
];

/** Every input reachable from `entry` by static imports (`import`, `export … from`, `require`), with the chain to it. */
async function staticClosure(entry: string, opts: { dynamic?: boolean } = {}): Promise<Map<string, string[]>> {
  const result = await build({
    entryPoints: [resolve(ROOT, entry)],
    absWorkingDir: ROOT,
    bundle: true,
    write: false,
    metafile: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'silent',
  });
  const inputs: Metafile['inputs'] = result.metafile.inputs;
  const chains = new Map<string, string[]>([[entry, [entry]]]);
  const queue = [entry];
  while (queue.length > 0) {
    const from = queue.shift()!;
    for (const imp of inputs[from]?.imports ?? []) {
      if ((imp.kind === 'dynamic-import' && !opts.dynamic) || imp.external || chains.has(imp.path)) continue;
      chains.set(imp.path, [...chains.get(from)!, imp.path]);
      queue.push(imp.path);
    }
  }
  return chains;
}

/** The chains by which `entry` reaches the build machinery (empty: it does not). */
async function heavyChains(entry: string): Promise<string[]> {
  const chains = await staticClosure(entry);
  return [...chains]
    .filter(([file]) => HEAVY.some((h) => file.startsWith(h)))
    .map(([, chain]) => chain.join(' -> '))
    .slice(0, 3);
}

describe('start-up imports', () => {
  it('the closure follows static imports and finds the build machinery where it is', async () => {
    // the planner itself is what HEAVY names; the session reaches our gRPC server (so the check can fail)
    const chains = await staticClosure('src/buildkit/session/session.ts');
    expect([...chains.keys()]).toContain('src/buildkit/grpc/server.ts');
    expect(await heavyChains('src/buildkit/session/session.ts')).not.toEqual([]);
  });

  it('no shell ever loads grpc-js, dynamic imports included: it is a type and a test tool (grpc/client.ts)', async () => {
    for (const entry of ['src/cli/index.ts', 'src/action/index.ts']) {
      const files = [...(await staticClosure(entry, { dynamic: true })).keys()];
      expect(files, entry).toContain('src/buildkit/grpc/client.ts'); // the walk reaches the build machinery
      expect(files.filter((f) => f.includes('@grpc/'))).toEqual([]);
    }
  }, 60_000);

  // The modules the shells import before they know a build will run.
  for (const entry of [
    'src/solve/run/early-identity.ts', // the working directory's listing, before the definition resolves
    'src/solve/run/bake.ts', // resolveDefinition, identifyLocalDirs: the CLI and the action, before every build
    'src/bake/index.ts', // --print, --list
    'src/action/matrix.ts', // the action's matrix step
    'src/action/merge.ts', // the action's merge step: the registry only
  ]) {
    it(`${entry} loads no gRPC, protobuf or planner code`, async () => {
      expect(await heavyChains(entry)).toEqual([]);
    }, 30_000);
  }
});
