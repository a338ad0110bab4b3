/**
 * buildx builders of the kubernetes driver (docker/buildx driver/kubernetes). buildx stores each node as
 *
 *   {Name: NODE, Endpoint: "kubernetes:///BUILDER?deployment=NODE&kubeconfig=KUBECONFIG", DriverOpts: {namespace, labels, …}}
 *
 * (builder/builder.go Create: KUBECONFIG as it was at create time, often empty) and runs buildkitd as a Deployment, or
 * a StatefulSet with a persistent volume, named NODE with "_" → "-" (factory.go buildxNameToDeploymentName), whose
 * selector is its pods' labels: app=NAME plus the driver-opt `labels` (manifest/manifest.go NewDeployment). To
 * connect, buildx picks a running pod (podchooser/podchooser.go ListRunningPods: phase Running, not terminating,
 * sorted by name) and execs `buildctl dial-stdio` in the pod's first container (driver.go Dial).
 *
 * bakekit does the same through kubectl: `kubectl get pods --selector=… --output=json` once per connect, then the pod
 * is a kube-pod:// connection (kubepod.ts) with the builder's kubeconfig. With several replicas it takes the first
 * running pod by name (buildx's default "sticky" choice hashes the build context's path instead). It never creates or
 * starts the deployment: a builder that is not running is an error saying so.
 */
import { execFile } from 'node:child_process';
import { parseConnhelperUrl, queryGet } from './connhelper-url.js';
import { formatCommand, lastStderrLine, type StdioCommand } from './connhelper.js';
import type { KubePodSpec } from './kubepod.js';

/** Where a kubernetes-driver node's pods are. */
export interface KubernetesDeployment {
  /** the Deployment (or StatefulSet) buildx created for the node */
  deployment: string;
  /** driver-opt `namespace`; absent: the kubeconfig context's namespace (buildx and kubectl agree) */
  namespace?: string;
  /** the builder's kubeconfig (the endpoint's `kubeconfig=`); absent: kubectl's own (KUBECONFIG, ~/.kube/config) */
  kubeconfig?: string;
  /** label selector of its pods, e.g. "app=buildkit-abc,team=ci" */
  selector: string;
}

/** A kubernetes builder's stored definition does not say where its pods are, or none can be found running. */
export class KubernetesBuilderError extends Error {
  override readonly name = 'KubernetesBuilderError';
}

/** The parts of a buildx store node (store/nodegroup.go Node) this driver reads. */
export interface KubernetesStoreNode {
  Name?: string;
  Endpoint?: string;
  DriverOpts?: Record<string, string> | null;
}

/** buildx's label that names the deployment; a driver-opt label may not replace it (manifest.go ErrReservedLabelApp). */
const LABEL_APP = 'app';

