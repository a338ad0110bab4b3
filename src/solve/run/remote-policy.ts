/**
 * A remote context's `<Dockerfile>.rego`: buildx ≥ 0.32 (build/opt.go loadInputs, resolveRemotePolicyContextState)
 * evaluates the policy file beside the Dockerfile in a Git context, an HTTP archive context or a remote definition's
 * copied directory, as it does beside a local Dockerfile. bakekit evaluates no policy (Rego), so a target whose remote
 * context has one is refused before anything builds, as a target with a local one is (target/bake-adapter.ts):
 * never built without it.
 *
 * buildx reads the file through the daemon in an internal build of its own (util/sourcemeta), whenever the Dockerfile
 * comes from the remote context; so does this (daemon-files.ts), one read per distinct context and file. The states
 * are buildx's: the context input a definition copy already is, llb.Git for a Git URL (its `#ref:subdir` in the
 * source's identifier), and an HTTP URL's download copied out with unpacking. A Dockerfile from elsewhere (inline, or
 * local with `cwd://`) is not looked for in the context.
 */
import { posix } from 'node:path';
import { SshForwarder, type SshSource } from '../../buildkit/session/ssh.js';
import type { BuildkitConnection } from '../../buildkit/transport/connect.js';
import { TargetAttributeError, unevaluatedPolicy } from '../target/bake-adapter.js';
import { dockerfileInRemoteContext, isGitReference, isGitSshContext } from '../target/context-kind.js';
import { gitDefinition, gitSource } from '../target/git-source.js';
import { httpUnpackedDefinition } from '../target/http-source.js';
import type { SolvePlan } from '../target/plan.js';
import type { TargetSpec } from '../target/spec.js';
import { isNotFound, withDaemonFiles } from './daemon-files.js';
import { redactGitUrl } from './git-auth.js';

export interface RemotePolicyRead {
  /** the context as the target names it (for messages) */
  context: string;
  /** the LLB definition of the context's state */
  definition: Buffer;
  /** the policy file's path in it: the Dockerfile's, with `.rego` */
  file: string;
}

/** What a target's remote context policy is read from, or nothing when buildx would read none from its context. */
export function remotePolicyRead(
  spec: TargetSpec,
  plan: Pick<SolvePlan, 'frontendInputs'>,
): RemotePolicyRead | undefined {
  if (spec.policyDisabled || spec.dockerfileInline !== undefined || !dockerfileInRemoteContext(spec)) return undefined;
  const file = `${posix.normalize(spec.dockerfile!)}.rego`;
  let definition = plan.frontendInputs.context;
  if (!definition && !isGitReference(spec.context)) definition = httpUnpackedDefinition(spec.context);
  if (!definition) {
    try {
      definition = gitDefinition(gitSource(spec.context), spec.context);
    } catch {
      // a query BuildKit refuses (parseGitRef): nothing to read; the frontend fails the target with its own error
      return undefined;
    }
  }
  return { context: spec.context, definition, file };
}

/**
 * Refuses, before anything builds, every target whose remote context has the policy file buildx would apply. `access`:
 * each target's secret values and SSH agents (a read's session serves its `GIT_AUTH_*` secrets, for a private
 * repository, and its agents for a Git URL over SSH).
 */
export async function refuseRemotePolicies(
  specs: TargetSpec[],
  plans: Map<string, Pick<SolvePlan, 'frontendInputs'>>,
  access: { secrets: Map<string, Map<string, Buffer>>; ssh: Map<string, Map<string, SshSource>> },
  connection: BuildkitConnection,
  signal?: AbortSignal,
): Promise<void> {
  const reads = new Map<string, { read: RemotePolicyRead; targets: string[] }>();
  for (const spec of specs) {
    const read = remotePolicyRead(spec, plans.get(spec.name)!);
    if (!read) continue;
    const key = `${read.definition.toString('base64')}\n${read.file}`;
    const entry = reads.get(key) ?? { read, targets: [] };
    entry.targets.push(spec.name);
    reads.set(key, entry);
  }
  if (reads.size === 0) return;
  const found = await Promise.all(
    [...reads.values()].map(async ({ read, targets }) => {
      // the target's own access to its context: its Git credentials, and for a Git URL over SSH its agents
      const gitAuth = new Map(
        [...(access.secrets.get(targets[0]) ?? [])].filter(([id]) => /^GIT_AUTH_(TOKEN|HEADER)/.test(id)),
      );
      const attach = isGitSshContext(read.context) ? [new SshForwarder(access.ssh.get(targets[0]) ?? new Map())] : [];
      const context = redactGitUrl(read.context);
      const exists = await withDaemonFiles(
        connection,
        read.definition,
        {
          name: 'bakekit-policy',
          secrets: gitAuth,
          attach,
          signal,
          solveError: (err) =>
            new TargetAttributeError(targets[0], 'context', `reading ${context}: ${err.details || err.message}`),
        },
        async (readFile) => {
          try {
            await readFile(read.file);
            return true;
          } catch (err) {
            if (isNotFound(err)) return false;
            throw new TargetAttributeError(
              targets[0],
              'policy',
              `reading ${read.file} in ${context}: ${(err as { details?: string }).details || (err as Error).message}`,
            );
          }
        },
      );
      return exists ? { read, targets } : undefined;
    }),
  );
  const first = found.find((f) => f !== undefined);
  if (!first) return;
  throw new TargetAttributeError(
    first.targets[0],
    'policy',
    unevaluatedPolicy(
      `(≥ 0.32) applies from ${first.read.file} in the remote context ${redactGitUrl(first.read.context)}`,
    ),
  );
}
