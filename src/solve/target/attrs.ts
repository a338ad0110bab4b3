/**
 * The CSV attribute form used by outputs, caches, secrets and attestations (`type=local,"dest=a,b"`), parsed
 * with csv-parse so quoting works as in buildx (which uses encoding/csv).
 */
import { parse } from 'csv-parse/sync';
import type { AttrEntry } from './spec.js';

export class AttrSyntaxError extends Error {
  override readonly name = 'AttrSyntaxError';
}

/**
 * `defaultKey`: what a bare value means. Outputs and caches: a bare value is a registry ref / `type=` shorthand
 * handled by the caller; secrets and ssh: the id.
 */
export function parseAttrEntry(input: string, defaultKey?: string): AttrEntry {
  let fields: string[];
  try {
    const rows: string[][] = parse(input, { relax_quotes: true, trim: true });
    fields = rows[0] ?? [];
  } catch (err) {
    throw new AttrSyntaxError(`cannot parse "${input}": ${(err as Error).message}`);
  }
  const out: Record<string, string> = {};
  for (const field of fields) {
    const eq = field.indexOf('=');
    if (eq < 0) {
      if (defaultKey) {
        out[defaultKey] = field;
        continue;
      }
      // buildx: a bare value in an output is `type=local,dest=VALUE` ("-" aside), in a cache a registry ref
      if (fields.length === 1) return { type: 'registry', ref: field };
      throw new AttrSyntaxError(`"${field}" in "${input}" is not key=value`);
    }
    out[field.slice(0, eq).trim().toLowerCase()] = field.slice(eq + 1);
  }
  if (!out.type && !defaultKey) throw new AttrSyntaxError(`"${input}" has no type=`);
  return { type: out.type ?? '', ...out };
}
