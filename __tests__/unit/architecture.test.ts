/**
 * The direction of dependency between the layers (docs/architecture.md): bake definitions are pure and import
 * nothing from the other layers; the BuildKit wire client imports nothing from the orchestration layer or the shells;
 * the orchestration layer imports nothing from the shells. Checked on every relative import (static and dynamic) of
 * every source file, so a new file cannot break the rule unnoticed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../src');

/** Each layer and the layers it must not import from. */
const FORBIDDEN: Record<string, string[]> = {
  bake: ['solve', 'buildkit', 'action', 'cli'],
  buildkit: ['solve', 'action', 'cli'],
  solve: ['action', 'cli'],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** Relative specifiers of `import … from`, `export … from`, `import('…')`. */
function relativeImports(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}\/[^'"]+)\1/g))
    found.push(m[2]);
  return found;
}

/** The top-level folder of src/ a path lies in. */
function layerOf(file: string): string {
  return relative(SRC, file).split('/')[0];
}

describe('layering', () => {
  it('the import scanner sees static, re-export and dynamic imports', () => {
    const text = `import { a } from '../solve/x.js';\nexport * from "./y.js";\nconst m = await import('../../cli/z.js');\nimport './side.js';`;
    expect(relativeImports(text)).toEqual(['../solve/x.js', './y.js', '../../cli/z.js', './side.js']);
  });

  const files = sourceFiles(SRC);
  it('finds the source tree', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(new Set(files.map(layerOf))).toEqual(new Set(['action', 'bake', 'buildkit', 'cli', 'solve']));
  });

  for (const [layer, forbidden] of Object.entries(FORBIDDEN)) {
    it(`${layer}/ imports nothing from ${forbidden.join(', ')}`, () => {
      const violations: string[] = [];
      for (const file of files.filter((f) => layerOf(f) === layer)) {
        for (const spec of relativeImports(readFileSync(file, 'utf8'))) {
          const target = layerOf(resolve(dirname(file), spec));
          if (forbidden.includes(target)) violations.push(`${relative(SRC, file)} imports ${spec}`);
        }
      }
      expect(violations).toEqual([]);
    });
  }
});
