#!/usr/bin/env node
/**
 * bakekit vs `docker buildx bake` on identical inputs, same daemon, same run. See docs/benchmarks.md.
 *
 *   npm run bench                     # everything, both daemons (~15 min on 2 cores; the CI-job case ~5 of them)
 *   npm run bench -- --quick          # fewer repetitions, standalone daemon only (~3 min)
 *   npm run bench -- --cases transfer,fanout --daemons standalone --reps 5
 *
 * Options:
 *   --quick                 1–3 repetitions per case, standalone daemon only, peak RSS once
 *   --reps N                repetitions of every measured case (default: 3 for cold cases, 5 otherwise)
 *   --cases LIST            transfer,fanout,ci,mounts,print,rss (default: all)
 *   --daemons LIST          standalone,engine (default: both; --quick: standalone)
 *   --bakekit PATH|dist     the CLI bundle to run; default: bundle the current src/ with ncc into a temp dir (~30 s),
 *                           `dist` = dist/cli/index.js as committed
 *   --node PATH             the Node.js binary that runs bakekit (default: the one running the bench); e.g. a Node 24
 *                           to measure the runtime the action runs on (action.yml: node24)
 *   --json FILE             also write every sample (and the machine) as JSON
 *   --cpu-prof DIR          run bakekit under `node --cpu-prof` and keep the profiles in DIR
 *   --keep                  keep the generated inputs (printed at the end), and the CI-job case's progress logs
 *   --buildx PATH           the buildx binary to compare with instead of the installed plugin: run as `docker buildx`
 *                           from a Docker config directory of the bench's own that links the user's (its builders,
 *                           contexts and credentials) and has PATH as its one CLI plugin; e.g. a newer buildx built
 *                           from its repository (docs/benchmarks.md, "Twenty-eighth round")
 *
 * Pairs compared: `docker buildx bake --builder bench-remote` (remote driver on the standalone buildkitd, created if
 * missing) vs `bakekit --builder unix:///run/buildkit/buildkitd.sock`; `docker buildx bake --builder default` (the
 * Engine's docker driver) vs `bakekit --builder docker://`. Each repetition runs both tools back to back, in
 * alternating order; every figure is wall time of the whole process (start-up included) unless noted.
 *
 * The CI-job case (`ci`) runs both tools as a GitHub Actions job would (GITHUB_ACTIONS, ACTIONS_RUNTIME_TOKEN,
 * ACTIONS_RESULTS_URL, ACTIONS_CACHE_URL, ACTIONS_CACHE_SERVICE_V2=true) against the project's cache-service emulator
 * shaped like a hosted service (CI_LATENCY_MS per request, CI_BYTES_PER_SECOND for blobs), each tool with its own
 * emulator, so its own cache: bakekit with its defaults (cache `auto`), buildx with the same gha cache in max mode
 * given by --set. The daemon is pruned before every run (a fresh runner) and the app's sources change (a new commit).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  BASE_IMAGE,
  contextTransfer,
  describeMachine,
  makeCiProject,
  makeCompileCacheProject,
  makeContext,
  makeFanOut,
  makeResolveFile,
  median,
  min,
  ok,
  run,
  startGhaEmulators,
  timed,
  touchCiProject,
  wallSplit,
} from './bench/lib.mjs';
import { finishBundle, nccArgs } from './ncc.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const STANDALONE = 'unix:///run/buildkit/buildkitd.sock';
const REMOTE_BUILDER = 'bench-remote';
// Both run natively on the amd64 host (no binfmt emulation is installed, so linux/arm64 RUN steps cannot execute).
const PLATFORMS = ['linux/amd64', 'linux/386'];
// The CI-job case's cache service: about what a hosted runner sees of GitHub's (per request, and for blob bodies).
const CI_LATENCY_MS = 30;
const CI_BYTES_PER_SECOND = 50e6;
// More build records than this on the standalone daemon at the start make the bench say so (describeMachine).
const HISTORY_WARN_RECORDS = 1000;
const KiB = 1024;
const MiB = 1024 * KiB;

const { values: argv } = parseArgs({
  options: {
    quick: { type: 'boolean' },
    reps: { type: 'string' },
    cases: { type: 'string' },
    daemons: { type: 'string' },
    bakekit: { type: 'string' },
    node: { type: 'string' },
    json: { type: 'string' },
    'cpu-prof': { type: 'string' },
    keep: { type: 'boolean' },
    buildx: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (argv.help) {
  const src = fs.readFileSync(fileURLToPath(import.meta.url), 'utf8');
  process.stdout.write(src.slice(src.indexOf('/**') + 4, src.indexOf('*/')).replace(/^ \* ?/gm, ''));
  process.exit(0);
}
if (argv.buildx) useBuildx(path.resolve(argv.buildx));
const quick = !!argv.quick;
const nodeBin = argv.node ? path.resolve(argv.node) : process.execPath;
const reps = (cold) => (argv.reps ? Number(argv.reps) : quick ? (cold ? 1 : 3) : cold ? 3 : 5);
const cases = new Set((argv.cases ?? 'transfer,fanout,ci,mounts,print,rss').split(','));
const daemonNames = (argv.daemons ?? (quick ? 'standalone' : 'standalone,engine')).split(',');

