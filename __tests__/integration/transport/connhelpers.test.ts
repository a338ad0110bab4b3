/**
 * The dial-stdio transports beyond the local machine, each with a real build:
 *   ssh://       the test host's real sshd on loopback (scripts/test-host.sh sshd), logging in with a key from an
 *                ssh-agent of the test's own (SSH_AUTH_SOCK), running the real buildctl dial-stdio in front of the
 *                standalone buildkitd;
 *   kube-pod://  a fake kubectl first on PATH (support/fake-kubectl.ts) that records its argv and execs the real
 *                buildctl dial-stdio in the dial-stdio container; the transport cannot tell;
 *   buildx builders by name: a kubernetes-driver builder (pod looked up with `kubectl get pods`) and remote-driver
 *                builders whose endpoints are ssh:// and kube-pod://, from a buildx store in a temp BUILDX_CONFIG.
 * Failures name the endpoint, the command that failed and its stderr. Nothing here skips: a missing sshd or daemon
 * fails (npm test brings the test host up).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BuildkitClient } from '../../../src/buildkit/client.js';
import type { WorkerRecord } from '../../../src/buildkit/proto/worker.pb.js';
import { connect, ConnectError, type BuildkitConnection } from '../../../src/buildkit/transport/connect.js';
import { parseEndpoint } from '../../../src/buildkit/transport/endpoint.js';
import { runBuild, type RunResult } from '../../../src/solve/run/run.js';
import { emptyTarget } from '../../../src/solve/target/spec.js';
import { BASE_IMAGE, requireTestHost } from '../../support/daemons.js';
import { ensureDialStdioContainer } from '../../support/dial-stdio-container.js';
import { makeFakeKubectl, type FakeKubectl } from '../../support/fake-kubectl.js';
import { makeProject, removeProjects } from '../../support/project.js';
import {
  requireTestSshd,
  startSshAgent,
  testSshdUrl,
  throwawayKey,
  TEST_SSHD,
  type SshAgent,
} from '../../support/test-sshd.js';

const SOCKET = '/run/buildkit/buildkitd.sock';
const saved = { PATH: process.env.PATH, SSH_AUTH_SOCK: process.env.SSH_AUTH_SOCK };
let agent: SshAgent;
let kubectl: FakeKubectl;
let buildxConfig: string;

beforeAll(async () => {
  requireTestHost();
  requireTestSshd();
  agent = await startSshAgent(fs.readFileSync(TEST_SSHD.clientKey, 'utf8'));
  kubectl = makeFakeKubectl(await ensureDialStdioContainer());
  kubectl.setPod('buildkitd-0');
  process.env.SSH_AUTH_SOCK = agent.socket;
  process.env.PATH = `${kubectl.dir}:${saved.PATH}`;
  buildxConfig = fs.mkdtempSync(path.join(os.tmpdir(), 'bakekit-buildx-connhelpers-'));
  fs.mkdirSync(path.join(buildxConfig, 'instances'));
}, 150_000);

afterAll(async () => {
  process.env.PATH = saved.PATH;
  if (saved.SSH_AUTH_SOCK === undefined) delete process.env.SSH_AUTH_SOCK;
  else process.env.SSH_AUTH_SOCK = saved.SSH_AUTH_SOCK;
  await agent?.stop();
  kubectl?.remove();
  if (buildxConfig) fs.rmSync(buildxConfig, { recursive: true, force: true });
  removeProjects();
});

/** Writes a buildx builder (store/nodegroup.go NodeGroup JSON) into the test's BUILDX_CONFIG. */
function writeBuilder(name: string, driver: string, nodes: Array<Record<string, unknown>>): void {
  const group = {
    Name: name,
    Driver: driver,
    Nodes: nodes.map((n) => ({ Platforms: null, DriverOpts: null, Flags: null, Files: null, ...n })),
    Dynamic: false,
  };
  fs.writeFileSync(path.join(buildxConfig, 'instances', name), JSON.stringify(group));
}
const storeEnv = () => ({ ...process.env, BUILDX_CONFIG: buildxConfig });

/** The daemon's workers, through the connection's channel. */
function listWorkers(conn: BuildkitConnection): Promise<WorkerRecord[]> {
  return new BuildkitClient(conn).listWorkers(AbortSignal.timeout(10_000));
}

function expectOk(result: RunResult): void {
  expect(
    result.targets.filter((t) => t.status !== 'done').map((t) => `${t.target}: ${t.status} ${t.error?.message ?? ''}`),
  ).toEqual([]);
}

/** A small build with a local context and a RUN, exported as type=local; returns what it wrote. */
async function buildThrough(conn: BuildkitConnection, marker: string): Promise<string> {
  const dir = makeProject({
    Dockerfile: `FROM ${BASE_IMAGE}\nCOPY greeting.txt /in/greeting.txt\nRUN cat /in/greeting.txt > /result.txt && echo built >> /result.txt\n`,
    'greeting.txt': `${marker}\n`,
  });
  const out = path.join(dir, 'out');
  const result = await runBuild(
    [{ ...emptyTarget('app', dir), dockerfile: path.join(dir, 'Dockerfile'), outputs: [{ type: 'local', dest: out }] }],
    { connection: conn, cwd: dir, env: process.env },
  );
  expectOk(result);
  return fs.readFileSync(path.join(out, 'result.txt'), 'utf8');
}

