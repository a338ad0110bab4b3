/**
 * The JSON a workflow's `strategy.matrix` reads, from a resolved definition:
 * - `include`: docker/bake-action's matrix (entries.ts), for `strategy.matrix.include: ${{ fromJSON(…) }}`;
 * - `layers`: the same entries grouped by `target:` layer (graph.ts layersOf), `layers[N]` for the job that runs after
 *   the jobs of layers < N; each entry also says `targets`: its producers then itself, comma-separated (the action's
 *   `targets` input syntax), for a job that must export the producers' outputs too.
 * Both list only `only` when it is given (`changed` mode), in `--print` order.
 */
import { renderPrint, type BakeDefinition } from '../../bake/index.js';
import { matrixEntries, type MatrixEntry, type PrintedTarget } from './entries.js';
import { layersOf, producersOf, targetGraph, type TargetGraph } from './graph.js';

/** A layered entry: a MatrixEntry with the targets a self-contained job would name. */
export type LayerEntry = MatrixEntry & { targets: string };

export interface Matrix {
  include: MatrixEntry[];
  layers: LayerEntry[][];
}

/** The `--print` JSON's targets, parsed: the values bake-action's fields read (key order included). */
export function printedTargets(def: BakeDefinition): Record<string, PrintedTarget> {
  return (JSON.parse(renderPrint(def)) as { target?: Record<string, PrintedTarget> }).target ?? {};
}

export function buildMatrix(
  def: BakeDefinition,
  opts: { fields: readonly string[]; only?: ReadonlySet<string>; graph?: TargetGraph },
): Matrix {
  const printed = printedTargets(def);
  const graph = opts.graph ?? targetGraph(def);
  // Object.keys: the order bake-action iterates `def.target` in (the `--print` order, after JSON.parse)
  const names = Object.keys(printed).filter((n) => !opts.only || opts.only.has(n));
  const include = matrixEntries(printed, names, opts.fields);
  const layers = layersOf(graph, names).map((layer) => {
    const inLayer = new Set(layer);
    const order = names.filter((n) => inLayer.has(n));
    return order.flatMap((n) => {
      const targets = [...producersOf(graph, n), n].join(',');
      return matrixEntries(printed, [n], opts.fields).map((e): LayerEntry => ({ ...e, targets }));
    });
  });
  return { include, layers };
}
