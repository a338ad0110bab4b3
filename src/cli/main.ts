/**
 * `bakekit [targets...] [-f FILE]... [--set K=V]... [--print] [--builder ENDPOINT] [--metadata-file F]`
 * A thin shell: parse argv into options, call the core, render events, set the exit code.
 */
import type { BakeRunOptions } from '../solve/run/bake.js';
import type { Redact } from '../solve/run/redact.js';
import { parseBakeArgs, splitRemoteArgs, UsageError, type BakeCommand, type CacheMountsFlags } from './args.js';
import { usageError } from './usage.js';
import type { CacheMountsOptions } from '../solve/cache-mounts/types.js';

/** `--cache-mounts-dir` and its companions as run options: the directory (relative to the working directory) is
 * the store. */
async function cacheMountsOptions(flags: CacheMountsFlags): Promise<CacheMountsOptions> {
  const [{ DirStore }, path] = await Promise.all([import('../solve/cache-mounts/dir-store.js'), import('node:path')]);
  const { dir, ...rest } = flags;
  return { ...rest, store: new DirStore(path.resolve(dir)) };
}

const USAGE = `Usage: bakekit [OPTIONS] [TARGET...]

Build bake targets by talking to BuildKit directly. A Git URL before the targets is a remote definition: the bake files
are read from that repository (BUILDX_BAKE_GIT_AUTH_TOKEN: the token it is fetched with).

Options:
  -f, --file FILE          bake file (repeatable; default: docker-bake.hcl/json, compose files)
      --set K=V            override a target attribute, e.g. app.args.X=1, *.platform=linux/amd64 (repeatable)
      --print              print the resolved definition as JSON (like docker buildx bake --print) and exit
      --builder ENDPOINT   unix://PATH, tcp://HOST:PORT, docker://, docker-container://NAME, ssh://[USER@]HOST[:PORT][/SOCKET],
                           kube-pod://POD[?namespace=NS&context=CTX&container=C] or a buildx builder name
      --node "ENDPOINT [PLATFORM,…]"  another node: platforms are split across the nodes and merged into one index
                           (repeatable; a multi-node buildx builder brings its own nodes)
      --tlscacert FILE     CA certificate for tcp:// (also --tlscert, --tlskey)
      --push               shorthand for --set=*.push=true: image outputs are pushed, a target without outputs
                           gets one (type=image,push=true); cacheonly, local and tar outputs stay as they are
      --load               shorthand for --set=*.load=true: adds a docker output unless the target exports to
                           a directory or archive
      --call FUNC          build (default), check, outline or targets, with ,format=json / ,ignorestatus=true
      --check              shorthand for --call=check
      --sbom VALUE         shorthand for --set=*.attest=type=sbom (true/false, or the attestation's attributes)
      --provenance VALUE   shorthand for --set=*.attest=type=provenance (true/false, mode=max, ...)
      --var NAME=VALUE     set a variable of the bake file; wins over the environment (repeatable)
      --list TYPE          list targets or variables and exit: targets, variables, or type=…,format=json
      --policy VALUE       build policy options for every target (buildx ≥ 0.34): only disabled=true builds here;
                           bakekit does not evaluate Rego policies and refuses a target that has one
      --ssh SPEC           forward an SSH agent or keys to every target: default|ID[=SOCKET|KEY[,KEY…]]
                           (shorthand for --set=*.ssh+=SPEC)
      --no-cache           do not use cache
      --pull               always pull referenced images
      --metadata-file F    write build results (digests, image names) as JSON, in buildx's format
      --progress MODE      auto (default), plain, tty, quiet or rawjson
  -D, --debug              print the causes of errors in full
      --cache MODE         auto (default): inside GitHub Actions, targets without cache-from/cache-to use the
                           GitHub Actions cache (type=gha,mode=max, one scope per target and platform set);
                           off: only the cache the bake file configures
      --warm               cache warming: build every target without outputs, export its cache, and report which
                           targets were already warm (every step cached)
      --allow ENTITLEMENT  let the bake file use: network.host, security.insecure, ssh (the SSH agent),
                           device[=NAME], fs.read=PATH, fs.write=PATH, fs=PATH (PATH or *: files outside the
                           working directory), buildx.local.delete (repeatable, or comma-separated). Nothing
                           else is granted: a target that needs more is refused before the build starts
      --execution POLICY   fail-fast (default): the first failure cancels the other targets; keep-going: build
                           every target that does not consume a failed one (through target: contexts), cancel
                           only those, and report every failure at the end (exit code 1 if any target failed)
      --max-parallelism N  at most N targets building at once (producers still before their consumers)
      --publish POLICY     as-built (default): each image is pushed as its target exports; all-or-nothing: images
                           are pushed by digest and tagged only once every target built, else nothing is tagged
      --cache-mounts-dir DIR  persist the contents of RUN --mount=type=cache mounts in DIR: restored into the
                           builder before the build, saved after it (BuildKit never exports them); a failure only warns
      --cache-mounts MODE  with --cache-mounts-dir: auto (default, every cache mount), off, or ID[,ID…] (mount ids
                           as the Dockerfiles write them, or their target path when they have no id)
      --cache-mounts-key STRING   part of every key (e.g. a hash of lock files): a save is restored first by
                           the same key, else by the newest of the mount
      --cache-mounts-image REF    the image the save and restore steps run in (a busybox with tar; default:
                           busybox pinned by digest)
      --cache-mounts-max-size SIZE  archives larger than this (e.g. 500m, 2g) are not saved (a warning says so)
  -h, --help               this help

Commands:
  bakekit merge [OPTIONS] [TARGET...]   merge per-platform digests pushed by several jobs into one index
                                        (also: bakekit --merge …; see bakekit merge --help)
  bakekit matrix [OPTIONS] [TARGET...]  print a GitHub Actions strategy.matrix for the definition: per target (or
                                        target × platform), layered by target: contexts, or only what changed
                                        since a base commit (see bakekit matrix --help)
`;

