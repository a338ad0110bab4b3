/**
 * Registry credentials from the Docker client's configuration, found as the Docker CLI finds them: a credential
 * helper when config.json names one for the registry (`credHelpers`) or for all registries (`credsStore`), else the
 * login stored in `auths`. Both the session's Auth service (the daemon's pulls and pushes) and the registry client
 * (bakekit's own merges) ask through `CredentialProvider`, so they always agree on what a registry gets.
 */
import { execFileSync } from 'node:child_process';
import { dockerConfigDir } from './config-dir.js';
import { loadConfigFile, type ConfigFile } from './config-file.js';

/** A registry login. An empty username means `secret` is an identity token (an OAuth2 refresh token). */
export interface Credentials {
  username: string;
  secret: string;
}

/** Answers "which credentials for this registry host?"; undefined means anonymous access. */
export interface CredentialProvider {
  lookup(host: string): Credentials | undefined;
}

/** The keys a registry's login may be stored under in config.json; the first is the one helpers are asked for. */
function configKeys(host: string): string[] {
  // Docker Hub's logins live under its legacy v1 URL.
  if (host === 'registry-1.docker.io' || host === 'docker.io' || host === 'index.docker.io') {
    return ['https://index.docker.io/v1/', 'index.docker.io', 'docker.io', 'registry-1.docker.io'];
  }
  return [host, `https://${host}`, `http://${host}`, `https://${host}/v1/`, `https://${host}/v2/`];
}

/**
 * Asks `docker-credential-<helper> get` (the docker-credential-helpers protocol: the server URL on stdin, JSON
 * `{ServerURL, Username, Secret}` on stdout). A helper that fails, is missing or knows nothing yields undefined, so
 * the stored logins are tried next.
 */
function helperCredentials(helper: string, serverUrl: string): Credentials | undefined {
  try {
    const out = execFileSync(`docker-credential-${helper}`, ['get'], {
      input: serverUrl,
      timeout: 10_000,
      stdio: ['pipe', 'pipe', 'ignore'],
    });
    const parsed = JSON.parse(out.toString('utf8')) as { Username?: string; Secret?: string };
    if (!parsed.Secret) return undefined;
    // Helpers store identity tokens with the username "<token>" (docker/cli credentials.tokenUsername).
    return { username: parsed.Username === '<token>' ? '' : (parsed.Username ?? ''), secret: parsed.Secret };
  } catch {
    return undefined;
  }
}

function storedCredentials(cfg: ConfigFile, keys: string[]): Credentials | undefined {
  for (const k of keys) {
    const entry = cfg.auths?.[k];
    if (!entry) continue;
    if (entry.identitytoken) return { username: '', secret: entry.identitytoken };
    if (entry.auth) {
      const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
      const i = decoded.indexOf(':');
      if (i > 0) return { username: decoded.slice(0, i), secret: decoded.slice(i + 1) };
    }
    if (entry.username) return { username: entry.username, secret: entry.password ?? '' };
  }
  return undefined;
}

/** The credentials in one Docker config directory. config.json is read once, on the first lookup. */
export class DockerConfigCredentials implements CredentialProvider {
  private config: ConfigFile | undefined;

  constructor(readonly configDir: string = dockerConfigDir()) {}

  lookup(host: string): Credentials | undefined {
    const cfg = (this.config ??= loadConfigFile(this.configDir));
    const keys = configKeys(host);
    const helper = keys.map((k) => cfg.credHelpers?.[k]).find(Boolean) ?? cfg.credsStore;
    if (helper) {
      const fromHelper = helperCredentials(helper, keys[0]);
      if (fromHelper) return fromHelper;
    }
    return storedCredentials(cfg, keys);
  }
}
