/**
 * Resolve-time benchmark for bake definitions: generates a 200-target HCL file (variables,
 * functions, inherits chains, matrices), resolves every target several times and prints
 * min/median (after a few warm-up runs). Exits 1 if the median reaches 100 ms.
 *
 *   npx tsx scripts/bench/bake-resolve.ts
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { renderPrint, resolveBake } from '../../src/bake/index.js';

const WARMUP = 3;
const RUNS = 21;
const LIMIT_MS = 100;

/** 20 base targets, 100 plain targets inheriting them, and 20 matrix blocks of 4 variants each. */
function generate(): string {
  const out: string[] = [
    'variable "REGISTRY" { default = "registry.example.com/team" }',
    'variable "TAG" { default = "latest" }',
    'variable "PLATFORMS" { default = ["linux/amd64", "linux/arm64"] }',
    'function "image" {',
    '  params = [name]',
    '  result = ["${REGISTRY}/${name}:${TAG}", "${REGISTRY}/${name}:${sha1(name)}"]',
    '}',
  ];
  for (let b = 0; b < 20; b++) {
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
  const all = [
    ...Array.from({ length: 20 }, (_, b) => `base-${b}`),
    ...Array.from({ length: 100 }, (_, i) => `svc-${i}`),
    ...Array.from({ length: 20 }, (_, m) => `mx-${m}`),
  ];
  out.push('group "default" {', `  targets = ${JSON.stringify(all)}`, '}');
  return out.join('\n') + '\n';
}

const dir = mkdtempSync(join(tmpdir(), 'bake-bench-'));
try {
  writeFileSync(join(dir, 'docker-bake.hcl'), generate());
  const inputs = { files: ['docker-bake.hcl'], targets: [], set: ['svc-*.args.EXTRA=1'], cwd: dir, env: {} };
  const first = resolveBake(inputs);
  const count = Object.keys(first.target).length;
  // Let the JIT settle first: the limit is about steady-state resolve time.
  for (let i = 0; i < WARMUP; i++) renderPrint(resolveBake(inputs));
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    renderPrint(resolveBake(inputs));
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  console.log(
    `bake resolve: ${count} targets, ${RUNS} runs: min ${times[0].toFixed(1)} ms, median ${median.toFixed(1)} ms (limit ${LIMIT_MS} ms)`,
  );
  if (count < 200) {
    console.error(`expected at least 200 resolved targets, got ${count}`);
    process.exitCode = 1;
  }
  if (median >= LIMIT_MS) {
    console.error(`median ${median.toFixed(1)} ms is not below ${LIMIT_MS} ms`);
    process.exitCode = 1;
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