/** connect() that is expected to fail: its error, and how long it took. */
async function failedConnect(spec: string, env: NodeJS.ProcessEnv = process.env): Promise<{ err: Error; ms: number }> {
  const started = Date.now();
  const err = await connect(parseEndpoint(spec, undefined, { env })).then(
    async (conn) => {
      await conn.close();
      return new Error(`connected to ${spec}`);
    },
    (e: unknown) => e as Error,
  );
  return { err, ms: Date.now() - started };
}

describe('ssh:// through the real sshd', () => {
  test('a build through ssh://root@127.0.0.1:2222/run/buildkit/buildkitd.sock', async () => {
    const conn = await connect(parseEndpoint(testSshdUrl(SOCKET)));
    try {
      expect(conn.description).toBe('ssh://root@127.0.0.1:2222/run/buildkit/buildkitd.sock');
      expect(await buildThrough(conn, 'hello over ssh')).toBe('hello over ssh\nbuilt\n');
    } finally {
      await conn.close();
    }
  }, 120_000);

  test('without a socket path the remote buildctl uses its default address', async () => {
    const conn = await connect(parseEndpoint(testSshdUrl()));
    try {
      expect((await listWorkers(conn)).length).toBeGreaterThan(0);
    } finally {
      await conn.close();
    }
  }, 60_000);

  test("a key the server does not accept: the endpoint, the ssh command and ssh's own words", async () => {
    const wrong = await startSshAgent(throwawayKey());
    process.env.SSH_AUTH_SOCK = wrong.socket;
    try {
      const { err, ms } = await failedConnect(testSshdUrl(SOCKET));
      expect(err).toBeInstanceOf(ConnectError);
      expect(err.message).toBe(
        'cannot reach BuildKit at ssh://root@127.0.0.1:2222/run/buildkit/buildkitd.sock: ' +
          'ssh -l root -p 2222 -- 127.0.0.1 buildctl --addr unix:///run/buildkit/buildkitd.sock dial-stdio failed: ' +
          'root@127.0.0.1: Permission denied (publickey).',
      );
      expect(ms).toBeLessThan(10_000); // three refused logins end it, not the ready timeout
    } finally {
      process.env.SSH_AUTH_SOCK = agent.socket;
      await wrong.stop();
    }
  }, 30_000);

  test("a socket that does not exist on the remote side: buildctl's error", async () => {
    const { err } = await failedConnect(testSshdUrl('/run/buildkit/nonexistent.sock'));
    expect(err).toBeInstanceOf(ConnectError);
    expect(err.message).toMatch(
      /^cannot reach BuildKit at ssh:\/\/root@127\.0\.0\.1:2222\/run\/buildkit\/nonexistent\.sock: ssh .* dial-stdio failed: error: dial unix \/run\/buildkit\/nonexistent\.sock: connect: no such file or directory$/,
    );
  }, 30_000);

  test('nothing listening', async () => {
    const { err } = await failedConnect('ssh://root@127.0.0.1:1');
    expect(err.message).toMatch(
      /^cannot reach BuildKit at ssh:\/\/root@127\.0\.0\.1:1: ssh -l root -p 1 -- 127\.0\.0\.1 buildctl dial-stdio failed: ssh: connect to host 127\.0\.0\.1 port 1: Connection refused$/,
    );
  }, 30_000);

  test('a buildx remote-driver builder with an ssh:// endpoint, by name', async () => {
    writeBuilder('over-ssh', 'remote', [{ Name: 'over-ssh0', Endpoint: testSshdUrl(SOCKET) }]);
    const conn = await connect(parseEndpoint('over-ssh', undefined, { env: storeEnv() }));
    try {
      expect(conn.description).toBe('ssh://root@127.0.0.1:2222/run/buildkit/buildkitd.sock (buildx builder over-ssh)');
      expect((await listWorkers(conn)).length).toBeGreaterThan(0);
    } finally {
      await conn.close();
    }
  }, 60_000);
});

