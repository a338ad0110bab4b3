import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  choosePod,
  describeKubernetes,
  KubernetesBuilderError,
  kubernetesDeployment,
  listPodsCommand,
  resolveKubernetesPod,
  type KubernetesDeployment,
} from '../../../../src/buildkit/transport/kubernetes.js';

const deployment: KubernetesDeployment = { deployment: 'buildkit-abc', selector: 'app=buildkit-abc' };

function pod(
  name: string,
  phase: string,
  extra: { namespace?: string; deleting?: boolean; containers?: string[] } = {},
) {
  return {
    metadata: {
      name,
      namespace: extra.namespace ?? 'default',
      ...(extra.deleting ? { deletionTimestamp: '2026-01-01T00:00:00Z' } : {}),
    },
    spec: { containers: (extra.containers ?? ['buildkitd']).map((n) => ({ name: n })) },
    status: { phase },
  };
}

describe("kubernetesDeployment: a node of buildx's store", () => {
  test('what `docker buildx create --driver kubernetes` stores', () => {
    expect(
      kubernetesDeployment({
        Name: 'buildkit-4c2ed3ed-970f-4f3d-a6df-a4fcbab4d5cf-d9d73',
        Endpoint:
          'kubernetes:///k?deployment=buildkit-4c2ed3ed-970f-4f3d-a6df-a4fcbab4d5cf-d9d73&kubeconfig=.%2Ffixtures%2Fk3s-kubeconfig',
        DriverOpts: null,
      }),
    ).toEqual({
      deployment: 'buildkit-4c2ed3ed-970f-4f3d-a6df-a4fcbab4d5cf-d9d73',
      kubeconfig: './fixtures/k3s-kubeconfig',
      selector: 'app=buildkit-4c2ed3ed-970f-4f3d-a6df-a4fcbab4d5cf-d9d73',
    });
  });

  test('a node created with --node my_node, a namespace and labels', () => {
    expect(
      kubernetesDeployment({
        Name: 'my_node',
        Endpoint: 'kubernetes:///k?deployment=my_node&kubeconfig=',
        DriverOpts: { namespace: 'ci', labels: 'z=1,a=2' },
      }),
    ).toEqual({
      deployment: 'my-node',
      namespace: 'ci',
      selector: 'app=my-node,a=2,z=1',
    });
  });

  test("an older store whose endpoint is a Docker context: kubectl's own kubeconfig", () => {
    expect(kubernetesDeployment({ Name: 'n0', Endpoint: 'default' })).toEqual({ deployment: 'n0', selector: 'app=n0' });
  });

  test('what buildx refuses', () => {
    expect(() => kubernetesDeployment({ Endpoint: 'kubernetes:///k' })).toThrow(KubernetesBuilderError);
    expect(() => kubernetesDeployment({ Name: 'n', DriverOpts: { labels: 'app=other' } })).toThrow(
      'the label "app" is reserved',
    );
    expect(() => kubernetesDeployment({ Name: 'n', DriverOpts: { labels: 'a=b=c' } })).toThrow(
      'invalid key-value pair: a=b=c',
    );
    expect(() => kubernetesDeployment({ Name: 'n', DriverOpts: { labels: '' } })).toThrow('invalid key-value pair: ');
  });
});

test("listPodsCommand: the deployment's pods as JSON", () => {
  expect(listPodsCommand(deployment)).toEqual({
    command: 'kubectl',
    args: ['get', 'pods', '--selector=app=buildkit-abc', '--output=json'],
  });
  expect(listPodsCommand({ ...deployment, namespace: 'ci', kubeconfig: '/k' }).args).toEqual([
    '--kubeconfig=/k',
    '--namespace=ci',
    'get',
    'pods',
    '--selector=app=buildkit-abc',
    '--output=json',
  ]);
});

