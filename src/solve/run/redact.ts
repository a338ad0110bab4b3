/**
 * Keeps secret values out of everything bakekit writes: log lines, error messages, metadata, summaries, outputs.
 *
 * The daemon never echoes a secret by itself, but a build step can (`RUN --mount=type=secret,id=t cat
 * /run/secrets/t`, or an error that quotes its input), and that output reaches our progress log and the failure
 * summary. The shells know every value they serve, so they pass what they print through a redactor built from them,
 * the way a GitHub runner masks `::add-mask::` values. Values shorter than 4 characters are left alone (masking
 * "1" or "yes" everywhere would garble the log and protects nothing).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { SecretEntry, TargetSpec } from '../target/spec.js';

export const REDACTED = '***';
const MIN_LENGTH = 4;

/** The value of every secret the targets declare (as loadSecrets would read it); unreadable ones are skipped. */
export function secretValues(
  specs: Array<Pick<TargetSpec, 'secrets'>>,
  ctx: { cwd: string; env: NodeJS.ProcessEnv },
): string[] {
  const out: string[] = [];
  for (const spec of specs)
    for (const s of spec.secrets) {
      const v = readSecret(s, ctx);
      if (v !== undefined) out.push(v);
    }
  return out;
}

function readSecret(s: SecretEntry, ctx: { cwd: string; env: NodeJS.ProcessEnv }): string | undefined {
  if (s.value !== undefined) return s.value;
  let { src, env } = s;
  if (!src && !env) {
    if (ctx.env[s.id] !== undefined) env = s.id;
    else src = s.id;
  }
  if (env) return ctx.env[env];
  try {
    return fs.readFileSync(path.resolve(ctx.cwd, src!), 'utf8');
  } catch {
    return undefined;
  }
}

export type Redact = (text: string) => string;

/**
 * Replaces each value, and each line of a multi-line value, with `***` (longest first, so a value containing
 * another is masked whole). A file secret usually ends with a newline a step's output will not repeat: the
 * trimmed value is masked too, and so is each value's JSON-escaped form.
 */
export function makeRedactor(values: Iterable<string | undefined>): Redact {
  const set = new Set<string>();
  for (const v of values) {
    if (!v) continue;
    for (const piece of [v, v.trim(), ...v.split(/\r?\n/).map((l) => l.trim())]) {
      if (piece.length < MIN_LENGTH) continue;
      set.add(piece);
      set.add(JSON.stringify(piece).slice(1, -1)); // as it appears inside JSON (metadata, outputs)
    }
  }
  const list = [...set].sort((a, b) => b.length - a.length);
  if (!list.length) return (text) => text;
  return (text) => {
    let out = text;
    for (const v of list) if (out.includes(v)) out = out.split(v).join(REDACTED);
    return out;
  };
}