const DAEMONS = {
  standalone: {
    name: 'standalone buildkitd',
    bakekit: STANDALONE,
    buildx: REMOTE_BUILDER,
    prune: () => run('buildctl', ['--addr', STANDALONE, 'prune', '--all']),
  },
  engine: {
    name: 'Docker Engine',
    bakekit: 'docker://',
    buildx: 'default',
    prune: () => run('docker', ['builder', 'prune', '-af']),
    // a new directory state's session ends on dockerd's POST /session, which holds its id for up to 15 s
    lingers: true,
  },
};

// Same environment for both tools: no default provenance (bakekit adds none to cacheonly builds, buildx would).
// BENCH_TOKEN: the fan-out's required secret (lib.mjs makeFanOut).
const env = {
  ...process.env,
  BUILDX_NO_DEFAULT_ATTESTATIONS: '1',
  DOCKER_CLI_HINTS: 'false',
  BENCH_TOKEN: 'bench-secret-value',
};
const log = (s) => process.stderr.write(`[bench] ${s}\n`);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bakekit-bench-'));
const results = [];
/** Wall-time splits by the daemon's build records (splitRow), for the cases that take them. */
const splits = [];

function cleanup() {
  if (!argv.keep) fs.rmSync(work, { recursive: true, force: true });
}
process.on('SIGINT', () => {
  cleanup();
  process.exit(130);
});

// --- the two tools -----------------------------------------------------------------------------------------------

/**
 * `docker buildx` runs `binary` from here on, for every docker command of the bench and bakekit alike: a Docker config
 * directory of the bench's own, whose entries link the user's (config.json with its credentials, buildx/ with the
 * builders, contexts/) and whose cli-plugins/ holds only `binary`, looked up there before the system's plugins.
 */
function useBuildx(binary) {
  if (!fs.existsSync(binary)) throw new Error(`--buildx: ${binary} does not exist`);
  const user = process.env.DOCKER_CONFIG || path.join(os.homedir(), '.docker');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bakekit-bench-docker-config-'));
  for (const entry of fs.existsSync(user) ? fs.readdirSync(user) : [])
    if (entry !== 'cli-plugins') fs.symlinkSync(path.join(user, entry), path.join(dir, entry));
  fs.mkdirSync(path.join(dir, 'cli-plugins'));
  fs.symlinkSync(binary, path.join(dir, 'cli-plugins', 'docker-buildx'));
  process.env.DOCKER_CONFIG = dir;
  process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
}

