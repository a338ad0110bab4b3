/**
 * Runs the committed action bundle (dist/main/index.js) exactly as a GitHub runner does: inputs as INPUT_*
 * variables, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY / GITHUB_STATE files, a GITHUB_WORKSPACE checkout — against
 * the real test host. Checks outputs, the summary markdown, log groups, the annotation of a failed step, that a
 * planted secret never shows anywhere, that SIGTERM cancels the build on the daemon, and what each input means
 * (allow, vars, ssh, call, the default provenance, source as a directory and as `{{defaultContext}}`).
 */
import { execFileSync, spawn } from 'node:child_process';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BuildkitClient } from '../../src/buildkit/client.js';
import { connect } from '../../src/buildkit/transport/connect.js';
import { parseEndpoint } from '../../src/buildkit/transport/endpoint.js';
import {
  BASE_IMAGE,
  DAEMONS,
  REGISTRY,
  STANDALONE,
  expectNoActiveBuilds,
  requireTestHost,
} from '../support/daemons.js';
import { git as gitIn, serveRepository } from '../support/git.js';
import { makeProject, removeProjects } from '../support/project.js';
import { startGhaCacheEmulator } from '../support/gha-cache/emulator.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// BAKEKIT_E2E_ACTION_MAIN: another bundle of src/action/index.ts (e.g. `npx ncc build src/action/index.ts -o DIR`,
// then DIR/index.js), to run these cases on a change before dist/ is rebuilt
const MAIN = process.env.BAKEKIT_E2E_ACTION_MAIN || path.join(ROOT, 'dist/main/index.js');

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

