// Helpers for scripts/bench.mjs: timed child processes, statistics, progress parsing and the generated inputs.
import { spawn, spawnSync } from 'node:child_process';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';

export const BASE_IMAGE = 'localhost:5000/busybox';
export const TIME_BIN = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/**
 * Runs a command to completion and measures it: wall time (ms, from spawn to exit); with /usr/bin/time also the
 * peak RSS (KiB, the largest process of the tree) and the CPU seconds (user + sys) the process tree used —
 * without it, VmHWM polled from /proc every 20 ms (the direct child only) and no CPU time. Throws with the output's
 * tail when the command fails.
 */
export async function timed(cmd, args, { cwd, env, allowFail = false } = {}) {
  const rssFile = TIME_BIN ? path.join(os.tmpdir(), `bench-rss-${process.pid}-${crypto.randomUUID()}`) : undefined;
  const [file, argv] = TIME_BIN ? [TIME_BIN, ['-f', '%M %U %S', '-o', rssFile, cmd, ...args]] : [cmd, args];
  const startedAt = Date.now();
  const t0 = performance.now();
  const child = spawn(file, argv, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const out = [];
  const err = [];
  child.stdout.on('data', (b) => out.push(b));
  child.stderr.on('data', (b) => err.push(b));
  let hwm = 0;
  const poll = rssFile ? undefined : setInterval(() => (hwm = Math.max(hwm, vmHwm(child.pid))), 20);
  const code = await new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (c) => resolve(c));
  });
  const ms = performance.now() - t0;
  if (poll) clearInterval(poll);
  let rssKiB = hwm || undefined;
  let cpuSeconds;
  if (rssFile) {
    try {
      const lines = fs.readFileSync(rssFile, 'utf8').trim().split('\n');
      const [rss, user, sys] = lines[lines.length - 1].split(' ').map(Number);
      rssKiB = rss || undefined;
      cpuSeconds = user + sys;
    } catch {
      /* time could not write it (the command was not found) */
    }
    fs.rmSync(rssFile, { force: true });
  }
  const stdout = Buffer.concat(out).toString();
  const stderr = Buffer.concat(err).toString();
  if (code !== 0 && !allowFail) {
    const tail = (stdout + stderr).trim().split('\n').slice(-25).join('\n');
    throw new Error(`${cmd} ${args.join(' ')} (in ${cwd}) exited ${code}:\n${tail}`);
  }
  return { ms, startedAt, endedAt: startedAt + ms, rssKiB, cpuSeconds, code, stdout, stderr };
}

