/**
 * Runs the committed action bundle (dist/main/index.js) exactly as a GitHub runner does: inputs as INPUT_*
 * variables, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY / GITHUB_STATE files, a GITHUB_WORKSPACE checkout — against
 * the real test host. Checks outputs, the summary markdown, log groups, the annotation of a failed step, that a
 * planted secret never shows anywhere, and that SIGTERM cancels the build on the daemon.
 */
import { spawn } from 'node:child_process';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BuildkitClient } from '../../src/buildkit/client.js';
import { connect } from '../../src/buildkit/transport/connect.js';
import { parseEndpoint } from '../../src/buildkit/transport/endpoint.js';
import { BASE_IMAGE, DAEMONS, REGISTRY, STANDALONE, expectNoActiveBuilds, requireTestHost } from '../support/daemons.js';
import { makeProject, removeProjects } from '../support/project.js';
import { startGhaCacheEmulator } from '../support/gha-cache/emulator.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const MAIN = path.join(ROOT, 'dist/main/index.js');

interface RunnerResult {
  code: number | null;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
  elapsedMs: number;
}

/** Parses GITHUB_OUTPUT's `name<<DELIMITER` blocks. */
function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = lines[i].match(/^([^<=]+)<<(.+)$/);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]);
    out[m[1]] = value.join('\n');
  }
  return out;
}

function runAction(workspace: string, inputs: Record<string, string>, opts: { env?: Record<string, string>; onStart?: (kill: () => void) => void } = {}): Promise<RunnerResult> {
  const runnerDir = fs.mkdtempSync(path.join(workspace, '.runner-'));
  const files = { GITHUB_OUTPUT: 'output', GITHUB_STEP_SUMMARY: 'summary', GITHUB_STATE: 'state', GITHUB_ENV: 'env', GITHUB_PATH: 'path' };
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '/root',
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: runnerDir,
    GITHUB_REPOSITORY: 'bakekit/e2e',
    ...opts.env,
  };
  for (const [k, f] of Object.entries(files)) {
    env[k] = path.join(runnerDir, f);
    fs.writeFileSync(env[k], '');
  }
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [MAIN], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stdout += d.toString()));
    child.on('error', reject);
    opts.onStart?.(() => child.kill('SIGTERM'));
    child.on('close', (code) =>
      resolve({
        code,
        stdout,
        outputs: parseOutputFile(fs.readFileSync(env.GITHUB_OUTPUT, 'utf8')),
        summary: fs.readFileSync(env.GITHUB_STEP_SUMMARY, 'utf8'),
        elapsedMs: Date.now() - started,
      }),
    );
  });
}

const SECRET = `planted-${crypto.randomUUID()}`;

function workspace(): string {
  return makeProject({
    'docker-bake.hcl': `
group "default" { targets = ["app"] }
target "base" {
  context = "base"
  platforms = ["linux/amd64"]
}
target "app" {
  context = "app"
  contexts = { base = "target:base" }
  secret = ["id=token"]
  tags = ["${REGISTRY.replace('127.0.0.1', 'localhost')}/bakekit-e2e/app:\${TAG}"]
  output = ["type=image,push=true"]
}
target "broken" {
  context = "broken"
}
target "slow" {
  context = "broken"
  dockerfile = "Slow.Dockerfile"
}
variable "TAG" { default = "latest" }
`,
    'base/Dockerfile': `FROM ${BASE_IMAGE}\nRUN echo base > /base.txt\n`,
    // compares a digest of the secret: the value itself must not be in the Dockerfile (progress prints commands)
    'app/Dockerfile': `FROM base\nRUN --mount=type=secret,id=token,required=true test "$(sha256sum < /run/secrets/token)" = "${crypto.createHash('sha256').update(SECRET).digest('hex')}  -" && echo ok > /app.txt\n`,
    'broken/Dockerfile': `FROM ${BASE_IMAGE}\nRUN echo step one\nRUN echo "about to fail" && echo "last words" && exit 4\n`,
    'broken/Slow.Dockerfile': `FROM ${BASE_IMAGE}\nRUN echo "sleeping $(date +%s%N)" && sleep 120\n`,
  });
}

beforeAll(() => {
  requireTestHost();
  if (!fs.existsSync(MAIN)) throw new Error(`${MAIN} is missing: run npm run build`);
});
afterAll(() => removeProjects());

