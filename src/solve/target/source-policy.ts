/**
 * EXPERIMENTAL_BUILDKIT_SOURCE_POLICY: a file holding a BuildKit source policy (`moby.buildkit.v1.sourcepolicy.Policy`:
 * rules that allow, deny or convert sources such as `docker-image://…`) that every Solve carries, as buildx's
 * ReadSourcePolicy reads it. buildx reads JSON (enum values as names or numbers) and falls back to the protobuf
 * encoding; both are read here.
 */
import * as fs from 'node:fs';
import type { Policy } from '../../buildkit/proto/sourcepolicy.pb.js';
import type { Encodable } from '../../buildkit/proto/types.js';

/** The policy as plain data, in the proto's field names: JSON names enum values (the Control.Solve encoder takes names
 * as well as numbers), the protobuf form numbers them. */
export type SourcePolicy = Encodable<Policy>;

export class SourcePolicyError extends Error {
  override readonly name = 'SourcePolicyError';
}

export async function readSourcePolicy(env: NodeJS.ProcessEnv): Promise<SourcePolicy | undefined> {
  const file = env.EXPERIMENTAL_BUILDKIT_SOURCE_POLICY;
  if (!file) return undefined;
  let data: Buffer;
  try {
    data = fs.readFileSync(file);
  } catch (err) {
    throw new SourcePolicyError(
      `EXPERIMENTAL_BUILDKIT_SOURCE_POLICY: cannot read the policy file ${file}: ${(err as Error).message}`,
    );
  }
  try {
    return normalise(JSON.parse(data.toString('utf8')) as unknown);
  } catch (jsonErr) {
    try {
      return await decodeBinary(data);
    } catch {
      throw new SourcePolicyError(
        `EXPERIMENTAL_BUILDKIT_SOURCE_POLICY: ${file} is not a source policy (JSON such as {"rules":[{"action":"CONVERT","selector":{"identifier":"docker-image://…"},"updates":{"identifier":"…"}}]}): ${(jsonErr as Error).message}`,
      );
    }
  }
}

function normalise(v: unknown): SourcePolicy {
  if (!v || typeof v !== 'object' || Array.isArray(v)) throw new Error('the policy must be a JSON object');
  const p = v as SourcePolicy & { rules?: unknown };
  if (p.rules !== undefined && !Array.isArray(p.rules)) throw new Error('"rules" must be a list');
  return p;
}

/** The protobuf wire form; the registry is loaded only for this rare case. A decode that finds no rule fails. */
async function decodeBinary(data: Buffer): Promise<SourcePolicy> {
  const { decodeMessage } = await import('../../buildkit/proto/registry.js');
  const p = decodeMessage('moby.buildkit.v1.sourcepolicy.Policy', data);
  if (!p.rules?.length) throw new Error('no rules');
  return { ...p, version: p.version === undefined ? undefined : Number(p.version) };
}
