/**
 * BuildKit's own `type=gha` cache exporter/importer (go-actions-cache inside buildkitd) against the emulator.
 *
 * Needs the standalone daemon at unix:///run/buildkit/buildkitd.sock (override with BUILDKIT_HOST) and `buildctl`
 * (override with BUILDCTL), with the plain-http registry at localhost:5000 holding `busybox`. buildkitd runs on
 * the host network, so it reaches the emulator on 127.0.0.1. This file fails — it does not skip — when the daemon
 * is missing.
 *
 * Attribute handling in BuildKit ≥ v0.20 (cache/remotecache/gha/gha.go getConfig): `url_v2` selects API v2 unless
 * `version=1`; otherwise `url` is used, with v2 only when `version=2` is given (or the URL is the real
 * results-receiver host). So `url=` alone talks v1 to the emulator.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGhaCacheEmulator, type GhaCacheEmulator } from '../../support/gha-cache/emulator.js';

const BUILDCTL = process.env.BUILDCTL ?? '/usr/local/bin/buildctl';
const ADDR = process.env.BUILDKIT_HOST ?? 'unix:///run/buildkit/buildkitd.sock';
const BASE_IMAGE = 'localhost:5000/busybox';

function run(args: string[], timeoutMs: number): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(
      BUILDCTL,
      ['--addr', ADDR, ...args],
      { timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
        resolve({ code, output: `${stdout}${stderr}${err && code === -1 ? `\n${err.message}` : ''}` });
      },
    );
  });
}

async function buildctl(args: string[], timeoutMs = 180_000): Promise<string> {
  const { code, output } = await run(args, timeoutMs);
  if (code !== 0) throw new Error(`buildctl ${args.join(' ')} failed (${code}):\n${output}`);
  return output;
}

/** Parses `--progress=plain`: vertex name by id, and which vertices were CACHED. */
function parseProgress(output: string): { steps: Map<string, string>; cached: Set<string> } {
  const steps = new Map<string, string>();
  const cached = new Set<string>();
  for (const line of output.split('\n')) {
    const m = /^#(\d+) (.*)$/.exec(line);
    if (!m) continue;
    const [, id, rest] = m as unknown as [string, string, string];
    if (rest === 'CACHED') cached.add(id);
    else if (!steps.has(id) && /^\[/.test(rest)) steps.set(id, rest);
  }
  return { steps, cached };
}

function cachedRunSteps(output: string): { run: string[]; cached: string[] } {
  const { steps, cached } = parseProgress(output);
  const run = [...steps].filter(([, name]) => / RUN /.test(name));
  return { run: run.map(([, n]) => n), cached: run.filter(([id]) => cached.has(id)).map(([, n]) => n) };
}

let root: string;

beforeAll(async () => {
  // Fail loudly when the daemon is not there.
  const { code, output } = await run(['debug', 'workers'], 30_000);
  if (code !== 0) {
    throw new Error(`BuildKit daemon not reachable at ${ADDR} via ${BUILDCTL} (exit ${code}):\n${output}`);
  }
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'gha-buildkit-'));
}, 60_000);

afterAll(async () => {
  if (root) await fs.rm(root, { recursive: true, force: true });
});

interface Variant {
  name: string;
  attrs: (emu: GhaCacheEmulator) => string;
  api: 'v1' | 'v2';
}

const variants: Variant[] = [
  { name: 'v2 via url_v2', api: 'v2', attrs: (emu) => `url_v2=${emu.resultsUrl},url=${emu.v1Url}` },
  { name: 'v2 via url + version=2', api: 'v2', attrs: (emu) => `url=${emu.resultsUrl},version=2` },
  { name: 'v1 via url', api: 'v1', attrs: (emu) => `url=${emu.v1Url}` },
];