function bakekitBundle() {
  if (argv.bakekit === 'dist') return path.join(root, 'dist/cli/index.js');
  if (argv.bakekit) return path.resolve(argv.bakekit);
  const out = path.join(work, 'bakekit-cli');
  log('bundling src/cli/index.ts with ncc (as scripts/build.mjs does, without the typecheck)...');
  run(path.join(root, 'node_modules/.bin/ncc'), nccArgs('src/cli/index.ts', out, ['--transpile-only']), { cwd: root });
  finishBundle(out);
  return path.join(out, 'index.js');
}

let profiles = 0;
const bakekit = (bundle) => (daemon, cwd, args, extraEnv) => {
  const prof = argv['cpu-prof']
    ? [
        '--cpu-prof',
        '--cpu-prof-dir',
        path.resolve(argv['cpu-prof']),
        '--cpu-prof-name',
        `bakekit-${++profiles}.cpuprofile`,
      ]
    : [];
  return timed(
    nodeBin,
    [...prof, bundle, ...(daemon ? ['--builder', daemon.bakekit, '--progress', 'plain'] : []), ...args],
    { cwd, env: { ...env, ...extraEnv } },
  );
};
const buildx = (daemon, cwd, args, extraEnv) =>
  timed('docker', ['buildx', 'bake', ...(daemon ? ['--builder', daemon.buildx, '--progress', 'plain'] : []), ...args], {
    cwd,
    env: { ...env, ...extraEnv },
  });

/**
 * `n` repetitions of both tools, alternating which goes first; `before(tool)` runs untimed before each run. With
 * `split` (a daemon), each run's wall time is also split by the daemon's build records (lib.mjs wallSplit), untimed.
 */
async function pair(label, n, tools, fn, before, { split } = {}) {
  const samples = { bakekit: [], buildx: [] };
  for (let i = 0; i < n; i++) {
    const order = i % 2 === 0 ? ['bakekit', 'buildx'] : ['buildx', 'bakekit'];
    for (const tool of order) {
      if (before) await before(tool);
      const r = await fn(tools[tool]);
      if (split) r.split = wallSplit(split, r);
      samples[tool].push(r);
    }
  }
  const fmt = (t) => samples[t].map((s) => (s.ms / 1000).toFixed(2)).join(' ');
  log(`${label}: bakekit ${fmt('bakekit')} s | buildx ${fmt('buildx')} s`);
  return samples;
}

// --- cases -------------------------------------------------------------------------------------------------------

async function transferCase(daemon, tools) {
  const dir = path.join(work, 'context');
  if (!fs.existsSync(dir)) {
    log('generating the context: 20,000 × 1 KiB + 200 MiB...');
    makeContext(dir, { files: 20_000, fileSize: KiB, bigFiles: [200 * MiB] });
  }
  const build = (tool) => tool(daemon, dir, []);
  // A fresh runner: an empty daemon, and a new checkout, which is a directory state bakekit has not seen (new inodes
  // and ctimes; here one file's ctime changes). Without it, bakekit's runs would reuse the id of a state an earlier
  // run built, on the session route for a rerun (solve/run/session-ids.ts), which no fresh runner takes.
  const touched = path.join(dir, 'd000/f000.txt');
  const cold = await pair(`${daemon.name} context cold`, reps(true), tools, build, async () => {
    const now = new Date();
    fs.utimesSync(touched, now, now);
    await daemon.prune();
  });
  for (const tool of Object.values(tools)) await build(tool); // each tool's own copy on the daemon (shared keys differ)
  // The warm case is a rebuild of a state built before. bakekit's warm-up built a new state (the last cold run's),
  // and on the Engine such a session's id stays with dockerd for up to 15 s (BuildkitConnection.sessionLingerMs): a
  // rerun before then is sent again, as buildx's always are. Measured apart in docs/benchmarks.md, round 22.
  if (daemon.lingers) await new Promise((resolve) => setTimeout(resolve, 16_000));
  const warm = await pair(`${daemon.name} context warm`, reps(false), tools, build, undefined, { split: daemon });
  const changed = path.join(dir, 'd050/f100.txt');
  const oneFile = await pair(
    `${daemon.name} context one file changed`,
    reps(false),
    tools,
    build,
    () => fs.appendFileSync(changed, 'x'),
    { split: daemon },
  );
  const rate = (s) => {
    const t = contextTransfer(s.stderr);
    return t && t.seconds > 0 ? t.bytes / t.seconds / 1e6 : NaN;
  };
  splits.push(
    splitRow('context transfer, warm', daemon, warm),
    splitRow('context transfer, one file changed', daemon, oneFile),
  );
  results.push(
    row('context transfer, cold (wall)', daemon, cold, { note: 'cache pruned before every run' }),
    row('context transfer, cold: throughput', daemon, cold, {
      metric: rate,
      unit: 'MB/s',
      higherIsBetter: true,
      target: { op: '>=', value: 1.0 },
      note: 'daemon-reported `transferring context` time',
    }),
    row('context transfer, warm', daemon, warm, { target: { op: '<=', value: 0.3 } }),
    row('context transfer, one file changed', daemon, oneFile, { target: { op: '<=', value: 0.8 } }),
  );
}