describe.each(DAEMONS)('the action bundle on $name', ({ endpoint }) => {
  it('builds, pushes, writes outputs, summary and groups, exports the GHA cache; secrets never show', async () => {
    const ws = workspace();
    const tag = `e2e-${Date.now()}`;
    const cache = await startGhaCacheEmulator();
    let r: RunnerResult;
    try {
      r = await runAction(ws, { builder: endpoint, secrets: `token=${SECRET}`, summary: 'true', set: '', files: '', targets: '', workdir: '.' }, {
        env: {
          TAG: tag,
          ACTIONS_RUNTIME_TOKEN: cache.token,
          ACTIONS_CACHE_URL: cache.v1Url,
          ACTIONS_RESULTS_URL: cache.resultsUrl,
          ACTIONS_CACHE_SERVICE_V2: 'true',
        },
      });
      // the default cache: one index per target (and platform set) in the runner's cache service
      const scopes = cache.entries().filter((e) => e.committed).map((e) => e.key);
      expect(scopes.some((k) => k.startsWith('index-app-'))).toBe(true);
      expect(scopes.some((k) => k.startsWith('index-base-linux-amd64-'))).toBe(true);
    } finally {
      await cache.close();
    }
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout).toContain(`::add-mask::${cache.token}`);
    // outputs
    const metadata = JSON.parse(r.outputs.metadata) as Record<string, Record<string, unknown>>;
    expect(Object.keys(metadata).sort()).toEqual(['app', 'base']);
    const digest = metadata.app['containerimage.digest'] as string;
    expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(JSON.parse(r.outputs.digests)).toEqual({ app: digest });
    expect(JSON.parse(r.outputs.images).app).toEqual([`localhost:5000/bakekit-e2e/app:${tag}`]);
    const res = await fetch(`http://${REGISTRY}/v2/bakekit-e2e/app/manifests/${tag}`, { method: 'HEAD', headers: { Accept: 'application/vnd.oci.image.index.v1+json, application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('docker-content-digest')).toBe(digest);
    // one log group per target, with the step counts
    expect(r.stdout).toMatch(/::group::✅ base — done in [\d.]+s, \d+\/\d+ steps cached/);
    expect(r.stdout).toMatch(/::group::✅ app — done in [\d.]+s, \d+\/\d+ steps cached/);
    expect(r.stdout).toMatch(/#\d+ \[[^\]]*\d\/\d\] RUN --mount=type=secret/);
    expect(r.stdout).toMatch(/#\d+ DONE \d+\.\d+s/);
    // summary
    expect(r.summary).toContain('| Target | Status | Duration | Steps cached | Platforms | Images | Digest | Cache |');
    expect(r.summary).toMatch(new RegExp(`\\| app \\| ✅ done \\| [\\d.]+s \\| \\d+/\\d+ \\| default \\| localhost:5000/bakekit-e2e/app:${tag} \\| \`${digest}\` \\|`));
    expect(r.summary).toMatch(/\| base \| ✅ done \| [\d.]+s \| \d+\/\d+ \| linux\/amd64 \|/);
    // the planted secret is nowhere
    // (the runner consumes `::add-mask::` itself: that is the one place the value must appear)
    expect(r.stdout).toContain(`::add-mask::${SECRET}`);
    const log = r.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n');
    for (const text of [log, r.summary, JSON.stringify(r.outputs)]) {
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain(cache.token);
    }
    expect(r.summary).toMatch(/⬆ gha \(max\)/);
  });

  it('a failing step fails the job with an annotation on the Dockerfile line', async () => {
    const ws = workspace();
    const r = await runAction(ws, { builder: endpoint, targets: 'broken', summary: 'true' });
    expect(r.code).toBe(1);
    // annotation properties are escaped by the toolkit (":" → %3A)
    expect(r.stdout).toMatch(/::error title=target broken%3A .*RUN .*,file=broken\/Dockerfile,line=3,endLine=3::target "broken": failed to solve: .*exit code: 4/);
    expect(r.stdout).toMatch(/::error::1 target\(s\) failed: broken/);
    expect(r.stdout).toMatch(/Last lines of output:%0A(.*%0A)?.*last words/);
    expect(r.stdout).toMatch(/::group::❌ broken — failed/);
    expect(r.summary).toMatch(/\| broken \| ❌ failed \|/);
  });
});

describe('cancellation', () => {
  it('SIGTERM during a long RUN cancels the solve on the daemon and exits promptly', async () => {
    const ws = workspace();
    const conn = await connect(parseEndpoint(STANDALONE));
    const client = new BuildkitClient(conn);
    try {
      let sentAt = 0;
      const r = await runAction(
        ws,
        { builder: STANDALONE, targets: 'slow', summary: 'true' },
        {
          onStart: (kill) => {
            void (async () => {
              // wait until the build is running on the daemon, give the RUN a moment, then cancel like a runner does
              const deadline = Date.now() + 30_000;
              while (Date.now() < deadline && (await client.activeBuilds(1000)).length === 0) await new Promise((res) => setTimeout(res, 200));
              await new Promise((res) => setTimeout(res, 2000));
              sentAt = Date.now();
              kill();
            })();
          },
        },
      );
      expect(sentAt).toBeGreaterThan(0);
      expect(r.code).not.toBe(0);
      expect(Date.now() - sentAt).toBeLessThan(10_000);
      expect(r.stdout).toMatch(/SIGTERM received: cancelling/);
      await expectNoActiveBuilds(client);
    } finally {
      await conn.close();
    }
  }, 120_000);
});