describe("choosePod: buildx podchooser's running pods", () => {
  test('the first running, not terminating pod by name, in its namespace and first container', () => {
    const list = {
      items: [
        pod('buildkit-abc-7d9-zzzzz', 'Running', { namespace: 'ci' }),
        pod('buildkit-abc-7d9-aaaaa', 'Running', { namespace: 'ci', deleting: true }),
        pod('buildkit-abc-7d9-bbbbb', 'Pending', { namespace: 'ci' }),
        pod('buildkit-abc-7d9-mmmmm', 'Running', { namespace: 'ci', containers: ['main', 'sidecar'] }),
      ],
    };
    expect(choosePod(list, { ...deployment, kubeconfig: '/k' })).toEqual({
      pod: 'buildkit-abc-7d9-mmmmm',
      namespace: 'ci',
      container: 'main',
      kubeconfig: '/k',
    });
  });

  test('none running: the error lists what there is and says bakekit does not start builders', () => {
    const list = { items: [pod('p1', 'Pending'), pod('p2', 'Running', { deleting: true })] };
    expect(() => choosePod(list, { ...deployment, namespace: 'ci' })).toThrow(
      'no running BuildKit pod for deployment "buildkit-abc" in namespace "ci" (pods with app=buildkit-abc: p1 (Pending), p2 (Terminating)); ' +
        'bakekit does not create or start builders',
    );
    expect(() => choosePod({ items: [] }, deployment)).toThrow('(pods with app=buildkit-abc: none)');
  });

  test('a pod without containers', () => {
    expect(() => choosePod({ items: [pod('p', 'Running', { containers: [] })] }, deployment)).toThrow(
      'pod p does not have any container',
    );
  });
});

describe('resolveKubernetesPod runs kubectl from PATH', () => {
  let dir: string;
  let savedPath: string | undefined;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'bakekit-kubectl-unit-'));
    savedPath = process.env.PATH;
    process.env.PATH = `${dir}:${savedPath}`;
  });
  afterAll(() => {
    process.env.PATH = savedPath;
    rmSync(dir, { recursive: true, force: true });
  });
  function fakeKubectl(script: string) {
    writeFileSync(join(dir, 'kubectl'), `#!/bin/sh\n${script}\n`);
    chmodSync(join(dir, 'kubectl'), 0o755);
  }

  test('a pod list', async () => {
    fakeKubectl(`[ "$*" = "--namespace=ci get pods --selector=app=buildkit-abc --output=json" ] || { echo "unexpected: $*" >&2; exit 9; }
echo '${JSON.stringify({ items: [pod('buildkit-abc-1', 'Running', { namespace: 'ci' })] })}'`);
    await expect(resolveKubernetesPod({ ...deployment, namespace: 'ci' })).resolves.toEqual({
      pod: 'buildkit-abc-1',
      namespace: 'ci',
      container: 'buildkitd',
    });
  });

  test("kubectl's error: the command and its stderr", async () => {
    fakeKubectl(
      'echo "W0101 some warning" >&2; echo "error: You must be logged in to the server (Unauthorized)" >&2; exit 1',
    );
    await expect(resolveKubernetesPod(deployment)).rejects.toThrow(
      'kubectl get pods --selector=app=buildkit-abc --output=json failed: error: You must be logged in to the server (Unauthorized)',
    );
  });

  test('not a pod list', async () => {
    fakeKubectl('echo "<html>"');
    await expect(resolveKubernetesPod(deployment)).rejects.toThrow(/kubectl get pods .* printed no pod list/);
  });

  test('no kubectl at all', async () => {
    const saved = process.env.PATH;
    process.env.PATH = dir + '/nonexistent';
    try {
      await expect(resolveKubernetesPod(deployment)).rejects.toThrow('failed: kubectl not found on PATH');
    } finally {
      process.env.PATH = saved;
    }
  });
});

test('describeKubernetes', () => {
  expect(describeKubernetes(deployment)).toBe('kubernetes deployment buildkit-abc');
  expect(describeKubernetes({ ...deployment, namespace: 'ci' })).toBe(
    'kubernetes deployment buildkit-abc in namespace ci',
  );
});