async function fanOutCase(daemon, tools) {
  const dir = path.join(work, 'fanout');
  if (!fs.existsSync(dir)) makeFanOut(dir, PLATFORMS);
  const cold = await pair(
    `${daemon.name} fan-out no-cache`,
    reps(true),
    tools,
    (tool) => tool(daemon, dir, ['--no-cache']),
    undefined,
    { split: daemon },
  );
  for (const tool of Object.values(tools)) await tool(daemon, dir, []);
  const cached = await pair(
    `${daemon.name} fan-out cached`,
    reps(false),
    tools,
    (tool) => tool(daemon, dir, []),
    undefined,
    { split: daemon },
  );
  splits.push(
    splitRow('chained fan-out 6×2, no-cache', daemon, cold),
    splitRow('chained fan-out 6×2, cached', daemon, cached),
  );
  results.push(
    row('chained fan-out 6×2, no-cache', daemon, cold, { target: { op: '<=', value: 0.9 } }),
    row('chained fan-out 6×2, cached', daemon, cached, { target: { op: '<=', value: 0.8 } }),
    row('chained fan-out 6×2, cached: peak RSS', daemon, cached, {
      metric: (s) => ((s.rssKiB ?? NaN) * 1024) / 1e6,
      unit: 'MB',
      absolute: { op: '<=', value: 100 },
    }),
  );
}

/**
 * Cache mounts on a fresh runner: a build whose slow step keeps a content-addressed compile cache in a
 * `RUN --mount=type=cache` (the shape of Go's build cache or ccache: an output per input hash, reused when present).
 * The daemon is pruned before every run, as a hosted runner's is new. bakekit restoring and saving the mount through
 * `--cache-mounts-dir` (a store warmed by one earlier run) against the same bakekit without it, where
 * the mount starts empty as it does for buildx. Wall time of the whole run, restore and save included.
 */
async function cacheMountsCase(daemon, tools) {
  const dir = path.join(work, 'cache-mounts');
  const store = path.join(work, 'cache-mounts-store');
  if (!fs.existsSync(dir)) makeCompileCacheProject(dir, BASE_IMAGE);
  const withMounts = ['--cache-mounts-dir', store, '--cache-mounts-image', BASE_IMAGE];
  const runs = {
    bakekit: () => tools.bakekit(daemon, dir, withMounts),
    buildx: () => tools.bakekit(daemon, dir, []), // no --cache-mounts-dir: the CLI persists no mount
  };
  daemon.prune();
  await runs.bakekit(); // the earlier job that filled the store
  const samples = await pair(
    `${daemon.name} cache mounts, fresh runner`,
    reps(true),
    runs,
    (run) => run(),
    () => daemon.prune(),
  );
  results.push(
    row('cache mounts, fresh runner: with / without `--cache-mounts-dir` (bakekit both)', daemon, samples, {
      note: 'the "buildx" columns are bakekit with the mount starting empty, as buildx leaves it',
      target: { op: '<=', value: 1.0 },
    }),
  );
}

