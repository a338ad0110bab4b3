/**
 * The layout of the Docker CLI's context store (docker/cli cli/context/store), which lives in the Docker config dir:
 *
 *   contexts/meta/<id>/meta.json          the context's metadata and endpoints (`{Name, Metadata, Endpoints}`)
 *   contexts/tls/<id>/<endpoint>/         TLS material of one endpoint (ca.pem, cert.pem, key.pem)
 *
 * where <id> is the hex SHA-256 of the context name (so names need no escaping on disk). Only paths here: what a
 * context's Docker endpoint means for a connection is the transport's business (transport/endpoint.ts).
 */
import { join } from 'node:path';
import { sha256Hex } from '../light-crypto/sha256.js';
import { dockerConfigDir } from './config-dir.js';

/** meta.json, the fields bakekit reads. */
export interface ContextMetadata {
  Name?: string;
  Endpoints?: {
    docker?: { Host?: string; SkipTLSVerify?: boolean };
  };
}

/** `<config dir>/contexts` (docker/cli `config.ContextStoreDir`). */
export function contextStoreDir(env: NodeJS.ProcessEnv = process.env): string {
  return join(dockerConfigDir(env), 'contexts');
}

/** The directory name a context is stored under. */
export function contextId(name: string): string {
  return sha256Hex(name);
}

/** Where the context's meta.json is. */
export function contextMetaFile(name: string, env: NodeJS.ProcessEnv = process.env): string {
  return join(contextStoreDir(env), 'meta', contextId(name), 'meta.json');
}

/** Where the TLS files of one of the context's endpoints (`docker` for the Engine) are. */
export function contextTlsDir(name: string, endpoint: string, env: NodeJS.ProcessEnv = process.env): string {
  return join(contextStoreDir(env), 'tls', contextId(name), endpoint);
}
