/**
 * Where a YAML alias bomb goes off. The `yaml` package refuses a document whose aliases expand past `maxAliasCount`
 * ("Excessive alias count indicates a resource exhaustion attack"), but its error has no position. toJSLocated
 * converts the document as `doc.toJS` does, with each alias node wrapped so that the first (innermost) one whose
 * resolution fails records its offset: the error is then a BakeError at that alias's line:column.
 */
import { BakeError } from './errors.js';
import { positionOf } from './utf8.js';

interface AliasLike {
  source: string;
  range?: [number, number, number];
  toJSON: (arg: unknown, ctx: unknown) => unknown;
}

interface DocLike {
  contents: unknown;
  toJS(opts: { maxAliasCount: number }): unknown;
}

function aliases(root: unknown): AliasLike[] {
  const out: AliasLike[] = [];
  const stack: unknown[] = [root];
  const seen = new Set<unknown>();
  while (stack.length > 0) {
    const n = stack.pop();
    if (!n || typeof n !== 'object' || seen.has(n)) continue;
    seen.add(n);
    const o = n as Record<string, unknown>;
    if (typeof o.source === 'string' && typeof o.resolve === 'function') out.push(o as unknown as AliasLike);
    if (Array.isArray(o.items)) stack.push(...(o.items as unknown[]));
    if ('key' in o) stack.push(o.key);
    if ('value' in o && typeof o.value === 'object') stack.push(o.value);
  }
  return out;
}

export function toJSLocated(doc: DocLike, file: { name: string; data: string }, maxAliasCount: number): unknown {
  let where: number | undefined;
  for (const a of aliases(doc.contents)) {
    const original = a.toJSON;
    a.toJSON = function (this: AliasLike, arg: unknown, ctx: unknown) {
      try {
        return original.call(this, arg, ctx);
      } catch (e) {
        if (where === undefined && this.range) where = this.range[0];
        throw e;
      }
    };
  }
  try {
    return doc.toJS({ maxAliasCount });
  } catch (e) {
    const message = (e as Error).message;
    if (where === undefined || !/alias/i.test(message)) throw e;
    throw new BakeError(message, positionOf(file.name, file.data, where));
  }
}
