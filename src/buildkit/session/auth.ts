/**
 * Answers the daemon's registry credential requests from the user's Docker config
 * (`$DOCKER_CONFIG/config.json` or `~/.docker/config.json`), including credential helpers.
 * Only `Credentials` is implemented: for token registries the daemon then fetches tokens itself
 * (it does so whenever GetTokenAuthority is UNIMPLEMENTED).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import * as grpc from '@grpc/grpc-js';
import type { Attachable } from './attachable.js';

interface DockerConfig {
  auths?: Record<string, { auth?: string; username?: string; password?: string; identitytoken?: string }>;
  credsStore?: string;
  credHelpers?: Record<string, string>;
}

export interface Credentials {
  username: string;
  secret: string;
}

export function dockerConfigDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.DOCKER_CONFIG || path.join(os.homedir(), '.docker');
}

/** Docker Hub's registry host has its legacy key in config.json. */
function configKeys(host: string): string[] {
  if (host === 'registry-1.docker.io' || host === 'docker.io' || host === 'index.docker.io') {
    return ['https://index.docker.io/v1/', 'index.docker.io', 'docker.io', 'registry-1.docker.io'];
  }
  return [host, `https://${host}`, `http://${host}`, `https://${host}/v1/`, `https://${host}/v2/`];
}

export class DockerAuthProvider implements Attachable {
  readonly serviceName = 'moby.filesync.v1.Auth';
  readonly advertisedMethods = ['Credentials', 'FetchToken', 'GetTokenAuthority', 'VerifyTokenAuthority'];
  private config: DockerConfig | undefined;

  constructor(private readonly configDir: string = dockerConfigDir()) {}

  private loadConfig(): DockerConfig {
    if (this.config) return this.config;
    try {
      this.config = JSON.parse(fs.readFileSync(path.join(this.configDir, 'config.json'), 'utf8')) as DockerConfig;
    } catch {
      this.config = {};
    }
    return this.config;
  }

  lookup(host: string): Credentials | undefined {
    const cfg = this.loadConfig();
    const keys = configKeys(host);
    const helper = keys.map((k) => cfg.credHelpers?.[k]).find(Boolean) ?? cfg.credsStore;
    if (helper) {
      const fromHelper = this.fromHelper(helper, keys[0]);
      if (fromHelper) return fromHelper;
    }
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

  private fromHelper(helper: string, serverUrl: string): Credentials | undefined {
    try {
      const out = execFileSync(`docker-credential-${helper}`, ['get'], { input: serverUrl, timeout: 10_000, stdio: ['pipe', 'pipe', 'ignore'] });
      const parsed = JSON.parse(out.toString('utf8')) as { Username?: string; Secret?: string };
      if (!parsed.Secret) return undefined;
      return { username: parsed.Username === '<token>' ? '' : (parsed.Username ?? ''), secret: parsed.Secret };
    } catch {
      return undefined;
    }
  }

  handlers(): grpc.UntypedServiceImplementation {
    const unimplemented = (_call: unknown, callback: grpc.sendUnaryData<unknown>) =>
      callback({ code: grpc.status.UNIMPLEMENTED, details: 'not implemented by bakekit' });
    return {
      Credentials: (call: grpc.ServerUnaryCall<{ Host?: string }, unknown>, callback: grpc.sendUnaryData<unknown>) => {
        const creds = this.lookup(call.request.Host ?? '');
        // Empty fields mean anonymous access.
        callback(null, creds ? { Username: creds.username, Secret: creds.secret } : {});
      },
      FetchToken: unimplemented,
      GetTokenAuthority: unimplemented,
      VerifyTokenAuthority: unimplemented,
    };
  }
}
