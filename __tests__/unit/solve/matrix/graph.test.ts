/**
 * Layering by `target:` contexts: chains, diamonds, a target consuming two layers, layers over a subset (changed mode)
 * with links through unlisted targets; the producers a target pulls in; what is downstream of a change.
 */
import { describe, expect, it } from 'vitest';
import type { BakeDefinition, BakeTarget } from '../../../../src/bake/index.js';
import { resolveBake } from '../../../../src/bake/index.js';
import { downstreamOf, layersOf, producersOf, targetGraph } from '../../../../src/solve/matrix/graph.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A definition whose targets consume the named producers (each through a context named after it). */
function def(links: Record<string, string[]>): BakeDefinition {
  const target: Record<string, BakeTarget> = {};
  for (const [name, deps] of Object.entries(links)) {
    target[name] = deps.length ? { contexts: Object.fromEntries(deps.map((d) => [`ctx-${d}`, `target:${d}`])) } : {};
  }
  return { group: {}, target };
}

describe('layersOf', () => {
  it('layer 0 consumes nothing; a chain is one layer per link', () => {
    const g = targetGraph(def({ a: [], b: ['a'], c: ['b'], lone: [] }));
    expect(layersOf(g, ['a', 'b', 'c', 'lone'])).toEqual([['a', 'lone'], ['b'], ['c']]);
  });

  it('a diamond: both middles in one layer, the bottom after them', () => {
    const g = targetGraph(def({ top: [], left: ['top'], right: ['top'], bottom: ['left', 'right'] }));
    expect(layersOf(g, ['bottom', 'left', 'right', 'top'])).toEqual([['top'], ['left', 'right'], ['bottom']]);
  });

  it('a target consuming two layers goes after the deeper one', () => {
    const g = targetGraph(def({ a: [], b: ['a'], both: ['a', 'b'] }));
    expect(layersOf(g, ['a', 'b', 'both'])).toEqual([['a'], ['b'], ['both']]);
  });

  it('over a subset: an unlisted producer does not count, but a link through it still orders its two ends', () => {
    const g = targetGraph(def({ a: [], b: ['a'], c: ['b'], d: ['c'] }));
    // b unlisted: c still waits for a (its job builds b, which consumes a)
    expect(layersOf(g, ['a', 'c', 'd'])).toEqual([['a'], ['c'], ['d']]);
    // a, b unlisted: c consumes nothing listed
    expect(layersOf(g, ['c', 'd'])).toEqual([['c'], ['d']]);
    expect(layersOf(g, [])).toEqual([]);
  });
});

describe('producersOf and downstreamOf', () => {
  const g = targetGraph(def({ top: [], left: ['top'], right: ['top'], bottom: ['left', 'right'], other: [] }));

  it('producers: every target consumed directly or not, producers first, each once', () => {
    expect(producersOf(g, 'bottom')).toEqual(['top', 'left', 'right']);
    expect(producersOf(g, 'top')).toEqual([]);
  });

  it('downstream: the seeds and every consumer of them, transitively', () => {
    expect([...downstreamOf(g, ['left'])].sort()).toEqual(['bottom', 'left']);
    expect([...downstreamOf(g, ['top'])].sort()).toEqual(['bottom', 'left', 'right', 'top']);
    expect([...downstreamOf(g, [])]).toEqual([]);
  });
});

describe('cycles', () => {
  it('are refused by bake resolution before a graph is built, and by targetGraph itself', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'bakekit-graph-'));
    writeFileSync(
      join(cwd, 'docker-bake.hcl'),
      'target "a" {\n  contexts = { x = "target:b" }\n}\ntarget "b" {\n  contexts = { y = "target:a" }\n}\n',
    );
    expect(() => resolveBake({ files: [], targets: ['a'], set: [], cwd, env: {} })).toThrow(
      'infinite loop from b to a',
    );
    expect(() => targetGraph(def({ a: ['b'], b: ['a'] }))).toThrow(/target dependency cycle: a -> b -> a/);
  });
});
