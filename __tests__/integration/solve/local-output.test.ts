/**
 * `type=local` outputs into a directory that is not empty, on the standalone buildkitd (v0.25):
 * - four targets inheriting `output = ["type=local,dest=out"]` (the "collect into dist/" pattern) export
 *   into one directory at the same time, and do it again into the same directory, ten runs in all (the failure was
 *   intermittent): every run succeeds, leaves every file, the shared ones included, and no build on the daemon;
 * - `mode=delete` needs a daemon that sends the whole export in one stream (BuildKit v0.31+): on this one the
 *   target fails with a message that says so, and nothing in the destination is deleted;
 * - a 24 MiB export, on both daemons and the legacy one, arrives intact: past its first 4 MiB the session tunnel lets
 *   the daemon send further ahead (transport/tunnel.ts), which must lose or reorder nothing.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBake } from '../../../src/solve/run/bake.js';
import { BuildkitClient } from '../../../src/buildkit/client.js';
import { connect } from '../../../src/buildkit/transport/connect.js';
import { parseEndpoint } from '../../../src/buildkit/transport/endpoint.js';
import {
  BASE_IMAGE,
  DAEMONS,
  LEGACY,
  STANDALONE,
  expectNoActiveBuilds,
  requireTestHost,
} from '../../support/daemons.js';
import { listFiles, makeProject, removeProjects } from '../../support/project.js';

const TARGETS = ['alpha', 'beta', 'gamma', 'delta'];
/** files every target exports (same path, same content) */
const SHARED = 1500;

const DOCKERFILE = `FROM ${BASE_IMAGE} AS build
ARG NAME
RUN mkdir -p /out/bin /out/share/common /out/share/$NAME \\
 && echo "$NAME" > /out/bin/$NAME && chmod 755 /out/bin/$NAME \\
 && for i in $(seq 1 ${SHARED}); do echo "shared $i" > /out/share/common/file-$i.txt; done \\
 && head -c 300000 /dev/zero | tr '\\0' "$(echo $NAME | head -c 1)" > /out/share/$NAME/blob \\
 && ln -s bin/$NAME /out/$NAME-link && echo "same everywhere" > /out/README

FROM scratch
COPY --from=build /out/ /
`;

function bakeFile(output: string): string {
  return [
    `target "_out" {\n  output = [${JSON.stringify(output)}]\n}`,
    `group "default" {\n  targets = [${TARGETS.map((t) => JSON.stringify(t)).join(', ')}]\n}`,
    ...TARGETS.map((t) => `target "${t}" {\n  inherits = ["_out"]\n  args = { NAME = "${t}" }\n}`),
  ].join('\n\n');
}

function expectedFiles(): string[] {
  return [
    'README',
    ...TARGETS.map((t) => `bin/${t}`),
    ...Array.from({ length: SHARED }, (_, i) => `share/common/file-${i + 1}.txt`),
    ...TARGETS.map((t) => `share/${t}/blob`),
  ].sort();
}

beforeAll(() => requireTestHost());
afterAll(() => removeProjects());

async function bake(dir: string, allow?: string[], builder = STANDALONE) {
  return runBake({
    files: [path.join(dir, 'docker-bake.hcl')],
    targets: [],
    set: [],
    cwd: dir,
    env: process.env,
    builder,
    cache: 'off',
    allow,
  });
}

describe('type=local outputs into one directory (standalone buildkitd)', () => {
  it('four targets sharing output = ["type=local,dest=out"] build ten times into it', async () => {
    const dir = makeProject({ Dockerfile: DOCKERFILE, 'docker-bake.hcl': bakeFile('type=local,dest=out') });
    const out = path.join(dir, 'out');
    const conn = await connect(parseEndpoint(STANDALONE));
    const client = new BuildkitClient(conn);
    try {
      for (let run = 1; run <= 10; run++) {
        const result = await bake(dir);
        await expectNoActiveBuilds(
          client,
          10_000,
          result.targets.map((t) => t.ref),
        );
        expect(result.targets.map((t) => `${t.target}: ${t.status} ${t.error?.message ?? ''}`.trim()).sort()).toEqual(
          TARGETS.map((t) => `${t}: done`).sort(),
        );
        expect(listFiles(out)).toEqual(expectedFiles());
        for (const t of TARGETS) {
          expect(fs.readFileSync(path.join(out, 'bin', t), 'utf8')).toBe(`${t}\n`);
          expect((fs.statSync(path.join(out, 'bin', t)).mode & 0o777).toString(8)).toBe('755');
          expect(fs.readlinkSync(path.join(out, `${t}-link`))).toBe(`bin/${t}`);
          const blob = fs.readFileSync(path.join(out, 'share', t, 'blob'));
          expect(blob.length).toBe(300_000);
          expect(blob.every((b) => b === t.charCodeAt(0))).toBe(true);
        }
        expect(fs.readFileSync(path.join(out, 'share/common/file-17.txt'), 'utf8')).toBe('shared 17\n');
        // no temporary files left by the receivers
        expect(
          (fs.readdirSync(out, { recursive: true }) as string[]).filter((p) => path.basename(p).startsWith('.tmp.')),
        ).toEqual([]);
      }
    } finally {
      await conn.close();
    }
  }, 600_000);

  it('mode=delete on this daemon (BuildKit v0.25) fails clearly and deletes nothing', async () => {
    const dir = makeProject({
      Dockerfile: DOCKERFILE,
      'docker-bake.hcl': `target "default" {\n  output = ["type=local,dest=out,mode=delete"]\n  args = { NAME = "alpha" }\n}\n`,
      'out/stale.txt': 'from an earlier build\n',
      'out/bin/old-tool': 'old\n',
      'out/README': 'old readme\n',
    });
    const result = await bake(dir, ['buildx.local.delete']);
    expect(result.targets.map((t) => t.status)).toEqual(['failed']);
    expect(result.targets[0].error?.message).toMatch(
      /mode=delete needs BuildKit v0\.31 or later: this daemon does not send the whole export in one transfer/,
    );
    expect(listFiles(path.join(dir, 'out'))).toEqual(['README', 'bin/old-tool', 'stale.txt']);
    expect(fs.readFileSync(path.join(dir, 'out/README'), 'utf8')).toBe('old readme\n');
  }, 300_000);
});

describe('a bulk local export', () => {
  for (const { name, endpoint } of [...DAEMONS, { name: 'legacy buildkitd v0.13', endpoint: LEGACY }]) {
    it(`arrives intact: 24 MiB of random bytes with their checksum (${name})`, async () => {
      const dir = makeProject({
        Dockerfile: `FROM ${BASE_IMAGE} AS build
RUN mkdir /out && head -c 25165824 /dev/urandom > /out/big && sha256sum /out/big | cut -d' ' -f1 > /out/big.sha256

FROM scratch
COPY --from=build /out/ /
`,
        'docker-bake.hcl': `target "default" {\n  output = ["type=local,dest=out"]\n  no-cache = true\n}\n`,
      });
      const result = await bake(dir, undefined, endpoint);
      expect(result.targets.map((t) => `${t.status} ${t.error?.message ?? ''}`.trim())).toEqual(['done']);
      const big = fs.readFileSync(path.join(dir, 'out/big'));
      expect(big.length).toBe(24 * 1024 * 1024);
      expect(createHash('sha256').update(big).digest('hex')).toBe(
        fs.readFileSync(path.join(dir, 'out/big.sha256'), 'utf8').trim(),
      );
    }, 300_000);
  }
});