describe('BuildKit gha cache exporter/importer against the emulator', { timeout: 300_000 }, () => {
  for (const variant of variants) {
    it(`exports, prunes, imports with CACHED steps (${variant.name})`, async () => {
      const emu = await startGhaCacheEmulator();
      try {
        const dir = await fs.mkdtemp(path.join(root, 'ctx-'));
        const nonce = randomBytes(8).toString('hex');
        // Random contents: identical outputs after the prune prove the layers came from the emulator.
        // The 3 MB layer is incompressible: more than one 1 MiB block on v2 (Put Block + Put Block List).
        await fs.writeFile(
          path.join(dir, 'Dockerfile'),
          [
            `FROM ${BASE_IMAGE}`,
            `RUN echo "${nonce}-$RANDOM-$(date +%s)" > /stamp.txt`,
            `RUN dd if=/dev/urandom of=/big.bin bs=1024 count=3000 2>/dev/null && sha256sum /big.bin > /big.sha`,
            `FROM scratch`,
            `COPY --from=0 /stamp.txt /big.sha /big.bin /`,
            '',
          ].join('\n'),
        );
        const scope = `emu-${nonce}`;
        const gha = `type=gha,${variant.attrs(emu)},token=${emu.token},scope=${scope}`;
        const common = [
          'build',
          '--frontend',
          'dockerfile.v0',
          '--local',
          `context=${dir}`,
          '--local',
          `dockerfile=${dir}`,
          '--progress=plain',
        ];
        const out1 = path.join(dir, 'out1');
        const out2 = path.join(dir, 'out2');

        const first = await buildctl([
          ...common,
          '--output',
          `type=local,dest=${out1}`,
          '--export-cache',
          `${gha},mode=max`,
        ]);
        const firstSteps = cachedRunSteps(first);
        expect(firstSteps.run).toHaveLength(2);
        expect(firstSteps.cached, 'first build must really run').toEqual([]);
        expect(first).toContain('exporting to GitHub Actions Cache');

        const exported = emu.entries();
        const blobs = exported.filter((e) => e.key.startsWith('buildkit-blob-1-sha256:'));
        expect(blobs.length).toBeGreaterThanOrEqual(3);
        expect(exported.every((e) => e.committed && e.api === variant.api && e.scope === 'refs/heads/main')).toBe(true);
        // index-<scope attr>-1-<first 8 hex of sha256("refs/heads/main")>#1
        expect(exported.map((e) => e.key)).toContain(`index-${scope}-1-f921bd05#1`);
        expect(blobs.some((e) => e.size > 3_000_000)).toBe(true);
        const reqs1 = emu.requests();
        expect(
          reqs1.every((r) => r.status < 400),
          JSON.stringify(reqs1.filter((r) => r.status >= 400)),
        ).toBe(true);
        if (variant.api === 'v2') {
          expect(reqs1.some((r) => r.method === 'PUT' && /comp=block(&|$)/.test(r.path))).toBe(true);
          expect(reqs1.some((r) => r.method === 'PUT' && /comp=blocklist/.test(r.path))).toBe(true);
        } else {
          expect(reqs1.some((r) => r.method === 'PATCH')).toBe(true);
        }

        await buildctl(['prune', '--all'], 120_000);

        const before = emu.requests().length;
        const second = await buildctl([
          ...common,
          '--output',
          `type=local,dest=${out2}`,
          '--import-cache',
          gha,
          // Re-export: a warm export only looks blobs up and writes the next index generation.
          '--export-cache',
          `${gha},mode=max`,
        ]);
        const secondSteps = cachedRunSteps(second);
        expect(secondSteps.cached, second).toEqual(secondSteps.run);
        expect(secondSteps.cached).toHaveLength(2);

        for (const f of ['stamp.txt', 'big.sha', 'big.bin']) {
          const a = await fs.readFile(path.join(out1, f));
          const b = await fs.readFile(path.join(out2, f));
          expect(b.equals(a), `${f} identical after import`).toBe(true);
        }

        const reqs2 = emu.requests().slice(before);
        expect(
          reqs2.every((r) => r.status < 400),
          JSON.stringify(reqs2.filter((r) => r.status >= 400)),
        ).toBe(true);
        // Layer data came back through the emulator's signed blob URLs.
        expect(
          reqs2.some(
            (r) =>
              r.method === 'GET' && r.path.startsWith('/devstoreaccount1/') && (r.status === 200 || r.status === 206),
          ),
        ).toBe(true);
        const after = emu.entries();
        expect(after.filter((e) => e.key.startsWith('buildkit-blob-1-')).length).toBe(blobs.length);
        expect(after.map((e) => e.key)).toContain(`index-${scope}-1-f921bd05#2`);
      } finally {
        await emu.close();
      }
    });
  }

  it('imports nothing (and still builds) with a token for another scope, and the exporter fails on a wrong token', async () => {
    const emu = await startGhaCacheEmulator();
    try {
      const dir = await fs.mkdtemp(path.join(root, 'ctx-'));
      const nonce = randomBytes(8).toString('hex');
      await fs.writeFile(path.join(dir, 'Dockerfile'), `FROM ${BASE_IMAGE}\nRUN echo ${nonce} > /n.txt\n`);
      const common = [
        'build',
        '--frontend',
        'dockerfile.v0',
        '--local',
        `context=${dir}`,
        '--local',
        `dockerfile=${dir}`,
        '--progress=plain',
      ];
      const base = `type=gha,url_v2=${emu.resultsUrl},scope=s-${nonce}`;
      await buildctl([...common, '--export-cache', `${base},token=${emu.token},mode=max`]);
      await buildctl(['prune', '--all'], 120_000);

      const other = emu.mintToken([{ Scope: 'refs/heads/other', Permission: 3 }]);
      const out = await buildctl([...common, '--import-cache', `${base},token=${other}`]);
      expect(cachedRunSteps(out).cached).toEqual([]);

      // A JWT-shaped token the emulator did not issue: the service answers 401 and the export fails.
      const forged = `${emu.token.slice(0, -4)}AAAA`;
      const { code, output } = await run([...common, '--export-cache', `${base}-2,token=${forged},mode=max`], 180_000);
      expect(code, output).not.toBe(0);
      expect(emu.requests().some((r) => r.status === 401)).toBe(true);
    } finally {
      await emu.close();
    }
  });
});
