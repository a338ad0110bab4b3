/**
 * The Docker client's config.json, the parts bakekit reads: the stored registry logins (`auths`) and which
 * credential helpers hold the others (`credsStore`, `credHelpers`). Field names are docker/cli's
 * (cli/config/configfile.ConfigFile, cli/config/types.AuthConfig).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIG_FILE_NAME } from './config-dir.js';

/** One `auths` entry as `docker login` writes it. */
export interface AuthEntry {
  /** base64 of `username:password` */
  auth?: string;
  username?: string;
  password?: string;
  /** an OAuth2 refresh token, traded for registry tokens instead of a password */
  identitytoken?: string;
}

export interface ConfigFile {
  /** logins keyed by registry (`https://index.docker.io/v1/` for Docker Hub, else the host, sometimes a URL) */
  auths?: Record<string, AuthEntry>;
  /** the helper (`docker-credential-<name>`) that holds every login */
  credsStore?: string;
  /** helpers for single registries, taking precedence over credsStore */
  credHelpers?: Record<string, string>;
}

/**
 * Reads `<dir>/config.json`. A missing, unreadable or malformed file is an empty config: registry access then goes
 * anonymous, and the registry's answer (not a parse error here) tells the user what is missing.
 */
export function loadConfigFile(dir: string): ConfigFile {
  try {
    return JSON.parse(readFileSync(join(dir, CONFIG_FILE_NAME), 'utf8')) as ConfigFile;
  } catch {
    return {};
  }
}
