/**
 * The run's policies as the command line and the action give them, checked once for both shells: `--execution`
 * (lifetime.ts: what a failure stops), `--max-parallelism` (lifetime.ts: how many targets build at once) and
 * `--publish` (images/publish.ts: when images get their names). Loads nothing: the CLI parses its arguments with it.
 */
import { EXECUTION_POLICIES, type ExecutionPolicy } from './lifetime.js';

export type PublishPolicy = 'as-built' | 'all-or-nothing';
export const PUBLISH_POLICIES: readonly PublishPolicy[] = ['as-built', 'all-or-nothing'];

/** A policy value that is not one; the message says what is allowed (the shells prefix the flag or input name). */
export class PolicyValueError extends Error {
  override readonly name = 'PolicyValueError';
}

/** `fail-fast` (also the default for an empty value) or `keep-going`. */
export function parseExecutionPolicy(value: string | undefined): ExecutionPolicy {
  const v = (value ?? '').trim();
  if (v === '') return 'fail-fast';
  if ((EXECUTION_POLICIES as readonly string[]).includes(v)) return v as ExecutionPolicy;
  throw new PolicyValueError(`expected ${EXECUTION_POLICIES.join(' or ')}, got "${v}"`);
}

/** A positive whole number; empty means no bound (undefined). */
export function parseMaxParallelism(value: string | undefined): number | undefined {
  const v = (value ?? '').trim();
  if (v === '') return undefined;
  if (!/^\d+$/.test(v) || Number(v) < 1 || !Number.isSafeInteger(Number(v)))
    throw new PolicyValueError(`expected a whole number of at least 1, got "${v}"`);
  return Number(v);
}

/** `as-built` (also the default for an empty value) or `all-or-nothing`. */
export function parsePublishPolicy(value: string | undefined): PublishPolicy {
  const v = (value ?? '').trim();
  if (v === '') return 'as-built';
  if ((PUBLISH_POLICIES as readonly string[]).includes(v)) return v as PublishPolicy;
  throw new PolicyValueError(`expected ${PUBLISH_POLICIES.join(' or ')}, got "${v}"`);
}