/** bakekit's default gha scope (solve/cache/gha.ts defaultCacheScope), for the scopes buildx is given. */
function ghaScope(target, platforms) {
  return `${target}-${[...platforms]
    .sort()
    .map((p) => p.replaceAll('/', '-'))
    .join('_')}`;
}

/**
 * The work a CI job waits for (see the header): a pruned daemon, a gha cache warmed by an earlier run of the same
 * tool, a new commit of the app's sources. Wall time and the cache-service requests of each measured run.
 */
async function ciJobCase(daemon, tools) {
  const dir = path.join(work, 'ci-job');
  if (!fs.existsSync(dir)) makeCiProject(dir, PLATFORMS);
  const emulators = await startGhaEmulators(root, ['bakekit', 'buildx'], {
    latencyMs: CI_LATENCY_MS,
    bytesPerSecond: CI_BYTES_PER_SECOND,
  });
  try {
    const ghaEnv = (name) => {
      const s = emulators.services[name];
      return {
        GITHUB_ACTIONS: 'true',
        ACTIONS_RUNTIME_TOKEN: s.token,
        ACTIONS_RESULTS_URL: s.resultsUrl,
        ACTIONS_CACHE_URL: s.v1Url,
        ACTIONS_CACHE_SERVICE_V2: 'true',
      };
    };
    // buildx gets by --set what bakekit's `auto` gives each target: the gha cache in max mode, in the same scope, so
    // that base's and app's indexes do not overwrite each other (a bare `*.cache-to=type=gha` shares one scope).
    const buildxSets = ['base', 'app'].flatMap((t) => {
      const scope = ghaScope(t, PLATFORMS);
      return [
        '--set',
        `${t}.cache-from=type=gha,scope=${scope}`,
        '--set',
        `${t}.cache-to=type=gha,scope=${scope},mode=max,ignore-error=true`,
      ];
    });
    // A hosted runner's RUNNER_TEMP is new for every job, so the job's first bakekit step compiles its code afresh:
    // its code cache (solve/run/compile-cache.ts keeps it there) starts empty, as it does here for every run.
    let jobs = 0;
    const freshRunnerTemp = () => {
      const d = path.join(work, 'runner-temp', String(jobs++));
      fs.mkdirSync(d, { recursive: true });
      return d;
    };
    const runs = {
      bakekit: () => tools.bakekit(daemon, dir, [], { ...ghaEnv('bakekit'), RUNNER_TEMP: freshRunnerTemp() }),
      buildx: () => tools.buildx(daemon, dir, buildxSets, ghaEnv('buildx')),
    };
    const total = (counts) => Object.values(counts).reduce((a, b) => a + b, 0);
    // The earlier run that warmed each tool's cache, on a fresh daemon, as its job's previous commit.
    const available = {};
    for (const name of ['bakekit', 'buildx']) {
      touchCiProject(dir, 'warm');
      daemon.prune();
      const r = await runs[name]();
      const counts = (await emulators.counts())[name];
      // buildx silently drops gha entries a builder cannot use (the Engine's docker driver without the containerd
      // image store): a run that saved nothing has no cache to measure against
      available[name] = Object.keys(counts).some((k) => /put|CreateCacheEntry|reserve/.test(k));
      log(
        `${daemon.name} CI job, warming ${name}: ${(r.ms / 1000).toFixed(2)} s, ${total(counts)} requests ${JSON.stringify(counts)}` +
          (available[name] ? '' : ' — nothing was saved: no gha cache on this builder'),
      );
    }
    const samples = { bakekit: [], buildx: [] };
    const n = reps(true);
    for (let i = 0; i < n; i++) {
      const order = i % 2 === 0 ? ['bakekit', 'buildx'] : ['buildx', 'bakekit'];
      for (const name of order) {
        if (!available[name]) continue;
        touchCiProject(dir, `commit-${i}`);
        daemon.prune();
        await emulators.counts(); // the mark: only the measured run's requests count
        const r = await runs[name]();
        const counts = (await emulators.counts())[name];
        // with --keep, each measured run's progress too, to compare where the two tools spent the time
        if (argv.keep)
          fs.writeFileSync(path.join(work, `ci-job-${daemon.bakekit.split(':')[0]}-${name}-${i}.log`), r.stderr);
        r.requests = total(counts);
        r.requestKinds = counts;
        r.split = wallSplit(daemon, r);
        samples[name].push(r);
      }
    }
    const fmt = (t) => samples[t].map((s) => `${(s.ms / 1000).toFixed(2)} s/${s.requests} req`).join(' ');
    log(`${daemon.name} CI job: bakekit ${fmt('bakekit')} | buildx ${fmt('buildx') || 'n/a'}`);
    for (const t of ['bakekit', 'buildx'])
      if (samples[t].length)
        log(`  ${t} requests by kind, last run: ${JSON.stringify(samples[t].at(-1).requestKinds)}`);
    const note = `pruned daemon, own gha cache warmed, sources changed; service ${CI_LATENCY_MS} ms/request, ${CI_BYTES_PER_SECOND / 1e6} MB/s`;
    splits.push(splitRow('CI job', daemon, samples));
    results.push(
      row('CI job: gha cache, 2 platforms, chained (wall)', daemon, samples, {
        target: { op: '<=', value: 1.0 },
        note,
      }),
      row('CI job: cache-service requests', daemon, samples, {
        metric: (s) => s.requests,
        unit: 'req',
        target: { op: '<=', value: 1.0 },
      }),
    );
  } finally {
    await emulators.close();
  }
}

