/**
 * What exporters answer, made fit for the user:
 * - failures explained: the daemon reports a rejected push as a bare HTTP status deep in a resolver message
 *   ("unexpected status … 401 Unauthorized"). When a target pushes and the daemon says that, add which registry,
 *   where bakekit looked for credentials, and what it found there;
 * - responses trimmed for the metadata file as buildx trims them.
 */
import type { DockerAuthProvider } from '../../buildkit/session/auth.js';
import { apiHost, parseReference } from '../../buildkit/registry/reference.js';
import type { SolvePlan } from '../target/plan.js';

const AUTH_FAILURE =
  /\b401\b|unauthori[sz]ed|authentication required|failed to authorize|denied: requested access|insufficient_scope|\b403\b|forbidden/i;

/** Registry hosts the plan pushes to. */
export function pushHosts(plan: SolvePlan): string[] {
  const hosts = new Set<string>();
  for (const e of plan.exporters) {
    if ((e.Type !== 'image' && e.Type !== 'moby') || e.Attrs.push !== 'true') continue;
    for (const n of (e.Attrs.name ?? '').split(',')) {
      if (!n.trim()) continue;
      try {
        hosts.add(apiHost(parseReference(n).domain));
      } catch {
        /* the daemon reports bad names itself */
      }
    }
  }
  return [...hosts];
}

/** Returns `err`, its message extended with a hint when it is a push rejected for lack of (good) credentials. */
export function explainExportError<E extends Error>(
  err: E,
  plan: SolvePlan,
  auth: Pick<DockerAuthProvider, 'lookup'>,
  configDir?: string,
): E {
  const hosts = pushHosts(plan);
  if (!hosts.length || !AUTH_FAILURE.test(err.message)) return err;
  const mentioned = hosts.filter((h) => err.message.includes(h));
  const where = configDir ? `${configDir}/config.json` : 'the Docker config (DOCKER_CONFIG or ~/.docker/config.json)';
  const hints = (mentioned.length ? mentioned : hosts).map((h) =>
    auth.lookup(h)
      ? `the registry ${h} rejected the credentials bakekit sent from ${where} (wrong user name or password, or no push access)`
      : `no credentials for ${h} in ${where}: run \`docker login ${h}\` (or set DOCKER_CONFIG) before pushing`,
  );
  err.message = `${err.message}\n${hints.map((h) => `hint: ${h}`).join('\n')}`;
  return err;
}

/** buildx (build/build.go): with `prefer-image-digest=true` on any exporter the config digest leaves the response. */
export function exporterResponseForMetadata(response: Record<string, string>, plan: SolvePlan): Record<string, string> {
  if (!plan.exporters.some((e) => e.Attrs['prefer-image-digest'] === 'true')) return response;
  const out = { ...response };
  delete out['containerimage.config.digest'];
  return out;
}
