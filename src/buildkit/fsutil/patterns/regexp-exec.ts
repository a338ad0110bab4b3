/**
 * Runs a compiled program against a path: from a cache of DFA states built on demand (one table lookup per
 * character once warm), or, for a program with word-boundary assertions, on the NFA directly (a Pike VM). Both read
 * the path once, keeping at most one thread per instruction: time linear in path × program, never backtracking.
 */
import { ACCEPT_AT_END, DEAD, MATCH_NOW, type Program, Op, emptyDfa, inClass, isWordChar } from './regexp-program.js';

const MAX_DFA_STATES = 2048;

/**
 * Matches the whole of `path` against the program (Go's MatchString: a match may start anywhere unless the program
 * is anchored). The cached DFA when it applies, else the NFA.
 */
export function runProgram(p: Program, path: string): boolean {
  return p.wordAssertions ? runNfa(p, path) : runDfa(p, path);
}

/** The empty-transition closure of `kernel` (no `\b`/`\B` in the program): consuming pcs and what it reaches. */
function dfaState(p: Program, kernel: Iterable<number>, atStart: boolean): number {
  const { mark, stack } = p;
  if (p.generation > 0x3fffffff) {
    mark.fill(-1);
    p.generation = 0;
  }
  const closure = (allowEnd: boolean, out: number[] | undefined): boolean => {
    const generation = ++p.generation;
    let reached = false;
    let sp = 0;
    for (const k of kernel) stack[sp++] = k;
    while (sp > 0) {
      const pc = stack[--sp];
      if (mark[pc] === generation) continue;
      mark[pc] = generation;
      switch (p.op[pc]) {
        case Op.Jmp:
          stack[sp++] = p.a[pc]!;
          break;
        case Op.Split:
          stack[sp++] = p.b[pc]!;
          stack[sp++] = p.a[pc]!;
          break;
        case Op.Begin:
          if (atStart) stack[sp++] = pc + 1;
          break;
        case Op.End:
          if (allowEnd) stack[sp++] = pc + 1;
          break;
        case Op.Match:
          reached = true;
          break;
        default:
          out?.push(pc);
      }
    }
    return reached;
  };
  const pcs: number[] = [];
  const matchNow = closure(false, pcs);
  const acceptAtEnd = matchNow || closure(true, undefined);
  pcs.sort((x, y) => x - y);
  const key = `${pcs.join(',')}|${matchNow ? 1 : 0}${acceptAtEnd ? 1 : 0}`;
  const dfa = p.dfa;
  const known = dfa.byKey.get(key);
  if (known !== undefined) return known;
  const id = dfa.pcs.length;
  if (id >= dfa.flags.length) {
    const flags = new Uint8Array(dfa.flags.length * 2);
    flags.set(dfa.flags);
    dfa.flags = flags;
    const ascii = new Int32Array(dfa.ascii.length * 2).fill(-1);
    ascii.set(dfa.ascii);
    dfa.ascii = ascii;
  }
  dfa.pcs.push(Int32Array.from(pcs));
  dfa.other.push(new Map());
  dfa.flags[id] =
    (matchNow ? MATCH_NOW : 0) | (acceptAtEnd ? ACCEPT_AT_END : 0) | (pcs.length === 0 && p.anchored ? DEAD : 0);
  dfa.byKey.set(key, id);
  return id;
}

function dfaStep(p: Program, from: number, c: number): number {
  const kernel: number[] = [];
  for (const pc of p.dfa.pcs[from]) {
    let ok = false;
    switch (p.op[pc]) {
      case Op.Char:
        ok = p.a[pc] === c;
        break;
      case Op.Class:
        ok = inClass(p.classes[p.a[pc]], c);
        break;
      case Op.AnyNotNL:
        ok = c !== 10;
        break;
    }
    if (ok) kernel.push(pc + 1);
  }
  if (!p.anchored) kernel.push(0); // a match may also start after this character
  return dfaState(p, kernel, false);
}