function runAction(
  workspace: string,
  inputs: Record<string, string>,
  opts: { env?: Record<string, string>; onStart?: (kill: () => void) => void } = {},
): Promise<RunnerResult> {
  const runnerDir = fs.mkdtempSync(path.join(workspace, '.runner-'));
  const files = {
    GITHUB_OUTPUT: 'output',
    GITHUB_STEP_SUMMARY: 'summary',
    GITHUB_STATE: 'state',
    GITHUB_ENV: 'env',
    GITHUB_PATH: 'path',
  };
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
// the github-token input: it becomes `ghtoken` of the gha cache exports (solve/cache/gha.ts), which the daemon uses for
// a REST call that fails offline (BuildKit then logs "error initializing active key map" and checks each layer as
// before); it must show nowhere either
const GH_TOKEN = `ghs_planted${crypto.randomUUID().replaceAll('-', '')}`;

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
  it('builds, pushes, writes outputs, summary and groups, exports the GHA cache; secrets and the github-token never show', async () => {
    const ws = workspace();
    const tag = `e2e-${Date.now()}`;
    const cache = await startGhaCacheEmulator();
    let r: RunnerResult;
    try {
      r = await runAction(
        ws,
        {
          builder: endpoint,
          secrets: `token=${SECRET}`,
          'github-token': GH_TOKEN,
          summary: 'true',
          set: '',
          files: '',
          targets: '',
          workdir: '.',
        },
        {
          env: {
            TAG: tag,
            ACTIONS_RUNTIME_TOKEN: cache.token,
            ACTIONS_CACHE_URL: cache.v1Url,
            ACTIONS_RESULTS_URL: cache.resultsUrl,
            ACTIONS_CACHE_SERVICE_V2: 'true',
          },
        },
      );
      // the default cache: one index per target (and platform set) in the runner's cache service
      const scopes = cache
        .entries()
        .filter((e) => e.committed)
        .map((e) => e.key);
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
    // bake-action's metadata is buildx's metadata file: each build's provenance from its record (min mode), with the
    // secret's id but never its value
    const provenance = metadata.app['buildx.build.provenance'] as Record<
      string,
      Record<string, Record<string, unknown>>
    >;
    expect(Object.keys(provenance)).toEqual(['builder', 'buildType', 'materials', 'invocation']);
    expect(provenance.invocation.parameters.frontend).toBe('dockerfile.v0');
    expect(provenance.invocation.parameters.secrets).toEqual([{ id: 'token' }]);
    expect(r.outputs.metadata).not.toContain(SECRET);
    expect((JSON.parse(r.outputs.images) as Record<string, string[]>).app).toEqual([
      `localhost:5000/bakekit-e2e/app:${tag}`,
    ]);
    const res = await fetch(`http://${REGISTRY}/v2/bakekit-e2e/app/manifests/${tag}`, {
      method: 'HEAD',
      headers: {
        Accept:
          'application/vnd.oci.image.index.v1+json, application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json',
      },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('docker-content-digest')).toBe(digest);
    // one log group per target, with the step counts
    expect(r.stdout).toMatch(/::group::✅ base — done in [\d.]+s, \d+\/\d+ steps cached/);
    expect(r.stdout).toMatch(/::group::✅ app — done in [\d.]+s, \d+\/\d+ steps cached/);
    expect(r.stdout).toMatch(/#\d+ \[[^\]]*\d\/\d\] RUN --mount=type=secret/);
    expect(r.stdout).toMatch(/#\d+ DONE \d+\.\d+s/);
    // summary
    // (the Warnings column: build-check warnings, being added to summary.ts alongside)
    expect(r.summary).toContain(
      '| Target | Status | Duration | Steps cached | Warnings | Platforms | Images | Digest | Cache |',
    );
    expect(r.summary).toMatch(
      new RegExp(
        `\\| app \\| ✅ done \\| [\\d.]+s \\| \\d+/\\d+ \\|( \\d+ \\|)? default \\| localhost:5000/bakekit-e2e/app:${tag} \\| \`${digest}\` \\|`,
      ),
    );
    expect(r.summary).toMatch(/\| base \| ✅ done \| [\d.]+s \| \d+\/\d+ \|( \d+ \|)? linux\/amd64 \|/);
    // the planted secret is nowhere
    // (the runner consumes `::add-mask::` itself: that is the one place the value must appear)
    expect(r.stdout).toContain(`::add-mask::${SECRET}`);
    const log = r.stdout
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n');
    expect(r.stdout).toContain(`::add-mask::${GH_TOKEN}`);
    for (const text of [log, r.summary, JSON.stringify(r.outputs)]) {
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain(cache.token);
      expect(text).not.toContain(GH_TOKEN);
    }
    expect(r.summary).toMatch(/⬆ gha \(max\)/);
  });

  it('a failing step fails the job with an annotation on the Dockerfile line', async () => {
    const ws = workspace();
    const r = await runAction(ws, { builder: endpoint, targets: 'broken', summary: 'true' });
    expect(r.code).toBe(1);
    // annotation properties are escaped by the toolkit (":" → %3A)
    expect(r.stdout).toMatch(
      /::error title=target broken%3A .*RUN .*,file=broken\/Dockerfile,line=3,endLine=3::target "broken": failed to solve: .*exit code: 4/,
    );
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
              while (Date.now() < deadline && (await client.activeBuilds(1000)).length === 0)
                await new Promise((res) => setTimeout(res, 200));
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

/** The log a runner shows: `::add-mask::` lines are the runner's own and never displayed. */
function shownLog(stdout: string): string {
  return stdout
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
}

const REGISTRY_NAME = REGISTRY.replace('127.0.0.1', 'localhost');
const ACCEPT =
  'application/vnd.oci.image.index.v1+json, application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.list.v2+json, application/vnd.docker.distribution.manifest.v2+json';

/** An OCI descriptor as the registry's index and manifest list them. */
interface Descriptor {
  digest: string;
  annotations?: Record<string, string>;
}

/** The parts of a provenance predicate the tests read (SLSA v0.2 and v1). */
interface ProvenancePredicate {
  builder?: { id?: string };
  runDetails?: { builder?: { id?: string } };
  buildConfig?: unknown;
  buildDefinition?: { internalParameters?: { buildConfig?: unknown } };
}

/** The provenance predicate attached to the pushed image `repo:tag` (its attestation manifest's in-toto layer). */
async function pushedProvenance(repo: string, tag: string): Promise<ProvenancePredicate | undefined> {
  const get = async <T>(url: string, accept = ACCEPT): Promise<T> => {
    const res = await fetch(`http://${REGISTRY}/v2/${repo}/${url}`, { headers: { Accept: accept } });
    if (res.status !== 200) throw new Error(`GET ${url}: ${res.status}`);
    return (await res.json()) as T;
  };
  const index = await get<{ manifests?: Descriptor[] }>(`manifests/${tag}`);
  const att = (index.manifests ?? []).find(
    (m) => m.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest',
  );
  if (!att) return undefined;
  const manifest = await get<{ layers: Descriptor[] }>(`manifests/${att.digest}`);
  const layer = manifest.layers.find((l) =>
    String(l.annotations?.['in-toto.io/predicate-type'] ?? '').includes('slsa.dev/provenance'),
  );
  if (!layer) return undefined;
  const statement = await get<{ predicate: ProvenancePredicate }>(`blobs/${layer.digest}`, '*/*');
  return statement.predicate;
}

/** The builder id and whether the provenance is max mode (SLSA v0.2: buildConfig; v1: the build's LLB definition). */
function provenanceSummary(p: ProvenancePredicate): { builderId?: string; max: boolean } {
  const builderId = p.builder?.id ?? p.runDetails?.builder?.id;
  const max = p.buildConfig !== undefined || p.buildDefinition?.internalParameters?.buildConfig !== undefined;
  return { builderId, max };
}

describe('action inputs on the standalone buildkitd', () => {
  const runEnv = { GITHUB_SERVER_URL: 'https://github.com', GITHUB_RUN_ID: '4242', GITHUB_RUN_ATTEMPT: '2' };
  const RUN_URL = 'https://github.com/bakekit/e2e/actions/runs/4242/attempts/2';

  it('cache-mounts: a cache mount saved to the GitHub Actions cache comes back after the daemon was pruned; a row in the summary', async () => {
    // the nonce in the command too: a cache mount's id is not part of the RUN step's cache key
    const nonce = crypto.randomBytes(6).toString('hex');
    const ws = makeProject({
      'docker-bake.hcl': 'target "counter" {\n  output = ["type=local,dest=out"]\n}\n',
      Dockerfile: `FROM ${BASE_IMAGE} AS build
RUN --mount=type=cache,id=e2e-${nonce},target=/data \\
    : ${nonce}; n=$(cat /data/n 2>/dev/null || echo 0); echo $((n + 1)) > /data/n; mkdir /out && cp /data/n /out/n
FROM scratch
COPY --from=build /out/ /
`,
    });
    const cache = await startGhaCacheEmulator();
    // one RUNNER_TEMP for both jobs, as on a hosted runner (the store's staging directory is part of each entry)
    const runnerTemp = fs.mkdtempSync(path.join(ws, '.temp-'));
    const env = {
      ACTIONS_RUNTIME_TOKEN: cache.token,
      ACTIONS_RESULTS_URL: cache.resultsUrl,
      ACTIONS_CACHE_SERVICE_V2: 'true',
      RUNNER_TEMP: runnerTemp,
    };
    const inputs = {
      builder: STANDALONE,
      targets: 'counter',
      cache: 'off',
      'cache-mounts-key': 'lock1',
      'cache-mounts-image': BASE_IMAGE,
    };
    const prefix = `bakekit-cache-mount-v1-counter-e2e-${nonce}-default-lock1-`;
    let first: RunnerResult, second: RunnerResult;
    try {
      first = await runAction(ws, inputs, { env });
      execFileSync('buildctl', ['--addr', STANDALONE, 'prune', '--all'], { stdio: 'pipe', timeout: 60_000 });
      second = await runAction(ws, inputs, { env });
    } finally {
      await cache.close();
    }
    expect(first.code, first.stdout).toBe(0);
    expect(second.code, second.stdout).toBe(0);
    const [r1] = JSON.parse(first.outputs['cache-mounts']) as Array<Record<string, unknown>>;
    expect(r1).toMatchObject({ id: `e2e-${nonce}`, targets: ['counter'], platform: 'default', saved: 'saved' });
    expect(r1.savedKey).toMatch(new RegExp(`^${prefix}[0-9a-f]{16}$`));
    expect(first.summary).toContain('#### Cache mounts');
    expect(first.summary).toContain('| Mount | Targets | Platform | Restored | Saved | Size | Time |');
    expect(first.summary).toMatch(
      new RegExp(
        `\\| e2e-${nonce} \\| counter \\| default \\| miss \\| ✅ saved as \`${prefix}[0-9a-f]{16}\` \\| [\\d.]+[KM]?i?B \\| [\\d.]+s \\|`,
      ),
    );
    expect(first.stdout).toContain('::group::Cache mounts (the GitHub Actions cache)');
    expect(first.stdout).toMatch(
      new RegExp(`cache mount e2e-${nonce} \\(counter, default\\): nothing restored \\(miss\\); saved as ${prefix}`),
    );
    // the second job, on a pruned daemon: the mount came back from the cache service
    const [r2] = JSON.parse(second.outputs['cache-mounts']) as Array<Record<string, unknown>>;
    expect(r2.restoredKey).toBe(r1.savedKey);
    expect(second.summary).toContain(`| e2e-${nonce} | counter | default | \`${String(r1.savedKey)}\` |`);
    for (const r of [first, second]) {
      const log = r.stdout
        .split('\n')
        .filter((l) => !l.startsWith('::add-mask::'))
        .join('\n');
      for (const text of [log, r.summary, JSON.stringify(r.outputs)]) expect(text).not.toContain(cache.token);
      // @actions/cache's own warnings and debug lines (headers, signed URLs) stay out of the log; its info lines
      // (sizes, hits, its tar command) are debug lines of the step
      expect(log).not.toMatch(/^::warning::/m);
      expect(log).not.toMatch(/sig=|signed_(?:upload|download)_url|^::debug::Headers:/m);
      expect(log).toMatch(/^::debug::\[command\][^\n]*tar /m);
    }
    // and the second job's RUN step found what the first left
    expect(fs.readFileSync(path.join(ws, 'out', 'n'), 'utf8').trim()).toBe('2');
  });

  it('allow: an output outside the workdir needs it; vars reach the bake file; a quoted multi-line secret arrives whole and never shows', async () => {
    const pem = [
      '-----BEGIN TEST KEY-----',
      `k${crypto.randomUUID()}`,
      `l${crypto.randomUUID()}`,
      '-----END TEST KEY-----',
      '',
    ].join('\n');
    const ws = makeProject({
      'proj/docker-bake.hcl': `
variable "GREETING" { default = "unset" }
target "vars" {
  dockerfile = "Vars.Dockerfile"
  args = { GREETING = GREETING }
  secret = ["id=pem"]
  output = ["type=local,dest=../exported-vars"]
}`,
      'proj/Vars.Dockerfile': `FROM ${BASE_IMAGE} AS build\nARG GREETING\nRUN --mount=type=secret,id=pem,required=true test "$(sha256sum < /run/secrets/pem)" = "${crypto.createHash('sha256').update(pem).digest('hex')}  -" && echo "$GREETING" > /greeting.txt\nFROM scratch\nCOPY --from=build /greeting.txt /\n`,
    });
    const inputs = {
      builder: STANDALONE,
      workdir: 'proj',
      targets: 'vars',
      vars: 'GREETING=hello, world\nUNUSED="x"',
      secrets: `"pem=${pem}"\n`,
      summary: 'false',
    };
    const refused = await runAction(ws, inputs, { env: runEnv });
    expect(refused.code).toBe(1);
    // the destination does not exist yet: the directory it is created in is what needs allowing
    expect(refused.stdout).toMatch(
      /output type=local writes \.\.\/exported-vars, outside the working directory: needs --allow=fs\.write=\.\. /,
    );
    expect(fs.existsSync(path.join(ws, 'exported-vars'))).toBe(false);

    const r = await runAction(ws, { ...inputs, allow: '"fs.write=.."' }, { env: runEnv });
    expect(r.code, r.stdout).toBe(0);
    expect(fs.readFileSync(path.join(ws, 'exported-vars/greeting.txt'), 'utf8')).toBe('hello, world\n');
    for (const line of pem.split('\n').filter((l) => l.length > 3)) {
      expect(r.stdout).toContain(`::add-mask::${line}`);
      for (const run of [r, refused]) expect(shownLog(run.stdout)).not.toContain(line);
    }
  });

  it('ssh: a key file given as ID=KEY is forwarded to RUN --mount=type=ssh', async () => {
    const ws = makeProject({
      'docker-bake.hcl': `target "ssh" {\n  dockerfile = "Ssh.Dockerfile"\n  output = ["type=cacheonly"]\n}\n`,
      'Ssh.Dockerfile': `FROM ${BASE_IMAGE}\nRUN --mount=type=ssh,id=deploy,required=true test -S "$SSH_AUTH_SOCK" && echo "agent at $SSH_AUTH_SOCK" && echo ${crypto.randomUUID()}\n`,
    });
    execFileSync('ssh-keygen', [
      '-q',
      '-t',
      'ed25519',
      '-N',
      '',
      '-C',
      'bakekit-e2e',
      '-f',
      path.join(ws, 'deploy_key'),
    ]);
    const r = await runAction(
      ws,
      { builder: STANDALONE, targets: 'ssh', ssh: 'deploy=deploy_key', summary: 'false' },
      { env: runEnv },
    );
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout).toMatch(/agent at \//);
    // without the input the mount has no agent and `required=true` fails the build (no-cache: the step ran above)
    const without = await runAction(
      ws,
      { builder: STANDALONE, targets: 'ssh', 'no-cache': 'true', summary: 'false' },
      { env: runEnv },
    );
    expect(without.code).toBe(1);
  });

  it('call=outline runs without building or exporting anything', async () => {
    const ws = makeProject({
      'docker-bake.hcl': `target "outlined" {\n  dockerfile = "Call.Dockerfile"\n  output = ["type=local,dest=out-call"]\n}\n`,
      'Call.Dockerfile': `FROM ${BASE_IMAGE}\nARG WHO=world\nRUN echo "built $(date +%s%N)" > /built.txt\n`,
    });
    const r = await runAction(
      ws,
      { builder: STANDALONE, targets: 'outlined', call: 'outline', summary: 'true' },
      { env: runEnv },
    );
    expect(r.code, r.stdout).toBe(0);
    // nothing exported: buildx 0.29 (`docker buildx bake --call outline`) runs the local exporter on an empty result,
    // leaving an empty directory, and so does bakekit
    const out = path.join(ws, 'out-call');
    expect(fs.existsSync(out) ? fs.readdirSync(out) : [], r.stdout).toEqual([]);
    expect(r.stdout).not.toMatch(/RUN echo "built/);
    expect(JSON.parse(r.outputs.digests)).toEqual({});
    // the outline as buildx prints it (the integration test build/call.test.ts compares it with buildx byte for byte)
    expect(r.stdout).toMatch(/BUILD ARG\s+VALUE\s+DESCRIPTION/);
    expect(r.stdout).toMatch(/WHO\s+world/);
  });

  it('build checks: annotations on their Dockerfile lines and a warnings column; call=check fails the step as buildx exits 1', async () => {
    const ws = makeProject({
      'docker-bake.hcl': `target "linted" {\n  dockerfile = "Lint.Dockerfile"\n  output = ["type=cacheonly"]\n}\n`,
      'Lint.Dockerfile': `FROM ${BASE_IMAGE} as base\nENV color blue\nRUN echo ${crypto.randomUUID()}\n`,
    });
    const warnings = (stdout: string) => stdout.split('\n').filter((l) => l.startsWith('::warning '));
    const r = await runAction(ws, { builder: STANDALONE, targets: 'linted', summary: 'true' }, { env: runEnv });
    expect(r.code, r.stdout).toBe(0);
    const ann = warnings(r.stdout);
    expect(
      ann.filter((l) => /file=[^,]*Lint\.Dockerfile,line=1::FromAsCasing: /.test(l)),
      r.stdout,
    ).toHaveLength(1);
    expect(
      ann.filter((l) => /file=[^,]*Lint\.Dockerfile,line=2::LegacyKeyValueFormat: /.test(l)),
      r.stdout,
    ).toHaveLength(1);
    expect(r.stdout).toContain('Generating GitHub annotations (2 build checks found)');
    expect(r.summary).toMatch(/\| linted \| ✅ done \|.*\| ⚠️ 2 \|/);
    // `metadata` has them too, as buildx writes them under bake-action's BUILDX_METADATA_WARNINGS=true
    const md = JSON.parse(r.outputs.metadata) as Record<string, unknown>;
    const listed = md['buildx.build.warnings'] as Array<{ short: string; range: unknown[] }>;
    expect(listed.map((w) => Buffer.from(w.short, 'base64').toString().split(':')[0]).sort()).toEqual([
      'FromAsCasing',
      'LegacyKeyValueFormat',
    ]);

    const c = await runAction(
      ws,
      { builder: STANDALONE, targets: 'linted', call: 'check', summary: 'false' },
      { env: runEnv },
    );
    expect(c.code, c.stdout).toBe(1);
    expect(c.stdout).toMatch(/Check complete, 2 warnings have been found!/);
    expect(warnings(c.stdout).filter((l) => /Lint\.Dockerfile,line=[12]::/.test(l))).toHaveLength(2);
    expect(c.outputs.metadata ?? '{}').not.toContain('buildx.build.warnings');
  });

  describe('the default provenance (bake-action v7)', () => {
    const bake = (repo: string, tag: string) => `
target "default-prov" {
  dockerfile = "Prov.Dockerfile"
  tags = ["${REGISTRY_NAME}/${repo}:${tag}"]
  output = ["type=image,push=true"]
}
target "own-prov" {
  dockerfile = "Prov.Dockerfile"
  attest = ["type=provenance,mode=min"]
  tags = ["${REGISTRY_NAME}/${repo}:${tag}-own"]
  output = ["type=image,push=true"]
}`;
    const event = (ws: string, priv: boolean) => {
      const file = path.join(ws, 'event.json');
      fs.writeFileSync(file, JSON.stringify({ repository: { full_name: 'bakekit/e2e', private: priv } }));
      return file;
    };

    it('public repository: mode=max with the run as builder-id; a target with its own provenance keeps it', async () => {
      const tag = `pub-${Date.now()}`;
      const ws = makeProject({
        'docker-bake.hcl': bake('bakekit-e2e/prov', tag),
        'Prov.Dockerfile': `FROM ${BASE_IMAGE}\nRUN echo ${tag} > /tag.txt\n`,
      });
      const r = await runAction(
        ws,
        { builder: STANDALONE, targets: 'default-prov,own-prov', summary: 'false' },
        { env: { ...runEnv, GITHUB_EVENT_PATH: event(ws, false) } },
      );
      expect(r.code, r.stdout).toBe(0);
      const def = await pushedProvenance('bakekit-e2e/prov', tag);
      expect(def && provenanceSummary(def)).toEqual({ builderId: RUN_URL, max: true });
      const own = await pushedProvenance('bakekit-e2e/prov', `${tag}-own`);
      expect(own && provenanceSummary(own).max).toBe(false);
      expect(own && provenanceSummary(own).builderId).not.toBe(RUN_URL);
    });

    it('private repository: mode=min,inline-only=true with the run as builder-id', async () => {
      const tag = `priv-${Date.now()}`;
      const ws = makeProject({
        'docker-bake.hcl': bake('bakekit-e2e/prov', tag),
        'Prov.Dockerfile': `FROM ${BASE_IMAGE}\nRUN echo ${tag} > /tag.txt\n`,
      });
      const r = await runAction(
        ws,
        { builder: STANDALONE, targets: 'default-prov', summary: 'false' },
        { env: { ...runEnv, GITHUB_EVENT_PATH: event(ws, true) } },
      );
      expect(r.code, r.stdout).toBe(0);
      const def = await pushedProvenance('bakekit-e2e/prov', tag);
      expect(def && provenanceSummary(def)).toEqual({ builderId: RUN_URL, max: false });
    });

    it('the provenance input replaces the default (as --provenance): false attaches none', async () => {
      const tag = `off-${Date.now()}`;
      const ws = makeProject({
        'docker-bake.hcl': bake('bakekit-e2e/prov', tag),
        'Prov.Dockerfile': `FROM ${BASE_IMAGE}\nRUN echo ${tag} > /tag.txt\n`,
      });
      const r = await runAction(
        ws,
        { builder: STANDALONE, targets: 'default-prov', provenance: 'false', summary: 'false' },
        { env: { ...runEnv, GITHUB_EVENT_PATH: event(ws, false) } },
      );
      expect(r.code, r.stdout).toBe(0);
      expect(await pushedProvenance('bakekit-e2e/prov', tag)).toBeUndefined();
    });
  });

  it('source: a directory runs the bake there', async () => {
    const ws = makeProject({
      'docker-bake.hcl': 'target "default" {\n  dockerfile = "Missing.Dockerfile"\n}\n',
      'sub/docker-bake.hcl': 'target "default" {\n  output = ["type=local,dest=out"]\n}\n',
      'sub/Dockerfile': `FROM ${BASE_IMAGE} AS build\nRUN echo from-sub > /where.txt\nFROM scratch\nCOPY --from=build /where.txt /\n`,
    });
    const r = await runAction(ws, { builder: STANDALONE, source: 'sub', summary: 'false' }, { env: runEnv });
    expect(r.code, r.stdout).toBe(0);
    expect(fs.readFileSync(path.join(ws, 'sub/out/where.txt'), 'utf8')).toBe('from-sub\n');
    const missing = await runAction(ws, { builder: STANDALONE, source: 'nope', summary: 'false' }, { env: runEnv });
    expect(missing.code).toBe(1);
    expect(missing.stdout).toContain('::error::Invalid source: nope does not exist or is not a directory.');
  });

  it('source: {{defaultContext}} builds the event repository at GITHUB_SHA, fetched by the daemon with the host-scoped token', async () => {
    // The repository as a Git server would hold it: a bare repository served over Git's dumb HTTP protocol on
    // 127.0.0.1, standing in for GITHUB_SERVER_URL (the daemon has no network to github.com).
    // the bake definition is the repository's too (buildx reads a remote definition's files from the repository)
    // A build says whether the token was given to it (a secret mount that is not required is left out when the
    // session has no such secret): the repository's own target gets it, a `cwd://` one of the workspace does not.
    const tokenProbe = (what: string) =>
      `FROM ${BASE_IMAGE} AS build\nARG SECRET_ID\nRUN --mount=type=secret,id=\${SECRET_ID},target=/tok if [ -s /tok ]; then echo given; else echo withheld; fi > /token.txt && echo ${what} > /where.txt\nFROM scratch\nCOPY --from=build /where.txt /token.txt /\n`;
    const repo = await serveRepository({
      'docker-bake.hcl':
        'variable "GIT_HOST" {}\ngroup "default" { targets = ["root", "app", "local"] }\ntarget "root" {\n  args = { SECRET_ID = "GIT_AUTH_TOKEN.${GIT_HOST}" }\n  output = ["type=local,dest=out-root"]\n}\ntarget "app" {\n  context = "app"\n  output = ["type=local,dest=out-app"]\n}\ntarget "local" {\n  context = "cwd://local"\n  args = { SECRET_ID = "GIT_AUTH_TOKEN.${GIT_HOST}" }\n  output = ["type=local,dest=out-local"]\n}\n',
      Dockerfile: tokenProbe('from-git'),
      'app/Dockerfile': `FROM ${BASE_IMAGE} AS build\nRUN echo app-from-git > /where.txt\nFROM scratch\nCOPY --from=build /where.txt /\n`,
    });
    const { host, sha, requests } = repo;
    const token = `ghs_${crypto.randomUUID().replace(/-/g, '')}`;
    try {
      // the workspace: a bake file of its own that would fail (no such Dockerfile), and Dockerfiles that would say
      // "from-workspace": neither is read
      const ws = makeProject({
        'docker-bake.hcl': 'target "default" {\n  dockerfile = "Missing.Dockerfile"\n}\n',
        Dockerfile: `FROM ${BASE_IMAGE} AS build\nRUN echo from-workspace > /where.txt\nFROM scratch\nCOPY --from=build /where.txt /\n`,
        'app/Dockerfile': `FROM ${BASE_IMAGE} AS build\nRUN echo from-workspace > /where.txt\nFROM scratch\nCOPY --from=build /where.txt /\n`,
        'local/Dockerfile': tokenProbe('from-cwd'),
      });
      const r = await runAction(
        ws,
        { builder: STANDALONE, source: '{{defaultContext}}', 'github-token': token, summary: 'false' },
        {
          env: {
            ...runEnv,
            GITHUB_SERVER_URL: `http://${host}`,
            GITHUB_REPOSITORY: 'owner/repo',
            GITHUB_SHA: sha,
            GITHUB_REF: 'refs/heads/main',
            GITHUB_EVENT_PATH: path.join(ws, 'no-event.json'),
            GIT_HOST: host,
          },
        },
      );
      expect(r.code, r.stdout).toBe(0);
      // the resolved source: the repository URL at the event commit, as actions-toolkit's Build.gitContext() gives it
      expect(r.stdout).toContain(`source: http://${host}/owner/repo.git#${sha}`);
      expect(fs.readFileSync(path.join(ws, 'out-root/where.txt'), 'utf8')).toBe('from-git\n');
      expect(fs.readFileSync(path.join(ws, 'out-app/where.txt'), 'utf8')).toBe('app-from-git\n');
      // the token goes to the builds on the repository's host, as buildx >= 0.32 gives it, and to no other
      expect(fs.readFileSync(path.join(ws, 'out-root/token.txt'), 'utf8')).toBe('given\n');
      expect(fs.readFileSync(path.join(ws, 'out-local/where.txt'), 'utf8')).toBe('from-cwd\n');
      expect(fs.readFileSync(path.join(ws, 'out-local/token.txt'), 'utf8')).toBe('withheld\n');
      // the daemon fetched it from the server, with the token scoped to that host (GIT_AUTH_TOKEN.<host>)
      expect(requests.some((q) => q.url.startsWith('/owner/repo.git/'))).toBe(true);
      expect(
        requests.some(
          (q) =>
            q.auth === `basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}` ||
            q.auth === `Basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`,
        ),
      ).toBe(true);
      expect(r.stdout).toContain(`::add-mask::${token}`);
      expect(shownLog(r.stdout)).not.toContain(token);
    } finally {
      repo.close();
    }
  });
});

describe('matrix mode', () => {
  it('matrix: true plans the build jobs from the definition, builds nothing; matrix-changed keeps what a pull request changed', async () => {
    const ws = workspace();
    const git = (...args: string[]) => gitIn(ws, ...args);
    fs.writeFileSync(path.join(ws, '.gitignore'), '.runner-*\nevent.json\n');
    git('init', '-q', '-b', 'main');
    git('add', '.');
    git('commit', '-q', '-m', 'base');
    const base = git('rev-parse', 'HEAD');
    // a builder that does not exist: planning never connects
    const inputs = { builder: 'tcp://127.0.0.1:1', secrets: `token=${SECRET}`, matrix: 'true', summary: 'true' };
    const r = await runAction(ws, inputs);
    expect(r.code, r.stdout).toBe(0);
    // docker/bake-action subaction/matrix's shape; base is listed as --print app lists it
    expect(r.outputs.matrix).toBe('[{"target":"app"},{"target":"base"}]');
    expect(JSON.parse(r.outputs.layers)).toEqual([
      [{ target: 'base', targets: 'base' }],
      [{ target: 'app', targets: 'base,app' }],
    ]);
    expect(r.outputs['layer-count']).toBe('2');
    expect(r.outputs.metadata).toBeUndefined();
    expect(r.summary).toContain('### bakekit matrix');

    // a pull request that changes base's Dockerfile: base, and app that consumes it
    fs.appendFileSync(path.join(ws, 'base/Dockerfile'), 'RUN echo changed\n');
    git('commit', '-q', '-am', 'change base');
    fs.writeFileSync(path.join(ws, 'event.json'), JSON.stringify({ pull_request: { base: { sha: base } } }));
    const env = { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: path.join(ws, 'event.json') };
    const changed = await runAction(ws, { ...inputs, 'matrix-changed': 'true', 'matrix-fields': 'platforms' }, { env });
    expect(changed.code, changed.stdout).toBe(0);
    // matrix-fields: platforms — app sets none, base one
    expect(changed.outputs.matrix).toBe('[{"target":"app"},{"target":"base","platforms":"linux/amd64"}]');
    expect(changed.stdout).toContain(
      `changed since ${base} (pull_request event, pull_request.base.sha): 2 of 2 target(s)`,
    );
    // one that changes only a file outside every context: nothing to build
    fs.writeFileSync(path.join(ws, 'NOTES.txt'), 'not in any context\n');
    git('add', '.');
    git('commit', '-q', '-m', 'notes');
    const none = await runAction(ws, { ...inputs, 'matrix-base': 'HEAD~1' }, { env });
    expect(none.outputs).toMatchObject({ matrix: '[]', layers: '[]', 'layer-count': '0' });
    for (const out of [r, changed, none]) expect(shownLog(out.stdout)).not.toContain(SECRET);
  });
});
