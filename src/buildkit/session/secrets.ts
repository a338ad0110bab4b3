/**
 * Serves `RUN --mount=type=secret` values to the daemon. Values are read when the store is built, so a
 * missing file or variable fails before any solve starts, and nothing is read again mid-build.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type * as grpc from '@grpc/grpc-js';
import { Code, StatusError } from '../grpc/status.js';
import type { ServiceHandlers } from '../proto/grpc-service.js';
import { SECRETS_SERVICE, type SecretsMethods } from '../proto/secrets.pb.js';
import type { Attachable } from './attachable.js';

export interface SecretSpec {
  id: string;
  /** path to a file holding the value */
  file?: string;
  /** name of an environment variable holding the value */
  env?: string;
  /** the value itself */
  value?: string | Buffer;
}

/** A secret that cannot be read: a variable not set, a file missing or unreadable. */
export class SecretLookupError extends Error {
  override readonly name = 'SecretLookupError';
}

/** Reads every secret now. Mirrors BuildKit's secretsprovider: without src/env, an env var named like the id, else a file of that name. */
export function loadSecrets(specs: SecretSpec[], opts: { cwd: string; env: NodeJS.ProcessEnv }): Map<string, Buffer> {
  const values = new Map<string, Buffer>();
  for (const spec of specs) {
    if (spec.value !== undefined) {
      values.set(spec.id, Buffer.from(spec.value));
      continue;
    }
    let { file, env } = spec;
    if (!file && !env) {
      if (opts.env[spec.id] !== undefined) env = spec.id;
      else file = spec.id;
    }
    if (env) {
      const v = opts.env[env];
      if (v === undefined) throw new SecretLookupError(`secret "${spec.id}": environment variable ${env} is not set`);
      values.set(spec.id, Buffer.from(v));
    } else if (file) {
      const p = path.resolve(opts.cwd, file);
      try {
        values.set(spec.id, fs.readFileSync(p));
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : String(err);
        throw new SecretLookupError(`secret "${spec.id}": cannot read ${p}: ${why}`, { cause: err });
      }
    }
  }
  return values;
}

export class SecretStore implements Attachable {
  readonly serviceName = SECRETS_SERVICE;
  /** ids the daemon asked for, in order; tests use it to prove a secret was served. */
  readonly served: string[] = [];

  constructor(private readonly values: Map<string, Buffer>) {}

  handlers(): grpc.UntypedServiceImplementation {
    return {
      GetSecret: (call, callback) => {
        const id = call.request.ID ?? '';
        const value = this.values.get(id);
        if (!value) {
          // NOT_FOUND is what BuildKit maps to "secret not found", which optional secret mounts tolerate.
          callback(new StatusError(Code.NOT_FOUND, `secret ${id} not found`));
          return;
        }
        this.served.push(id);
        callback(null, { data: value });
      },
    } satisfies ServiceHandlers<SecretsMethods>;
  }
}
