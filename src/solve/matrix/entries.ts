/**
 * Matrix entries in docker/bake-action's shape (subaction/matrix/action.yml, its "Generating matrix" script): one
 * `{ "target": NAME }` per target of the resolved definition, in `--print` order; with `fields`, each named attribute
 * of the target's `--print` JSON is copied in, and a list attribute (`platforms`) gives one entry per value. The
 * values are read from the `--print` JSON itself (bake/print.ts renderPrint, byte for byte buildx's), as bake-action
 * reads `docker buildx bake --print`, so a workflow switching over gets the same JSON.
 *
 * Two deliberate differences, both where bake-action's loop produces something no workflow wants:
 * - several fields: bake-action pushes an entry each time it sets a field, so `platforms,dockerfile` yields a stray
 *   entry with `dockerfile` but no `platforms` (a job that builds every platform) before the per-platform ones; here
 *   the entries are the product of the list fields, each with every field — bake-action's output less those strays;
 * - `target` (the Dockerfile stage attribute) would overwrite the entry's target name in bake-action; here `target`
 *   in `fields` is the name, always present.
 * An unknown field is an error rather than silently ignored (`platform` for `platforms` would not split anything).
 */
import { TARGET_ATTRIBUTES } from '../../bake/target.js';

/** One `strategy.matrix.include` entry: the target name, then the requested fields in the target's key order. */
export type MatrixEntry = { target: string } & Record<string, unknown>;

/** A bake target as `--print` shows it, parsed. */
export type PrintedTarget = Record<string, unknown>;

/** A bad `fields` value (an exit code 2 at the command line). */
export class MatrixFieldError extends Error {
  override readonly name = 'MatrixFieldError';
}

const FIELD_NAMES: readonly string[] = TARGET_ATTRIBUTES.filter((a) => a !== 'inherits');

/**
 * `fields` as bake-action reads it (`split(/[\r?\n,]+/)`, empty items dropped; items trimmed here), checked against
 * the attributes `--print` can show. `target` is dropped: the entry's name is always there.
 */
export function parseFields(items: readonly string[]): string[] {
  const fields: string[] = [];
  for (const raw of items.flatMap((i) => i.split(/[\r\n,]+/))) {
    const f = raw.trim();
    if (f === '' || f === 'target' || fields.includes(f)) continue;
    if (!FIELD_NAMES.includes(f)) {
      const near = FIELD_NAMES.find(
        (n) => n === `${f}s` || `${n}s` === f || n.replace(/-/g, '') === f.replace(/[-_]/g, ''),
      );
      throw new MatrixFieldError(
        `fields: "${f}" is not a bake target attribute${near ? ` (did you mean "${near}"?)` : ''}; one of: ${FIELD_NAMES.join(', ')}`,
      );
    }
    fields.push(f);
  }
  return fields;
}

/** The entries of one target: one without fields, else the product of its list-valued fields. */
export function targetEntries(name: string, printed: PrintedTarget, fields: readonly string[]): MatrixEntry[] {
  let entries: MatrixEntry[] = [{ target: name }];
  // the target's own key order, as bake-action's Object.keys(target).forEach
  for (const key of Object.keys(printed)) {
    if (!fields.includes(key)) continue;
    const value = printed[key];
    if (Array.isArray(value)) {
      // `--print` never shows an empty list, so every list here multiplies by at least one
      entries = entries.flatMap((e) => value.map((v: unknown) => ({ ...e, [key]: v })));
    } else {
      entries = entries.map((e) => ({ ...e, [key]: value }));
    }
  }
  return entries;
}

/** Entries for `names` (in that order), from the `--print` JSON's targets. */
export function matrixEntries(
  printed: Record<string, PrintedTarget>,
  names: readonly string[],
  fields: readonly string[],
): MatrixEntry[] {
  return names.flatMap((n) => targetEntries(n, printed[n] ?? {}, fields));
}