export async function main(argv: string[]): Promise<number> {
  // Everything past argument parsing is imported when a path needs it: `--help` loads nothing, `--print` only the
  // bake code, and gRPC/protobuf are loaded once the definition has resolved (start-up is paid by every run).
  if (argv[0] === 'merge') return (await import('./merge.js')).mergeMain(argv.slice(1));
  if (argv[0] === 'matrix') return (await import('./matrix.js')).matrixMain(argv.slice(1));
  if (argv.includes('--merge')) return (await import('./merge.js')).mergeMain(argv.filter((a) => a !== '--merge'));
  let cmd: BakeCommand;
  try {
    cmd = parseBakeArgs(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(usageError('bakekit', err.message, USAGE));
    return 2;
  }
  if (cmd.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (cmd.options.allow?.length) {
    const { parseAllow } = await import('../solve/target/entitlements.js');
    try {
      parseAllow(cmd.options.allow);
    } catch (err) {
      process.stderr.write(`bakekit: --${(err as Error).message}\n`);
      return 2;
    }
  }
  const controller = new AbortController();
  const onSignal = (sig: NodeJS.Signals) => {
    process.stderr.write(`\nbakekit: ${sig}: cancelling the build\n`);
    controller.abort(new Error(`cancelled by ${sig}`));
    // Whatever ignores the cancellation, the process ends a few seconds later (unref: an exit that comes sooner is not
    // delayed). The handler is `once`, so a second signal ends the process at once.
    setTimeout(() => {
      process.stderr.write(`bakekit: still running 3 s after ${sig}: exiting\n`);
      process.exit(sig === 'SIGINT' ? 130 : 143);
    }, 3000).unref();
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const opts: BakeRunOptions = {
    ...cmd.options,
    ...(cmd.cacheMounts ? { cacheMounts: await cacheMountsOptions(cmd.cacheMounts) } : {}),
    cwd: process.cwd(),
    env: process.env,
    signal: controller.signal,
    onBakeWarning: (w) => process.stderr.write(`WARNING: ${w.message}\n`),
  };
  // Secret values never reach the terminal, even when a build step prints them (see solve/run/redact.ts).
  let redact: Redact = (text) => text;
  try {
    // a large working directory that the targets build from is walked while the rest loads (early-identity.ts)
    const early =
      cmd.print || cmd.list
        ? undefined
        : (await import('../solve/run/early-identity.js')).listWorkingDirectoryEarly(opts);
    const [{ identifyLocalDirs, resolveDefinition, runBake, runTargetSpecs }, { isRemoteURL }] = await Promise.all([
      import('../solve/run/bake.js'),
      import('../bake/resolve.js'),
    ]);
    // `bakekit URL [TARGET...]`: a remote definition, its bake files read from the repository by the builder's daemon
    // (buildx bakeArgs, readBakeFiles); `-f cwd://NAME` files come from the working directory
    const remote = splitRemoteArgs(opts.targets, isRemoteURL);
    if (remote.url) {
      const [{ readRemoteBakeFiles }, { gitAuthSecretsFromEnv }, { isGitReference }] = await Promise.all([
        import('../solve/run/remote-definition.js'),
        import('../solve/run/git-auth.js'),
        import('../solve/target/context-kind.js'),
      ]);
      opts.targets = remote.targets;
      opts.cmdContext = remote.cmdContext;
      // a Git repository is also where the targets' contexts are; a file downloaded over HTTP leaves them local
      if (isGitReference(remote.url)) {
        opts.remoteDefinition = remote.url;
        opts.gitAuthSecrets = gitAuthSecretsFromEnv(remote.url, opts.env);
      }
      opts.sourceFiles = await readRemoteBakeFiles(remote.url, {
        files: opts.files,
        cwd: opts.cwd,
        env: opts.env,
        builder: opts.builder,
        secrets: opts.gitAuthSecrets,
        signal: opts.signal,
      });
    }
    if (cmd.list) {
      const { listDefinition } = await import('../bake/index.js');
      const { files, targets, vars, cwd, env, cmdContext } = opts;
      process.stdout.write(
        await listDefinition({ files, targets, set: [], vars, cwd, env, cmdContext }, cmd.list, opts.sourceFiles),
      );
      return 0;
    }
    if (cmd.print) {
      const { renderPrint } = await import('../bake/index.js');
      process.stdout.write(renderPrint(await resolveDefinition(opts)));
      return 0;
    }
    const definition = await resolveDefinition(opts);
    const dirIdentities = await identifyLocalDirs(definition, opts, early);
    const [{ makeRedactor, secretValues }, { createPlainRenderer }] = await Promise.all([
      import('../solve/run/redact.js'),
      import('../solve/render/plain.js'),
    ]);
    // (a remote definition's credentials too, whether or not a build is given them)
    redact = makeRedactor(
      secretValues([...runTargetSpecs(definition, opts), { secrets: opts.gitAuthSecrets ?? [] }], opts),
    );
    const write = (line: string) => process.stderr.write(redact(line) + '\n');
    const multiTarget = Object.keys(definition.target).length > 1;
    // auto: the live display at a terminal, plain text otherwise (a CI log, a pipe), as buildx chooses
    const progress = cmd.progress === 'auto' ? (process.stderr.isTTY ? 'tty' : 'plain') : cmd.progress;
    // tty and rawjson draw the progress themselves; the plain renderer stays quiet but still prints failures at the end
    // the build's warnings at the end, as buildx prints them after its plain and tty displays
    const renderer = createPlainRenderer(write, {
      quiet: progress !== 'plain',
      warnings: progress === 'plain' || progress === 'tty',
      multiTarget,
    });
    opts.onEvent = (event) => renderer.onEvent(event);
    let tty: { finish(): void } | undefined;
    if (progress === 'tty') {
      const { createTtyDisplay } = await import('../solve/render/tty.js');
      tty = createTtyDisplay((text) => process.stderr.write(redact(text)), renderer.tracker, {
        columns: () => process.stderr.columns || 80,
        rows: () => process.stderr.rows || 24,
        multiTarget,
      });
    }
    if (cmd.progress === 'rawjson') {
      const { createRawJsonRenderer } = await import('../solve/render/rawjson.js');
      const raw = createRawJsonRenderer(write, redact);
      opts.onEvent = (event) => {
        renderer.onEvent(event);
        raw(event);
      };
    }
    const result = await runBake(opts, definition, dirIdentities).finally(() => tty?.finish());
    renderer.finish(result);
    // what became of each target when not all of them built (keep-going builds on past failures), and what was published
    const { countsLine, publishLines, targetReportLines } = await import('../solve/render/report.js');
    if (result.targets.length > 1 && result.targets.some((t) => t.status !== 'done')) {
      write(`targets: ${countsLine(result)}`);
      for (const line of targetReportLines(result)) write(line);
    }
    for (const line of publishLines(result.publish)) write(line);
    // targets with a `call` (check, outline, targets): their results on stdout as buildx prints them, and its exit code
    let callExit = 0;
    if (result.targets.some((t) => t.call)) {
      const { printCallResults } = await import('../solve/call/call.js');
      const printed = printCallResults(result, definition, opts.call);
      if (printed) {
        process.stdout.write(redact(printed.text));
        callExit = printed.exitCode;
      }
    }
    if (result.cacheMounts?.length) {
      const { formatCacheMountReports } = await import('../solve/cache-mounts/run.js');
      for (const line of formatCacheMountReports(result.cacheMounts)) write(line);
    }
    const { formatWarmTable } = await import('../solve/cache/gha.js');
    if (result.warm) for (const line of formatWarmTable(result.warm)) process.stderr.write(redact(line) + '\n');
    if (controller.signal.aborted) {
      const cancelled = result.targets.filter((t) => t.status === 'cancelled').map((t) => t.target);
      process.stderr.write(
        `ERROR: build ${(controller.signal.reason as Error).message}${cancelled.length ? ` (cancelled: ${cancelled.join(', ')})` : ''}\n`,
      );
    }
    return result.ok ? callExit : 1;
  } catch (err) {
    process.stderr.write(`ERROR: ${redact((err as Error).message)}\n`);
    // -D: the whole chain of causes with their stacks, for a bug report (secret values still redacted)
    if (cmd.debug)
      for (let e: unknown = err; e instanceof Error; e = e.cause)
        process.stderr.write(`${redact(e.stack ?? String(e))}\n`);
    return 1;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
