/** `semvercmp(version, constraint)`: buildx's function, with Masterminds/semver constraint syntax. */
import type { HclFunction } from '../eval.js';
import { arity, str } from './arguments.js';

/** Masterminds/semver-style constraint check (the subset bake users write). */
function semverParse(v: string): number[] & { pre?: string } {
  const m = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/.exec(v.trim());
  if (!m) throw new Error('Invalid Semantic Version');
  const out = [Number(m[1]), Number(m[2] ?? 0), Number(m[3] ?? 0)] as number[] & { pre?: string };
  if (m[4]) out.pre = m[4];
  return out;
}

function semverCompare(a: number[] & { pre?: string }, b: number[] & { pre?: string }): number {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  if (a.pre === b.pre) return 0;
  if (a.pre === undefined) return 1;
  if (b.pre === undefined) return -1;
  return a.pre < b.pre ? -1 : 1;
}

function semverCheck(version: string, constraint: string): boolean {
  const v = semverParse(version);
  return constraint.split('||').some((alt) =>
    alt
      .trim()
      .split(/\s*,\s*|\s+(?=[<>=!~^])/)
      .filter((c) => c !== '')
      .every((c) => {
        const m = /^(>=|<=|!=|=|>|<|~>|~|\^)?\s*(.+)$/.exec(c.trim());
        if (!m) throw new Error(`improper constraint: ${c}`);
        const op = m[1] ?? '=';
        const raw = m[2];
        if (/^[xX*]$/.test(raw)) return true;
        const parts = raw.replace(/^v/, '').split('.');
        const wild = parts.findIndex((p) => /^[xX*]$/.test(p));
        const given = wild >= 0 ? wild : parts.length;
        const c2 = semverParse(parts.map((p) => (/^[xX*]$/.test(p) ? '0' : p)).join('.'));
        const cmp = semverCompare(v, c2);
        const upper = (level: number) => {
          const u = [...c2] as number[] & { pre?: string };
          u[level] = u[level] + 1;
          for (let i = level + 1; i < 3; i++) u[i] = 0;
          return semverCompare(v, u) < 0;
        };
        switch (op) {
          case '=':
            return given < 3 ? cmp >= 0 && upper(Math.max(given - 1, 0)) : cmp === 0;
          case '!=':
            return cmp !== 0;
          case '>':
            return cmp > 0;
          case '<':
            return cmp < 0;
          case '>=':
            return cmp >= 0;
          case '<=':
            return cmp <= 0;
          case '~':
          case '~>':
            return cmp >= 0 && upper(given >= 2 ? 1 : 0);
          case '^':
            return cmp >= 0 && upper(c2[0] > 0 || given === 1 ? 0 : c2[1] > 0 || given === 2 ? 1 : 2);
        }
        return false;
      }),
  );
}

export const semvercmp: HclFunction = (a) => (arity('semvercmp', a, 2), semverCheck(str(a[0]), str(a[1])));