function vmHwm(pid) {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

export function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', ...opts });
  if (r.status !== 0)
    throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${(r.stderr || r.stdout || '').trim().slice(-2000)}`);
  return r.stdout;
}

export function ok(cmd, args) {
  return spawnSync(cmd, args, { stdio: 'ignore', timeout: 30_000 }).status === 0;
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  if (!n) return NaN;
  return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
}

export function min(xs) {
  return xs.length ? Math.min(...xs) : NaN;
}

const UNITS = { B: 1, kB: 1e3, KB: 1e3, MB: 1e6, GB: 1e9, KiB: 1024, MiB: 1024 ** 2, GiB: 1024 ** 3 };

/**
 * The build-context transfer as the daemon reported it in plain progress (buildx and bakekit print the same
 * lines): the largest `transferring context: <size> <secs>s done`. Returns { bytes, seconds } or undefined.
 */
export function contextTransfer(progress) {
  let best;
  const re = /transferring context: ([\d.]+)\s*([kKMG]i?B|B)(?: ([\d.]+)s)? done/g;
  for (const m of progress.matchAll(re)) {
    const bytes = Number(m[1]) * (UNITS[m[2]] ?? 1);
    const seconds = m[3] === undefined ? 0 : Number(m[3]);
    if (!best || bytes > best.bytes) best = { bytes, seconds };
  }
  return best;
}

/** Writes `size` bytes of incompressible data (a random MiB with a counter stamped into each copy). */
export function writeBigFile(file, size) {
  const block = crypto.randomBytes(1 << 20);
  const fd = fs.openSync(file, 'w');
  try {
    for (let off = 0, i = 0; off < size; off += block.length, i++) {
      block.writeUInt32LE(i, 0);
      fs.writeSync(fd, block, 0, Math.min(block.length, size - off));
    }
  } finally {
    fs.closeSync(fd);
  }
}

/** 100 directories × (files / 100) files of `fileSize` random bytes, plus `bigSize` bytes in big.bin. */
export function makeContext(dir, { files, fileSize, bigFiles = [] }) {
  fs.mkdirSync(dir, { recursive: true });
  const perDir = Math.ceil(files / 100);
  let n = 0;
  for (let d = 0; n < files; d++) {
    const sub = path.join(dir, `d${String(d).padStart(3, '0')}`);
    fs.mkdirSync(sub, { recursive: true });
    for (let f = 0; f < perDir && n < files; f++, n++)
      fs.writeFileSync(path.join(sub, `f${String(f).padStart(3, '0')}.txt`), crypto.randomBytes(fileSize));
  }
  bigFiles.forEach((size, i) => writeBigFile(path.join(dir, bigFiles.length === 1 ? 'big.bin' : `big-${i}.bin`), size));
  // The build only needs the context on the daemon: a bind mount forces the whole transfer, `true` costs nothing.
  fs.writeFileSync(path.join(dir, 'Dockerfile'), `FROM ${BASE_IMAGE}\nRUN --mount=type=bind,target=/ctx true\n`);
  fs.writeFileSync(path.join(dir, 'docker-bake.hcl'), 'target "default" {\n  output = ["type=cacheonly"]\n}\n');
}

/** One base target (own context, 2 platforms) consumed by 6 children through `contexts = { base = "target:base" }`. */
export function makeFanOut(dir, platforms) {
  fs.mkdirSync(path.join(dir, 'base'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'child'), { recursive: true });
  fs.writeFileSync(
    path.join(dir, 'base/Dockerfile'),
    // a required secret: the base's session serves it, as a real project's does
    `FROM ${BASE_IMAGE}\nARG TARGETPLATFORM\nCOPY base.txt /base.txt\nRUN --mount=type=secret,id=tok,required=true wc -c < /run/secrets/tok > /tok-len && echo "$TARGETPLATFORM" > /base-platform.txt\n`,
  );
  fs.writeFileSync(path.join(dir, 'base/base.txt'), 'base\n');
  fs.writeFileSync(path.join(dir, 'child/Dockerfile'), 'FROM base\nARG CHILD\nRUN echo "$CHILD" > /child.txt\n');
  const plat = JSON.stringify(platforms);
  const out = [
    `target "base" {`,
    `  context   = "base"`,
    `  platforms = ${plat}`,
    `  secret    = ["id=tok,env=BENCH_TOKEN"]`,
    `}`,
  ];
  const children = [];
  for (let i = 1; i <= 6; i++) {
    children.push(`child-${i}`);
    out.push(
      `target "child-${i}" {`,
      `  context   = "child"`,
      `  contexts  = { base = "target:base" }`,
      // buildx solves a linked target's steps in its consumer's session, so every child offers the base's secret too
      `  secret    = ["id=tok,env=BENCH_TOKEN"]`,
      `  args      = { CHILD = "child-${i}" }`,
      `  platforms = ${plat}`,
      // local outputs: each child's two platform trees come back to the client (fsutil receive)
      `  output    = ["type=local,dest=out/child-${i}"]`,
      `}`,
    );
  }
  out.push(`group "default" {`, `  targets = ${JSON.stringify(children)}`, `}`);
  fs.writeFileSync(path.join(dir, 'docker-bake.hcl'), out.join('\n') + '\n');
}

/**
 * A 200-target HCL file in the style of scripts/bench/bake-resolve.ts (variables, a user function, inherits chains,
 * matrices), limited to what `docker buildx bake --print` also resolves offline.
 */
export function makeResolveFile(dir) {
  fs.mkdirSync(dir, { recursive: true });
  const out = [
    'variable "REGISTRY" { default = "registry.example.com/team" }',
    'variable "TAG" { default = "latest" }',
    'variable "PLATFORMS" { default = ["linux/amd64", "linux/arm64"] }',
    'function "image" {',
    '  params = [name]',
    '  result = ["${REGISTRY}/${name}:${TAG}", "${REGISTRY}/${name}:${sha1(name)}"]',
    '}',
  ];
  const all = [];
  for (let b = 0; b < 20; b++) {
    all.push(`base-${b}`);
    out.push(
      `target "base-${b}" {`,
      '  context   = "."',
      `  args      = { BASE = "${b}", GO_VERSION = "1.22" }`,
      '  platforms = PLATFORMS',
      `  labels    = { "org.opencontainers.image.vendor" = "acme", tier = "base-${b}" }`,
      '  cache-from = ["type=registry,ref=${REGISTRY}/cache:base"]',
      '}',
    );
  }
  for (let i = 0; i < 100; i++) {
    all.push(`svc-${i}`);
    out.push(
      `target "svc-${i}" {`,
      `  inherits   = ["base-${i % 20}"]`,
      `  dockerfile = "services/svc-${i}/Dockerfile"`,
      `  tags       = image("svc-${i}")`,
      `  args       = { SERVICE = "svc-${i}", INDEX = ${i} }`,
      `  contexts   = { shared = "${i % 10 === 0 ? 'target:base-0' : 'docker-image://alpine:3.20'}" }`,
      '  output     = ["type=image,push=false"]',
      '}',
    );
  }
  for (let m = 0; m < 20; m++) {
    all.push(`mx-${m}`);
    out.push(
      `target "mx-${m}" {`,
      `  inherits = ["base-${m}"]`,
      '  matrix   = { variant = ["slim", "full"], arch = ["amd64", "arm64"] }',
      `  name     = "mx-${m}-\${variant}-\${arch}"`,
      '  platforms = ["linux/${arch}"]',
      `  tags     = ["\${REGISTRY}/mx-${m}:\${variant}-\${arch}"]`,
      '  args     = { VARIANT = variant, FLAVOUR = variant == "slim" ? "minimal" : "complete" }',
      '}',
    );
  }
  out.push('group "default" {', `  targets = ${JSON.stringify(all)}`, '}');
  fs.writeFileSync(path.join(dir, 'docker-bake.hcl'), out.join('\n') + '\n');
}

/** "cores, RAM, kernel, daemon versions" for the report. */
export function describeMachine(standaloneAddr) {
  const cpus = os.cpus();
  const version = (cmd, args) => {
    const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 20_000 });
    return r.status === 0 ? r.stdout.trim() : 'unavailable';
  };
  const buildkitd = version('buildctl', [
    '--addr',
    standaloneAddr,
    'debug',
    'info',
    '--format',
    '{{.BuildkitVersion.Version}}',
  ]);
  // The build records the standalone daemon keeps: BuildKit reads all of them every 2 minutes (history gc), so
  // thousands of them (a day of test runs on a daemon with the default [history] config) lengthen both tools' runs
  // and their spread (docs/benchmarks.md, rounds 20–21). Every record is one line of `debug histories`.
  const records = spawnSync(
    'buildctl',
    ['--addr', standaloneAddr, 'debug', 'histories', '--format', '{{.Record.Ref}}'],
    {
      encoding: 'utf8',
      timeout: 60_000,
    },
  );
  return {
    buildkitdHistory: records.status === 0 ? records.stdout.split('\n').filter(Boolean).length : undefined,
    cpu: `${cpus.length} × ${cpus[0]?.model ?? 'unknown'}`,
    ramGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    kernel: os.release(),
    node: process.version,
    buildkitd: buildkitd === 'unavailable' ? version('buildkitd', ['--version']) : buildkitd,
    engine: version('docker', ['version', '--format', '{{.Server.Version}}']),
    buildx: version('docker', ['buildx', 'version']),
  };
}

/**
 * The CI-job project: `base` (its own context: 3 MiB of data in one COPY, a RUN deriving 1 MiB per platform) linked
 * into `app` through `contexts = { base = "target:base" }` (1 MiB of sources plus `src/version.txt`, which
 * touchCiProject changes before every measured run, and a RUN over it), both for `platforms`, `app` with a
 * cacheonly output. Deterministic steps only, so that an unchanged step is the same cache key in every run.
 */
export function makeCiProject(dir, platforms) {
  for (const d of ['base/data', 'app/src']) fs.mkdirSync(path.join(dir, d), { recursive: true });
  for (const f of ['a', 'b', 'c']) writeBigFile(path.join(dir, `base/data/${f}.bin`), 1 << 20);
  writeBigFile(path.join(dir, 'app/src/sources.bin'), 1 << 20);
  fs.writeFileSync(
    path.join(dir, 'base/Dockerfile'),
    `FROM ${BASE_IMAGE}\nARG TARGETPLATFORM\nCOPY data/ /data/\n` +
      'RUN echo "$TARGETPLATFORM" > /platform.txt && dd if=/data/a.bin of=/lib.bin bs=1024 count=1024 2>/dev/null\n',
  );
  fs.writeFileSync(
    path.join(dir, 'app/Dockerfile'),
    'FROM base\nCOPY src/ /app/src/\n' +
      'RUN cat /app/src/* /platform.txt | sha256sum > /app/build.sha && cp /lib.bin /app/lib.bin && cat /app/src/version.txt >> /app/lib.bin\n',
  );
  touchCiProject(dir, 'initial');
  const plat = JSON.stringify(platforms);
  fs.writeFileSync(
    path.join(dir, 'docker-bake.hcl'),
    [
      `target "base" {`,
      `  context   = "base"`,
      `  platforms = ${plat}`,
      `}`,
      `target "app" {`,
      `  context   = "app"`,
      `  contexts  = { base = "target:base" }`,
      `  platforms = ${plat}`,
      `  output    = ["type=cacheonly"]`,
      `}`,
      `group "default" {`,
      `  targets = ["app"]`,
      `}`,
      '',
    ].join('\n'),
  );
}

/** The change a CI job builds: a new `app/src/version.txt`, so that `app` rebuilds on top of a cached `base`. */
export function touchCiProject(dir, version) {
  fs.writeFileSync(path.join(dir, 'app/src/version.txt'), `${version}\n`);
}

/**
 * The emulated GitHub Actions cache service as a child process (scripts/bench/gha-emulator.ts under tsx, as the bench
 * runs JavaScript), one emulator per name. Resolves to { services: { name: { resultsUrl, v1Url, token } },
 * counts(): Promise<{ name: { kind: n } , stored }>, close() }.
 */
export async function startGhaEmulators(root, names, { latencyMs, bytesPerSecond }) {
  const child = spawn(
    path.join(root, 'node_modules/.bin/tsx'),
    [
      path.join(root, 'scripts/bench/gha-emulator.ts'),
      '--names',
      names.join(','),
      '--latency-ms',
      String(latencyMs),
      '--bytes-per-second',
      String(bytesPerSecond),
    ],
    { cwd: root, stdio: ['pipe', 'pipe', 'inherit'] },
  );
  const pending = [];
  let buffered = '';
  child.stdout.on('data', (b) => {
    buffered += b.toString();
    let nl;
    while ((nl = buffered.indexOf('\n')) >= 0) {
      const line = buffered.slice(0, nl);
      buffered = buffered.slice(nl + 1);
      pending.shift()?.resolve(JSON.parse(line));
    }
  });
  child.on('exit', (code) => {
    for (const p of pending.splice(0)) p.reject(new Error(`the cache emulator exited (${code})`));
  });
  const next = () => new Promise((resolve, reject) => pending.push({ resolve, reject }));
  const services = await next();
  return {
    services,
    counts() {
      const r = next();
      child.stdin.write('counts\n');
      return r;
    },
    close() {
      child.stdin.end('close\n');
      return new Promise((resolve) => (child.exitCode !== null ? resolve() : child.on('exit', () => resolve())));
    },
  };
}

/**
 * A build with a compile cache in a cache mount: 120 generated "sources" of ~280 KiB of text each; the build step
 * "compiles" each (four `gzip -9` passes, then one written) into an output named by the source's hash in /cache,
 * reusing an output that is already there (as Go's build cache or ccache do), then copies the outputs. Cold, every file
 * is compiled; with the mount restored, none is.
 */
export function makeCompileCacheProject(dir, baseImage) {
  fs.mkdirSync(path.join(dir, 'src'), { recursive: true });
  for (let i = 0; i < 120; i++) {
    // deterministic content (the same sources on every run, so the cache's entries are reused) that compresses like
    // text, not like a repeated line: gzip has real work to do
    let x = i + 1;
    const words = [];
    for (let w = 0; w < 40_000; w++) {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      words.push((x >>> 8).toString(36));
    }
    fs.writeFileSync(path.join(dir, 'src', `f${i}.go`), `package p${i}\n${words.join(' ')}\n`);
  }
  fs.writeFileSync(
    path.join(dir, 'Dockerfile'),
    [
      `FROM ${baseImage}`,
      'COPY src /src',
      'RUN --mount=type=cache,id=compile-cache,target=/cache \\',
      '    mkdir -p /out && hits=0 && for f in /src/*; do \\',
      '      k=$(sha256sum "$f" | cut -c1-64); \\',
      // a compiler's passes: CPU-heavy for the size of what it writes
      '      if [ -f /cache/$k ]; then hits=$((hits+1)); else \\',
      '        for pass in 1 2 3 4; do gzip -9 -c "$f" | md5sum > /dev/null; done; gzip -9 -c "$f" > /cache/$k; fi; \\',
      '      cp /cache/$k /out/$(basename "$f").gz; \\',
      '    done && echo "compile cache hits: $hits"',
      '',
    ].join('\n'),
  );
  fs.writeFileSync(
    path.join(dir, 'docker-bake.hcl'),
    'target "default" {\n  context = "."\n  output  = ["type=cacheonly"]\n}\n',
  );
}

/**
 * Where a run's wall time went, from the daemon's own build records (the daemon's CreatedAt/CompletedAt of every build
 * it ran, whichever client asked): until the daemon created the run's first build, from then until it completed the
 * last (the daemon's span: its build work plus whatever it waited for from the client, such as a local export's
 * receiving end), and after that until the process ended. Undefined when the records cannot be read or none fell
 * within the run. `daemon` is one of bench.mjs's DAEMONS.
 */
export function wallSplit(daemon, sample) {
  const records = (
    daemon.bakekit.startsWith('unix://') ? buildkitdRecords(daemon.bakekit) : buildxRecords(daemon.buildx)
  )?.filter((x) => x.created >= sample.startedAt && x.created <= sample.endedAt && !Number.isNaN(x.completed));
  if (!records?.length) return undefined;
  const first = Math.min(...records.map((x) => x.created));
  const last = Math.max(...records.map((x) => x.completed));
  const since = (t) => (t - sample.startedAt) / 1000;
  return {
    // each build's name and its creation and completion, in seconds since the process started (in the JSON)
    builds: records.map((x) => ({ name: x.name, created: since(x.created), completed: since(x.completed) })),
    toFirstBuild: (first - sample.startedAt) / 1000,
    daemonSpan: (last - first) / 1000,
    afterLastBuild: (sample.endedAt - last) / 1000,
  };
}

/**
 * A standalone daemon's records, every one (`buildctl debug histories`), each printed as the three fields used here.
 * Not `docker buildx history ls`: that asks for the newest 50, and buildkitd v0.25.2 crashes sorting them when one of
 * its events has no record (solver/llbsolver/history.go `filterHistoryEvents`; fixed upstream in March 2026,
 * moby/buildkit 9239fc407). It did in the bench twice (docs/benchmarks.md, rounds 24 and 25); a listing without a
 * limit is not sorted.
 */
function buildkitdRecords(addr) {
  const format =
    '{{with .Record}}{"created":{{json .CreatedAt}},"completed":{{json .CompletedAt}},' +
    '"target":{{json (index .FrontendAttrs "target")}}}{{end}}';
  const ms = (t) => (t ? (t.seconds ?? 0) * 1000 + (t.nanos ?? 0) / 1e6 : NaN);
  return jsonLines('buildctl', ['--addr', addr, 'debug', 'histories', '--format', format])?.map((x) => ({
    name: x.target,
    created: ms(x.created),
    completed: ms(x.completed),
  }));
}

/** A builder's records through buildx (the Engine's, which buildctl cannot reach). */
function buildxRecords(builder) {
  return jsonLines('docker', ['buildx', 'history', 'ls', '--builder', builder, '--format', 'json'])?.map((x) => ({
    name: x.name,
    created: Date.parse(x.created_at),
    completed: Date.parse(x.completed_at),
  }));
}

/** The JSON objects a command prints one per line; undefined when it fails. */
function jsonLines(cmd, args) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 30_000 });
  if (r.status !== 0) return undefined;
  return r.stdout
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l));
}
