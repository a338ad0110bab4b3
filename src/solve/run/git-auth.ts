/**
 * The credentials for a remote bake definition's repository, host-scoped as buildx ≥ 0.32 gives them
 * (bake/gitauth.go): `BUILDX_BAKE_GIT_AUTH_TOKEN` and `BUILDX_BAKE_GIT_AUTH_HEADER` become the secrets
 * `GIT_AUTH_TOKEN.<host>` and `GIT_AUTH_HEADER.<host>` (read from those variables) for the host of the definition's URL
 * only, served to the read of the definition and to the builds whose context is a remote URL on that same host. A
 * module of its own, with nothing to load: the CLI asks before it loads any build code.
 */
import type { SecretEntry } from '../target/spec.js';

/** The host a Git URL is fetched from (`GIT_AUTH_TOKEN.<host>`): `git@host:path`, `github.com/…`, or a URL's host. */
export function gitHost(url: string): string {
  const scp = /^[A-Za-z0-9._-]+@([A-Za-z0-9.-]+):/.exec(url);
  if (scp) return scp[1];
  return new URL(url.startsWith('github.com/') ? `https://${url}` : url).host;
}

/** `url` with its user information (a token, say) masked, for messages: `https://***@host/…`. */
export function redactGitUrl(url: string): string {
  return url.replace(/\/\/[^/@]*@/, '//***@');
}

/** gitHost, or undefined for a value with no host (not a URL). */
function hostOf(url: string): string | undefined {
  try {
    return gitHost(url) || undefined;
  } catch {
    return undefined;
  }
}

/**
 * The host-scoped secrets for the remote definition `url` from `env`. buildx finds each variable by a
 * case-insensitive name (findGitAuthEnvKey) and reads it by the name it found.
 */
export function gitAuthSecretsFromEnv(url: string, env: NodeJS.ProcessEnv): SecretEntry[] {
  const host = hostOf(url);
  if (!host) return [];
  const out: SecretEntry[] = [];
  for (const [id, variable] of [
    ['GIT_AUTH_TOKEN', 'BUILDX_BAKE_GIT_AUTH_TOKEN'],
    ['GIT_AUTH_HEADER', 'BUILDX_BAKE_GIT_AUTH_HEADER'],
  ]) {
    const name = Object.keys(env).find((k) => k.toLowerCase() === variable.toLowerCase());
    if (name !== undefined) out.push({ id: `${id}.${host}`, env: name });
  }
  return out;
}

/** Whether a build whose context is `context` gets the definition's credentials: a remote context on the same host
 * (buildx shouldAttachGitAuthSecrets; the host compared case-insensitively). */
export function sharesGitHost(definitionUrl: string, context: string, isRemote: (s: string) => boolean): boolean {
  if (!isRemote(context)) return false;
  const a = hostOf(definitionUrl);
  const b = hostOf(context);
  return a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase();
}
