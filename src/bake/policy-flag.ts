/**
 * `--policy` (buildx ≥ 0.34, commands/bake.go): policy options for every target (`strict=…`, `log-level=…`, or
 * `disabled=true`). buildx checks the values before it reads the bake files (bakePolicyOverrides) and turns each into a
 * `*.policy+=VALUE` override — but `disabled=true` replaces every resolved target's policy with `[{disabled}]` after
 * resolution, whatever `--set` said. Here each value becomes a `*.policy+=` override marked as the flag's: overrides.ts
 * checks the marked values as bakePolicyOverrides does and applies them as buildx would. The mark starts with a NUL
 * byte, which no command-line argument or environment value can hold, so no `--set` can forge it.
 *
 * A module of its own, with no imports: the command-line parser loads it at start-up.
 */
export const POLICY_FLAG_MARK = '\u0000--policy ';

/** `--policy VALUE`… → the overrides that carry them (after the user's own `--set`, as buildx appends them). */
export function policyFlagOverrides(values: readonly string[]): string[] {
  return values.map((v) => `*.policy+=${POLICY_FLAG_MARK}${v}`);
}