async function printCase(tools, bundle) {
  const dir = path.join(work, 'resolve');
  makeResolveFile(dir);
  const n = reps(false) + 2;
  const samples = await pair('--print, 200 targets', n, tools, (tool) =>
    tool(undefined, dir, ['--print', '-f', 'docker-bake.hcl']),
  );
  for (const [t, s] of Object.entries(samples)) {
    const count = Object.keys(JSON.parse(s[0].stdout).target ?? {}).length;
    if (count !== 200) throw new Error(`${t} --print resolved ${count} targets, expected 200`);
  }
  results.push(row('resolution only: --print, 200 targets', undefined, samples, {}));
  // What start-up alone costs: bare node, and bakekit loading its bundle to print --help.
  const startup = { bakekit: [], buildx: [] };
  for (let i = 0; i < n; i++) {
    startup.bakekit.push(await timed(nodeBin, [bundle, '--help'], { env }));
    startup.buildx.push(await timed('docker', ['buildx', 'version'], { env }));
  }
  const node = [];
  for (let i = 0; i < n; i++) node.push(await timed(nodeBin, ['-e', '0'], { env }));
  results.push(
    row('start-up: `bakekit --help` vs `docker buildx version`', undefined, startup, {
      note: `bare \`node -e 0\`: min ${(min(node.map((s) => s.ms)) / 1000).toFixed(2)} s`,
    }),
  );
}

async function rssCase(daemon, tools) {
  const dir = path.join(work, 'context-1g');
  if (!fs.existsSync(dir)) {
    log('generating the 1 GiB context: 4 × 256 MiB...');
    makeContext(dir, { files: 0, fileSize: 0, bigFiles: [256 * MiB, 256 * MiB, 256 * MiB, 256 * MiB] });
  }
  const samples = await pair(
    `${daemon.name} 1 GiB context, cold`,
    quick ? 1 : 2,
    tools,
    (tool) => tool(daemon, dir, []),
    () => daemon.prune(),
  );
  const rss = (s) => ((s.rssKiB ?? NaN) * 1024) / 1e6;
  results.push(
    row('1 GiB context, cold: peak RSS', daemon, samples, {
      metric: rss,
      unit: 'MB',
      absolute: { op: '<=', value: 150 },
    }),
    row('1 GiB context, cold (wall)', daemon, samples, {}),
  );
}

