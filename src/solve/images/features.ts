/**
 * What the daemon (and, for `type=docker` loads, the Docker Engine) can do with image outputs — the facts buildx
 * reads from its driver before it builds: whether attestations are supported (for the default provenance),
 * whether the Engine uses the containerd image store (OCI import, manifest digests as image IDs), which platforms
 * the workers build. Probed only when some target exports an image.
 */
import type { BuildkitClient } from '../../buildkit/client.js';
import type { WorkerRecord } from '../../buildkit/proto/worker.pb.js';
import { dockerContextHost, dockerHostFromEnv, type DockerHost } from '../../buildkit/transport/endpoint.js';
import type { PlanOptions } from '../target/plan.js';
import { parseGoBool, type HostGateway } from '../target/attribute-values.js';
import type { TargetSpec } from '../target/spec.js';
import { engineFeatures } from './docker-load.js';

export interface DaemonFeatures {
  version?: string;
  workers: WorkerRecord[];
  /** the daemon attaches attestations to images (BuildKit ≥ v0.11; an Engine only with the containerd store) */
  attestations: boolean;
  /** the Engine's BuildKit runs on the containerd image store */
  containerdStore: boolean;
}

/** `v0.25.2` → [0, 25, 2]; undefined for versions that say nothing (Debian's `v0.0.0+unknown`). */
function parseVersion(v: string | undefined): [number, number, number] | undefined {
  const m = /^v?(\d+)\.(\d+)\.(\d+)/.exec(v ?? '');
  if (!m) return undefined;
  const parts: [number, number, number] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return parts.every((n) => n === 0) ? undefined : parts;
}

export async function probeDaemon(
  client: BuildkitClient,
  dockerEngine: boolean,
  signal?: AbortSignal,
): Promise<DaemonFeatures> {
  const [version, workers] = await Promise.all([
    client.info(signal),
    client.listWorkers(signal).catch(() => [] as WorkerRecord[]),
  ]);
  // dockerd reports the snapshotter label only on the containerd image store (buildx driver/docker: MultiPlatform).
  const containerdStore =
    dockerEngine &&
    workers.some(
      (w) =>
        !!w.Labels?.['org.mobyproject.buildkit.worker.snapshotter'] &&
        !!w.Labels?.['org.mobyproject.buildkit.worker.containerd.namespace'],
    );
  const v = parseVersion(version);
  const attestations = dockerEngine ? containerdStore : !v || v[0] > 0 || v[1] >= 11;
  return { version, workers, attestations, containerdStore };
}

/** `os/arch[/variant]` of every worker platform. */
export function workerPlatforms(workers: WorkerRecord[]): string[] {
  const out: string[] = [];
  for (const w of workers) {
    for (const p of w.platforms ?? []) {
      const s = [p.OS, p.Architecture, p.Variant].filter(Boolean).join('/');
      if (s && !out.includes(s)) out.push(s);
    }
  }
  return out;
}

/** buildx reads these switches with strconv.ParseBool */
const truthy = (v: string | undefined): boolean => parseGoBool(v) === true;

function wantsImage(specs: TargetSpec[]): boolean {
  return specs.some((s) => s.outputs.some((o) => ['image', 'registry', 'oci', 'docker'].includes(o.type)));
}

/** Targets with `type=docker` and no dest on a daemon that is not the Engine: the Engines they load into. */
function loadContexts(specs: TargetSpec[], dockerEngine: boolean): Set<string | undefined> {
  const out = new Set<string | undefined>();
  if (dockerEngine) return out;
  for (const s of specs) for (const o of s.outputs) if (o.type === 'docker' && !o.dest) out.add(o.context || undefined);
  return out;
}

/** buildx's driver HostGatewayIP: the Engine names it in a worker label; other builders have none. */
function hostGateway(workers: WorkerRecord[], dockerEngine: boolean): HostGateway {
  if (!dockerEngine)
    return {
      unsupported:
        "host-gateway is only known to the Docker Engine's own builder (docker://); give an IP address instead",
    };
  for (const w of workers) {
    const ip = w.Labels?.['org.mobyproject.buildkit.worker.moby.host-gateway-ip'];
    if (ip) return { ip };
  }
  return { unsupported: 'the Docker Engine did not say its host-gateway address' };
}

/** The Engine a `type=docker` load goes to: the Docker context named by `context=`, else DOCKER_HOST / the default socket. */
export function loadEngine(context: string | undefined, env: NodeJS.ProcessEnv): DockerHost {
  return context && context !== 'default' ? dockerContextHost(context, env) : dockerHostFromEnv(env);
}

export interface OutputProbe {
  planOptions: PlanOptions;
  features?: DaemonFeatures;
}

/** Probes what the targets' outputs need and turns it into plan options. */
export async function probeOutputs(
  specs: TargetSpec[],
  client: BuildkitClient,
  opts: { dockerEngine: boolean; env: NodeJS.ProcessEnv; signal?: AbortSignal },
): Promise<OutputProbe> {
  const planOptions: PlanOptions = {
    dockerEngine: opts.dockerEngine,
    noDefaultLoad: truthy(opts.env.BUILDX_NO_DEFAULT_LOAD),
  };
  // Asked whatever the outputs: buildx adds the default provenance to every build the daemon can attest (BuildKit
  // keeps it with the build record), and `host-gateway` needs the Engine's worker label.
  const features = await probeDaemon(client, opts.dockerEngine, opts.signal);
  planOptions.defaultProvenance = features.attestations && !truthy(opts.env.BUILDX_NO_DEFAULT_ATTESTATIONS);
  planOptions.engineContainerdStore = features.containerdStore;
  planOptions.hostGateway = hostGateway(features.workers, opts.dockerEngine);
  if (!wantsImage(specs)) return { planOptions, features };
  const importers = new Map<string | undefined, boolean>();
  for (const ctx of loadContexts(specs, opts.dockerEngine)) {
    // Ask before building: a build whose image cannot be loaded anywhere should not run at all.
    const engine = loadEngine(ctx, opts.env);
    const f = await engineFeatures(engine).catch((err: Error) => {
      throw new Error(
        `output type=docker loads into the Docker Engine${ctx ? ` of context ${ctx}` : ''}, but it does not answer: ${err.message}`,
      );
    });
    importers.set(ctx, f.ociImporter);
  }
  planOptions.ociImporter = (ctx) => importers.get(ctx || undefined) ?? false;
  return { planOptions, features };
}