/** A kubernetes-driver node of buildx's store → its deployment, namespace, kubeconfig and pod selector. */
export function kubernetesDeployment(node: KubernetesStoreNode): KubernetesDeployment {
  if (!node.Name) throw new KubernetesBuilderError('a node has no name (buildx names the deployment after it)');
  const deployment = node.Name.replace(/_/g, '-');
  const opts = node.DriverOpts ?? {};
  const labels: Array<[string, string]> = [[LABEL_APP, deployment]];
  if (opts.labels !== undefined) {
    const custom = splitMultiValues(opts.labels);
    if (custom.some(([k]) => k === LABEL_APP))
      throw new KubernetesBuilderError(`the label "${LABEL_APP}" is reserved and cannot be customized`);
    labels.push(...custom.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  }
  let kubeconfig = '';
  if (node.Endpoint?.startsWith('kubernetes://')) {
    try {
      kubeconfig = queryGet(parseConnhelperUrl(node.Endpoint).rawQuery, 'kubeconfig');
    } catch (err) {
      throw new KubernetesBuilderError(
        `cannot parse the node endpoint ${JSON.stringify(node.Endpoint)}: ${(err as Error).message}`,
        { cause: err },
      );
    }
  }
  return {
    deployment,
    ...(opts.namespace ? { namespace: opts.namespace } : {}),
    ...(kubeconfig ? { kubeconfig } : {}),
    selector: labels.map(([k, v]) => `${k}=${v}`).join(','),
  };
}

/** buildx's splitMultiValues(v, ",", "="): quotes trimmed, `k=v` pairs separated by commas, each exactly one `=`. */
function splitMultiValues(value: string): Array<[string, string]> {
  return value
    .replace(/^"+|"+$/g, '')
    .split(',')
    .map((item) => {
      const kv = item.split('=');
      if (kv.length !== 2) throw new KubernetesBuilderError(`cannot parse labels: invalid key-value pair: ${item}`);
      return [kv[0], kv[1]];
    });
}

/** `kubectl [--kubeconfig=K] [--namespace=NS] get pods --selector=SEL --output=json` */
export function listPodsCommand(d: KubernetesDeployment): StdioCommand {
  return {
    command: 'kubectl',
    args: [
      ...(d.kubeconfig ? [`--kubeconfig=${d.kubeconfig}`] : []),
      ...(d.namespace ? [`--namespace=${d.namespace}`] : []),
      'get',
      'pods',
      `--selector=${d.selector}`,
      '--output=json',
    ],
  };
}

interface PodJson {
  metadata?: { name?: string; namespace?: string; deletionTimestamp?: string | null };
  spec?: { containers?: Array<{ name?: string }> | null };
  status?: { phase?: string };
}

/** podchooser.go: the running, not terminating pods by name; the first one, exec'd in its first container. */
export function choosePod(podList: unknown, d: KubernetesDeployment): KubePodSpec {
  const items = ((podList as { items?: PodJson[] | null } | null)?.items ?? []).filter((p) => p.metadata?.name);
  const running = items
    .filter((p) => p.status?.phase === 'Running' && !p.metadata?.deletionTimestamp)
    .sort((a, b) => (a.metadata!.name! < b.metadata!.name! ? -1 : 1));
  const pod = running[0];
  if (!pod) {
    const seen = items.map(
      (p) => `${p.metadata!.name} (${p.metadata?.deletionTimestamp ? 'Terminating' : (p.status?.phase ?? 'no phase')})`,
    );
    throw new KubernetesBuilderError(
      `no running BuildKit pod for deployment ${JSON.stringify(d.deployment)}` +
        `${d.namespace ? ` in namespace ${JSON.stringify(d.namespace)}` : ''} (pods with ${d.selector}: ${seen.length ? seen.join(', ') : 'none'}); ` +
        'bakekit does not create or start builders: bootstrap it first (docker buildx inspect --bootstrap)',
    );
  }
  const container = pod.spec?.containers?.[0]?.name;
  if (!container) throw new KubernetesBuilderError(`pod ${pod.metadata!.name} does not have any container`);
  return {
    pod: pod.metadata!.name!,
    ...(pod.metadata?.namespace
      ? { namespace: pod.metadata.namespace }
      : d.namespace
        ? { namespace: d.namespace }
        : {}),
    container,
    ...(d.kubeconfig ? { kubeconfig: d.kubeconfig } : {}),
  };
}

/** Asks kubectl for the deployment's pods and picks one (choosePod); errors name the command and its stderr. */
export function resolveKubernetesPod(
  d: KubernetesDeployment,
  opts: { timeoutMs?: number; signal?: AbortSignal } = {},
): Promise<KubePodSpec> {
  const cmd = listPodsCommand(d);
  const commandLine = formatCommand(cmd);
  return new Promise((resolve, reject) => {
    execFile(
      cmd.command,
      [...cmd.args],
      { timeout: opts.timeoutMs ?? 30_000, maxBuffer: 64 * 1024 * 1024, signal: opts.signal, encoding: 'utf8' },
      (err, stdout, stderr) => {
        if (err) {
          const e = err as NodeJS.ErrnoException & { killed?: boolean };
          const why =
            e.code === 'ENOENT'
              ? `${cmd.command} not found on PATH`
              : e.killed
                ? 'no answer in time'
                : (lastStderrLine(stderr) ?? e.message);
          reject(new KubernetesBuilderError(`${commandLine} failed: ${why}`, { cause: err }));
          return;
        }
        let list: unknown;
        try {
          list = JSON.parse(stdout);
        } catch (parseErr) {
          reject(
            new KubernetesBuilderError(`${commandLine} printed no pod list: ${(parseErr as Error).message}`, {
              cause: parseErr,
            }),
          );
          return;
        }
        try {
          resolve(choosePod(list, d));
        } catch (chooseErr) {
          reject(chooseErr);
        }
      },
    );
  });
}

/** For messages: "kubernetes deployment NAME [in namespace NS]". */
export function describeKubernetes(d: KubernetesDeployment): string {
  return `kubernetes deployment ${d.deployment}${d.namespace ? ` in namespace ${d.namespace}` : ''}`;
}