// --- reporting ---------------------------------------------------------------------------------------------------

/**
 * One table row: min and median per tool of `metric` (default: wall seconds), the ratio bakekit/buildx of the
 * medians, and whether the target holds (`target` on the ratio, `absolute` on bakekit's median).
 */
function row(
  name,
  daemon,
  samples,
  { metric = (s) => s.ms / 1000, unit = 's', target, absolute, note, higherIsBetter = false } = {},
) {
  const v = (t) => samples[t].map(metric).filter((x) => !Number.isNaN(x));
  const b = v('bakekit');
  const x = v('buildx');
  const ratio = median(b) / median(x);
  const holds = (c, value) => (c.op === '<=' ? value <= c.value : value >= c.value);
  let met;
  if (target && !Number.isNaN(ratio)) met = holds(target, ratio);
  if (absolute) met = holds(absolute, median(b));
  const cpu = (t) => median(samples[t].map((s) => s.cpuSeconds).filter((x) => x !== undefined));
  return {
    case: name,
    daemon: daemon?.name ?? '—',
    unit,
    cpu: { bakekit: cpu('bakekit'), buildx: cpu('buildx') },
    bakekit: { min: higherIsBetter ? Math.max(...b) : min(b), median: median(b), samples: b },
    buildx: { min: higherIsBetter ? Math.max(...x) : min(x), median: median(x), samples: x },
    ratio,
    target: target ? `ratio ${target.op} ${target.value}` : absolute ? `${absolute.op} ${absolute.value} ${unit}` : '',
    met,
    note,
    higherIsBetter,
  };
}

/** Medians per tool of a case's wall-time splits (lib.mjs wallSplit): where each tool's wall time went. */
function splitRow(name, daemon, samples) {
  const part = (t, k) => median(samples[t].map((s) => s.split?.[k]).filter((x) => x !== undefined));
  const of = (t) => ({
    wall: median(samples[t].map((s) => s.ms / 1000)),
    toFirstBuild: part(t, 'toFirstBuild'),
    daemonSpan: part(t, 'daemonSpan'),
    afterLastBuild: part(t, 'afterLastBuild'),
    runs: samples[t].map((s) => s.split), // each run's split, with its builds (in the JSON)
  });
  return { case: name, daemon: daemon.name, bakekit: of('bakekit'), buildx: of('buildx') };
}

function splitTable() {
  const f = (n) => (Number.isNaN(n) ? 'n/a' : n.toFixed(2));
  const lines = [
    "| case | daemon | wall, bakekit / buildx | until the first build | the daemon's span (first build created → last completed) | after the last build |",
    '|---|---|---|---|---|---|',
  ];
  for (const r of splits) {
    const cell = (k) => `${f(r.bakekit[k])} / ${f(r.buildx[k])} s`;
    lines.push(
      `| ${r.case} | ${r.daemon} | ${cell('wall')} | ${cell('toFirstBuild')} | ${cell('daemonSpan')} | ${cell('afterLastBuild')} |`,
    );
  }
  return lines.join('\n');
}

function table() {
  const f = (n, unit) => (Number.isNaN(n) ? 'n/a' : unit === 's' ? n.toFixed(2) : n.toFixed(0));
  const lines = [
    '| case | daemon | bakekit best / median | buildx best / median | bakekit/buildx | target | met | client CPU s, bakekit / buildx |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const r of results) {
    const cell = (t) => `${f(r[t].min, r.unit)} / ${f(r[t].median, r.unit)} ${r.unit}`;
    const met = r.met === undefined ? '' : r.met ? 'yes' : '**no**';
    // the client CPU target: bakekit's (user+sys, worker threads included) at most buildx's, on every case
    const cpuMet = r.cpu.bakekit <= r.cpu.buildx ? 'met' : '**not met**';
    const cpu =
      r.unit === 's' && !Number.isNaN(r.cpu.bakekit)
        ? `${r.cpu.bakekit.toFixed(2)} / ${r.cpu.buildx.toFixed(2)} (${cpuMet})`
        : '';
    lines.push(
      `| ${r.case}${r.note ? ` (${r.note})` : ''} | ${r.daemon} | ${cell('bakekit')} | ${cell('buildx')} | ${Number.isNaN(r.ratio) ? 'n/a' : r.ratio.toFixed(2) + '×'} | ${r.target} | ${met} | ${cpu} |`,
    );
  }
  return lines.join('\n');
}