describe('kube-pod:// through kubectl (a fake one in front of the real buildctl dial-stdio)', () => {
  const EXEC = ['exec', '--container=buildkitd', '-i', 'buildkitd-0', '--', 'buildctl', 'dial-stdio'];

  test("a build through kube-pod://buildkitd-0?namespace=buildkit&container=buildkitd; every run has kubepod.go's argv", async () => {
    kubectl.clearCalls();
    const conn = await connect(parseEndpoint('kube-pod://buildkitd-0?namespace=buildkit&container=buildkitd'));
    try {
      expect(conn.description).toBe('kube-pod://buildkitd-0?namespace=buildkit&container=buildkitd');
      expect(await buildThrough(conn, 'hello from a pod')).toBe('hello from a pod\nbuilt\n');
    } finally {
      await conn.close();
    }
    const calls = kubectl.calls();
    expect(calls.length).toBeGreaterThan(0);
    for (const argv of calls) expect(argv).toEqual(['--context=', '--namespace=buildkit', ...EXEC]);
  }, 120_000);

  test('a pod that does not exist: the endpoint, the kubectl command and its error', async () => {
    const { err, ms } = await failedConnect('kube-pod://nosuch-0?context=user@cluster');
    expect(err).toBeInstanceOf(ConnectError);
    expect(err.message).toBe(
      'cannot reach BuildKit at kube-pod://nosuch-0?context=user@cluster: ' +
        'kubectl --context=user@cluster --namespace= exec --container= -i nosuch-0 -- buildctl dial-stdio failed: ' +
        'Error from server (NotFound): pods "nosuch-0" not found',
    );
    expect(ms).toBeLessThan(10_000);
  }, 30_000);

  test('a buildx remote-driver builder with a kube-pod:// endpoint, by name', async () => {
    writeBuilder('over-pod', 'remote', [{ Name: 'over-pod0', Endpoint: 'kube-pod://buildkitd-0?context=ci' }]);
    kubectl.clearCalls();
    const conn = await connect(parseEndpoint('over-pod', undefined, { env: storeEnv() }));
    try {
      expect((await listWorkers(conn)).length).toBeGreaterThan(0);
    } finally {
      await conn.close();
    }
    expect(kubectl.calls()[0]).toEqual([
      '--context=ci',
      '--namespace=',
      'exec',
      '--container=',
      '-i',
      'buildkitd-0',
      '--',
      'buildctl',
      'dial-stdio',
    ]);
  }, 60_000);
});

describe('buildx kubernetes-driver builders by name', () => {
  const NODE = 'buildkit-4c2ed3ed-970f-4f3d-a6df-a4fcbab4d5cf-d9d73';
  const pod = (name: string, phase: string, deleting = false) => ({
    metadata: {
      name,
      namespace: 'buildkit',
      labels: { app: NODE },
      ...(deleting ? { deletionTimestamp: '2026-01-01T00:00:00Z' } : {}),
    },
    spec: { containers: [{ name: 'buildkitd' }] },
    status: { phase },
  });

  beforeAll(() => {
    // what `KUBECONFIG=/home/ci/.kube/config docker buildx create --driver kubernetes --name k8s --driver-opt namespace=buildkit` stores
    writeBuilder('k8s', 'kubernetes', [
      {
        Name: NODE,
        Endpoint: `kubernetes:///k8s?deployment=${NODE}&kubeconfig=%2Fhome%2Fci%2F.kube%2Fconfig`,
        DriverOpts: { namespace: 'buildkit' },
      },
    ]);
  });

  test('a build through the running pod kubectl finds for the deployment', async () => {
    const running = `${NODE}-7d9c4-ccccc`;
    kubectl.setPodList({
      items: [
        pod(running, 'Running'),
        pod(`${NODE}-7d9c4-aaaaa`, 'Running', true),
        pod(`${NODE}-7d9c4-bbbbb`, 'Pending'),
      ],
    });
    kubectl.setPod(running);
    kubectl.clearCalls();
    const conn = await connect(parseEndpoint('k8s', undefined, { env: storeEnv() }));
    try {
      expect(conn.description).toBe(`kubernetes deployment ${NODE} in namespace buildkit (buildx builder k8s)`);
      expect(await buildThrough(conn, 'hello from a deployment')).toBe('hello from a deployment\nbuilt\n');
    } finally {
      await conn.close();
      kubectl.setPod('buildkitd-0');
    }
    const [list, ...execs] = kubectl.calls();
    expect(list).toEqual([
      '--kubeconfig=/home/ci/.kube/config',
      '--namespace=buildkit',
      'get',
      'pods',
      `--selector=app=${NODE}`,
      '--output=json',
    ]);
    expect(execs.length).toBeGreaterThan(0);
    for (const argv of execs) {
      expect(argv).toEqual([
        '--kubeconfig=/home/ci/.kube/config',
        '--context=',
        '--namespace=buildkit',
        'exec',
        '--container=buildkitd',
        '-i',
        `${NODE}-7d9c4-ccccc`,
        '--',
        'buildctl',
        'dial-stdio',
      ]);
    }
  }, 120_000);

  test('no running pod: a clear error, and nothing is started', async () => {
    kubectl.setPodList({ items: [pod(`${NODE}-7d9c4-bbbbb`, 'Pending')] });
    kubectl.clearCalls();
    const { err } = await failedConnect('k8s', storeEnv());
    expect(err).toBeInstanceOf(ConnectError);
    expect(err.message).toBe(
      `cannot connect to BuildKit at kubernetes deployment ${NODE} in namespace buildkit (buildx builder k8s): ` +
        `no running BuildKit pod for deployment "${NODE}" in namespace "buildkit" (pods with app=${NODE}: ${NODE}-7d9c4-bbbbb (Pending)); ` +
        'bakekit does not create or start builders: bootstrap it first (docker buildx inspect --bootstrap)',
    );
    expect(kubectl.calls().map((argv) => argv.includes('exec'))).toEqual([false]);
  }, 30_000);
});