function runDfa(p: Program, path: string): boolean {
  if (p.dfa.pcs.length > MAX_DFA_STATES) p.dfa = emptyDfa();
  const dfa = p.dfa;
  if (dfa.start < 0) dfa.start = dfaState(p, [0], true);
  let s = dfa.start;
  const len = path.length;
  for (let i = 0; i < len; i++) {
    const f = dfa.flags[s];
    if (f & MATCH_NOW) return true;
    if (f & DEAD) return false;
    let c = path.charCodeAt(i);
    let next: number;
    if (c < 128) {
      next = dfa.ascii[s * 128 + c]!;
      if (next < 0) {
        next = dfaStep(p, s, c);
        dfa.ascii[s * 128 + c] = next; // (dfaStep may have grown the table: index it again)
      }
    } else {
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < len) {
        const lo = path.charCodeAt(i + 1);
        if (lo >= 0xdc00 && lo <= 0xdfff) {
          c = (c - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000;
          i++;
        }
      }
      const known = dfa.other[s].get(c);
      if (known === undefined) {
        next = dfaStep(p, s, c);
        dfa.other[s].set(c, next);
      } else next = known;
    }
    s = next;
  }
  return (dfa.flags[s] & (MATCH_NOW | ACCEPT_AT_END)) !== 0;
}

/**
 * Pike VM: the set of live threads (instruction indices) advances one code point at a time; each instruction is
 * in a set at most once, so the work is bounded by path length × program size. Go's MatchString semantics: a match
 * may start anywhere (patternmatcher's `^`/`$` anchor it) and succeeds as soon as one thread reaches Match.
 */
function runNfa(p: Program, path: string): boolean {
  let [clist, nlist] = p.lists;
  let ccount = 0;
  let ncount = 0;
  const { mark, stack } = p;
  // generations only grow (marks from an earlier path never collide); restart well before Int32 overflow
  if (p.generation > 0x3fffffff) {
    mark.fill(-1);
    p.generation = 0;
  }
  let generation = p.generation;
  let matched = false;
  // Adds pc and everything reachable from it without consuming input, at a position whose neighbours are prev/next.
  const add = (list: Int32Array, count: number, pc0: number, prev: number, next: number): number => {
    let sp = 0;
    stack[sp++] = pc0;
    while (sp > 0) {
      const pc = stack[--sp];
      if (mark[pc] === generation) continue;
      mark[pc] = generation;
      switch (p.op[pc]) {
        case Op.Jmp:
          stack[sp++] = p.a[pc]!;
          break;
        case Op.Split:
          stack[sp++] = p.b[pc]!;
          stack[sp++] = p.a[pc]!;
          break;
        case Op.Begin:
          if (prev === -1) stack[sp++] = pc + 1;
          break;
        case Op.End:
          if (next === -1) stack[sp++] = pc + 1;
          break;
        case Op.WordBoundary:
        case Op.NotWordBoundary: {
          const boundary = (prev !== -1 && isWordChar(prev)) !== (next !== -1 && isWordChar(next));
          if (boundary === (p.op[pc] === Op.WordBoundary)) stack[sp++] = pc + 1;
          break;
        }
        case Op.Match:
          matched = true;
          break;
        default:
          list[count++] = pc;
      }
    }
    return count;
  };
  const len = path.length;
  const codePointAt = (i: number): number => (i < len ? path.codePointAt(i)! : -1);
  let prev = -1;
  let cur = codePointAt(0);
  generation++;
  ccount = add(clist, 0, 0, prev, cur);
  let i = 0;
  while (cur !== -1 && !matched) {
    const width = cur > 0xffff ? 2 : 1;
    const next = codePointAt(i + width);
    generation++;
    ncount = 0;
    for (let k = 0; k < ccount; k++) {
      const pc = clist[k];
      let ok = false;
      switch (p.op[pc]) {
        case Op.Char:
          ok = p.a[pc] === cur;
          break;
        case Op.Class:
          ok = inClass(p.classes[p.a[pc]], cur);
          break;
        case Op.AnyNotNL:
          ok = cur !== 10;
          break;
      }
      if (ok) ncount = add(nlist, ncount, pc + 1, cur, next);
    }
    // unanchored: a match may also start after this character
    if (!p.anchored) ncount = add(nlist, ncount, 0, cur, next);
    if (ncount === 0 && p.anchored) break;
    const swap = clist;
    clist = nlist;
    nlist = swap;
    ccount = ncount;
    prev = cur;
    cur = next;
    i += width;
  }
  p.generation = generation;
  return matched;
}
