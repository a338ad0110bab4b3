/**
 * `kube-pod://POD?context=CTX&namespace=NS&container=C`: buildkitd in a Kubernetes pod, reached the way BuildKit's
 * kubepod connection helper does it (moby/buildkit client/connhelper/kubepod/kubepod.go): each connection runs
 *
 *   kubectl --context=CTX --namespace=NS exec --container=C -i POD -- buildctl dial-stdio
 *
 * with the `kubectl` on PATH and its own configuration (KUBECONFIG, ~/.kube/config). Like kubepod.go, the three flags
 * are always passed; an empty value is kubectl's default (the current context, its namespace, the pod's default
 * container). A pod resolved from a buildx kubernetes builder (kubernetes.ts) adds the builder's kubeconfig as
 * `--kubeconfig=PATH` in front.
 *
 * Accepted like kubepod.go's SpecFromURL (on Go's url.Parse, connhelper-url.ts): the pod is the URL's host name and
 * required; pod, namespace and container must match ^[-a-z0-9.]+$ (the context is free-form, e.g. user@cluster).
 * Refused here as well: a pod that begins with "-" (it sits before kubectl's `--` and would be read as an option;
 * Kubernetes names never begin with one).
 */
import { ConnhelperUrlError, parseConnhelperUrl, queryGet } from './connhelper-url.js';
import type { StdioCommand } from './connhelper.js';

/** kubepod.go's Spec (optional parts absent rather than ""), plus the kubeconfig of a buildx builder. */
export interface KubePodSpec {
  pod: string;
  context?: string;
  namespace?: string;
  container?: string;
  /** `kubectl --kubeconfig=PATH`; not part of the URL form (kubepod.go has none) */
  kubeconfig?: string;
}

/** kubepod.go's validKubeIdentifier (length unchecked, as there). */
const KUBE_IDENTIFIER = /^[-a-z0-9.]+$/;

/** `kube-pod://…` → KubePodSpec; throws ConnhelperUrlError with the reason. */
export function parseKubePodUrl(spec: string): KubePodSpec {
  const u = parseConnhelperUrl(spec);
  if (u.scheme !== 'kube-pod') throw new ConnhelperUrlError('not a kube-pod:// URL');
  const context = queryGet(u.rawQuery, 'context');
  const namespace = queryGet(u.rawQuery, 'namespace');
  const container = queryGet(u.rawQuery, 'container');
  const pod = u.hostname;
  if (namespace && !KUBE_IDENTIFIER.test(namespace))
    throw new ConnhelperUrlError(`unsupported namespace name: ${JSON.stringify(namespace)}`);
  if (!pod) throw new ConnhelperUrlError('url lacks pod name');
  if (!KUBE_IDENTIFIER.test(pod)) throw new ConnhelperUrlError(`unsupported pod name: ${JSON.stringify(pod)}`);
  if (pod.startsWith('-'))
    throw new ConnhelperUrlError(`pod name ${JSON.stringify(pod)} begins with "-" (it would be read as an option)`);
  if (container && !KUBE_IDENTIFIER.test(container))
    throw new ConnhelperUrlError(`unsupported container name: ${JSON.stringify(container)}`);
  return {
    pod,
    ...(context ? { context } : {}),
    ...(namespace ? { namespace } : {}),
    ...(container ? { container } : {}),
  };
}

/** kubepod.go's argv (with `--kubeconfig` first when the spec has one). */
export function kubePodCommand(p: KubePodSpec): StdioCommand {
  return {
    command: 'kubectl',
    args: [
      ...(p.kubeconfig ? [`--kubeconfig=${p.kubeconfig}`] : []),
      `--context=${p.context ?? ''}`,
      `--namespace=${p.namespace ?? ''}`,
      'exec',
      `--container=${p.container ?? ''}`,
      '-i',
      p.pod,
      '--',
      'buildctl',
      'dial-stdio',
    ],
  };
}

/** The URL a user would type for `p` (query parameters in kubepod.go's order, only those set). */
export function describeKubePod(p: KubePodSpec): string {
  const q = (['context', 'namespace', 'container'] as const)
    .filter((k) => p[k])
    .map((k) => `${k}=${encodeURIComponent(p[k]!).replace(/%40/g, '@').replace(/%3A/g, ':').replace(/%2F/g, '/')}`)
    .join('&');
  return `kube-pod://${p.pod}${q ? `?${q}` : ''}`;
}
