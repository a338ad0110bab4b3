/**
 * `bakekit [targets...] [-f FILE]... [--set K=V]... [--print] [--builder ENDPOINT] [--metadata-file F]`
 * A thin shell: parse argv into options, call the core, render events, set the exit code.
 */
import { parseArgs } from 'node:util';
import type { BakeRunOptions } from '../build/bake.js';
import type { Redact } from '../build/redact.js';
import { parseCacheMode, type CacheMode } from '../build/cache-mode.js';

const USAGE = `Usage: bakekit [OPTIONS] [TARGET...]

Build bake targets by talking to BuildKit directly.

Options:
  -f, --file FILE          bake file (repeatable; default: docker-bake.hcl/json, compose files)
      --set K=V            override a target attribute, e.g. app.args.X=1, *.platform=linux/amd64 (repeatable)
      --print              print the resolved definition as JSON (like docker buildx bake --print) and exit
      --builder ENDPOINT   unix://PATH, tcp://HOST:PORT, docker://, docker-container://NAME or a buildx builder name
      --node "ENDPOINT [PLATFORM,…]"  another node: platforms are split across the nodes and merged into one index
                           (repeatable; a multi-node buildx builder brings its own nodes)
      --tlscacert FILE     CA certificate for tcp:// (also --tlscert, --tlskey)
      --push               shorthand for --set=*.output=type=registry
      --load               shorthand for --set=*.output=type=docker
      --no-cache           do not use cache
      --pull               always pull referenced images
      --metadata-file F    write build results (digests, image names) as JSON, in buildx's format
      --progress MODE      plain (default) or quiet
      --cache MODE         auto (default): inside GitHub Actions, targets without cache-from/cache-to use the
                           GitHub Actions cache (type=gha,mode=max, one scope per target and platform set);
                           off: only the cache the bake file configures
      --warm               cache warming: build every target without outputs, export its cache, and report which
                           targets were already warm (every step cached)
      --allow ENTITLEMENT  let the bake file use: network.host, security.insecure, ssh (the SSH agent),
                           device[=NAME], fs.read=PATH, fs.write=PATH, fs=PATH (PATH or *: files outside the
                           working directory), buildx.local.delete (repeatable, or comma-separated). Nothing
                           else is granted: a target that needs more is refused before the build starts
  -h, --help               this help

Commands:
  bakekit merge [OPTIONS] [TARGET...]   merge per-platform digests pushed by several jobs into one index
                                        (also: bakekit --merge …; see bakekit merge --help)
`;

export async function main(argv: string[]): Promise<number> {
  // Everything past argument parsing is imported when a path needs it: `--help` loads nothing, `--print` only the
  // bake code, and gRPC/protobuf are loaded once the definition has resolved (start-up is paid by every run).
  if (argv[0] === 'merge') return (await import('./merge.js')).mergeMain(argv.slice(1));
  if (argv.includes('--merge')) return (await import('./merge.js')).mergeMain(argv.filter((a) => a !== '--merge'));
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        file: { type: 'string', short: 'f', multiple: true },
        set: { type: 'string', multiple: true },
        print: { type: 'boolean' },
        builder: { type: 'string' },
        node: { type: 'string', multiple: true },
        tlscacert: { type: 'string' },
        tlscert: { type: 'string' },
        tlskey: { type: 'string' },
        push: { type: 'boolean' },
        load: { type: 'boolean' },
        'no-cache': { type: 'boolean' },
        pull: { type: 'boolean' },
        'metadata-file': { type: 'string' },
        progress: { type: 'string' },
        cache: { type: 'string' },
        warm: { type: 'boolean' },
        allow: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    process.stderr.write(`bakekit: ${(err as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const v = parsed.values;
  if (v.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  let cache: CacheMode;
  try {
    cache = parseCacheMode(v.cache);
  } catch (err) {
    process.stderr.write(`bakekit: --${(err as Error).message}\n`);
    return 2;
  }
  if (v.allow?.length) {
    const { parseAllow } = await import('../build/entitlements.js');
    try {
      parseAllow(v.allow);
    } catch (err) {
      process.stderr.write(`bakekit: --${(err as Error).message}\n`);
      return 2;
    }
  }
  const controller = new AbortController();
  const onSignal = (sig: NodeJS.Signals) => {
    process.stderr.write(`\nbakekit: ${sig}: cancelling the build\n`);
    controller.abort(new Error(`cancelled by ${sig}`));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const opts: BakeRunOptions = {
    files: v.file ?? [],
    targets: parsed.positionals,
    set: v.set ?? [],
    cwd: process.cwd(),
    env: process.env,
    builder: v.builder,
    nodes: v.node,
    tls: v.tlscacert || v.tlscert || v.tlskey ? { caCert: v.tlscacert, cert: v.tlscert, key: v.tlskey } : undefined,
    push: v.push,
    load: v.load,
    noCache: v['no-cache'],
    pull: v.pull,
    metadataFile: v['metadata-file'],
    cache,
    warm: v.warm,
    allow: v.allow ?? [],
    signal: controller.signal,
    onBakeWarning: (w) => process.stderr.write(`WARNING: ${w.message}\n`),
  };
  // Secret values never reach the terminal, even when a build step prints them (see build/redact.ts).
  let redact: Redact = (text) => text;
  try {
    const { identifyLocalDirs, resolveDefinition, runBake, targetSpecs } = await import('../build/bake.js');
    if (v.print) {
      const { renderPrint } = await import('../bake/index.js');
      process.stdout.write(renderPrint(await resolveDefinition(opts)));
      return 0;
    }
    const definition = await resolveDefinition(opts);
    const dirIdentities = await identifyLocalDirs(definition, opts);
    const [{ makeRedactor, secretValues }, { createPlainRenderer }] = await Promise.all([import('../build/redact.js'), import('../build/render-plain.js')]);
    redact = makeRedactor(secretValues(targetSpecs(definition, opts.cwd), opts));
    const renderer = createPlainRenderer((line) => process.stderr.write(redact(line) + '\n'), {
      quiet: v.progress === 'quiet',
      multiTarget: Object.keys(definition.target).length > 1,
    });
    opts.onEvent = renderer.onEvent;
    const result = await runBake(opts, definition, dirIdentities);
    renderer.finish(result);
    const { formatWarmTable } = await import('../build/cache.js');
    if (result.warm) for (const line of formatWarmTable(result.warm)) process.stderr.write(redact(line) + '\n');
    if (controller.signal.aborted) {
      const cancelled = result.targets.filter((t) => t.status === 'cancelled').map((t) => t.target);
      process.stderr.write(`ERROR: build ${(controller.signal.reason as Error).message}${cancelled.length ? ` (cancelled: ${cancelled.join(', ')})` : ''}\n`);
    }
    return result.ok ? 0 : 1;
  } catch (err) {
    process.stderr.write(`ERROR: ${redact((err as Error).message)}\n`);
    return 1;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