// --- main --------------------------------------------------------------------------------------------------------

async function main() {
  if (!ok('buildctl', ['--addr', STANDALONE, 'debug', 'workers']))
    throw new Error(`standalone buildkitd not reachable at ${STANDALONE}`);
  if (daemonNames.includes('engine') && !ok('docker', ['version'])) throw new Error('Docker Engine not reachable');
  if (!ok('docker', ['buildx', 'inspect', REMOTE_BUILDER])) {
    log(`creating the buildx builder ${REMOTE_BUILDER} (remote driver on ${STANDALONE})`);
    run('docker', ['buildx', 'create', '--name', REMOTE_BUILDER, '--driver', 'remote', STANDALONE]);
  }
  const machine = describeMachine(STANDALONE);
  if (nodeBin !== process.execPath) machine.node = run(nodeBin, ['--version']).trim();
  if (machine.buildkitdHistory > HISTORY_WARN_RECORDS)
    log(
      `the standalone buildkitd keeps ${machine.buildkitdHistory} build records, all of which it reads every 2 minutes: ` +
        'expect slower, noisier runs than on a new runner. scripts/test-host.sh keeps a new daemon to the newest 50 ' +
        '(and those under 2 minutes old); an older one: stop it, move its history.db aside, start it again',
    );
  const bundle = bakekitBundle();
  const tools = { bakekit: bakekit(bundle), buildx };
  const started = Date.now();
  log(`inputs in ${work}; bakekit = ${bundle}`);

  if (cases.has('print')) await printCase(tools, bundle);
  for (const d of daemonNames) {
    const daemon = DAEMONS[d];
    if (!daemon) throw new Error(`unknown daemon ${d} (standalone, engine)`);
    if (cases.has('fanout')) await fanOutCase(daemon, tools);
    if (cases.has('transfer')) await transferCase(daemon, tools);
    if (cases.has('ci')) await ciJobCase(daemon, tools);
    if (cases.has('mounts')) await cacheMountsCase(daemon, tools);
  }
  if (cases.has('rss')) await rssCase(DAEMONS[daemonNames[0]], tools);

  const elapsed = Math.round((Date.now() - started) / 1000);
  const m = machine;
  console.log(
    `\nMachine: ${m.cpu}, ${m.ramGiB} GiB RAM, Linux ${m.kernel}, Node ${m.node}; buildkitd ${m.buildkitd} (${m.buildkitdHistory ?? '?'} build records at the start); Docker Engine ${m.engine}; ${m.buildx}`,
  );
  console.log(
    `bakekit: ${bundle}; ${elapsed} s of measurements; best = min (max for throughput); every time is the whole process;`,
  );
  console.log(
    'client CPU = user+sys seconds of the client process tree (median), a steadier figure than wall time on a busy host\n',
  );
  console.log(table());
  if (splits.length) {
    console.log(
      "\nWhere the wall time went (medians; from the daemon's build records, `buildctl debug histories` on buildkitd and `docker buildx history ls` on the Engine, same runs):\n",
    );
    console.log(splitTable());
  }
  if (argv.json)
    fs.writeFileSync(
      path.resolve(argv.json),
      JSON.stringify({ date: new Date().toISOString(), machine, bundle, results, splits }, null, 2) + '\n',
    );
}

main()
  .catch((err) => {
    console.error(`bench: ${err instanceof Error ? err.message : String(err)}`);
    if (results.length) console.log(table());
    process.exitCode = 1;
  })
  .finally(() => {
    if (argv.keep) log(`inputs kept in ${work}`);
    cleanup();
  });
