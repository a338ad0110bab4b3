/**
 * The instruction set a translated pattern compiles to (Go's regexp/syntax Prog, reduced to what a pattern can
 * need), and the state a compiled program carries between matches: scratch space for the NFA and the cache of DFA
 * states. regexp-compile.ts builds programs, regexp-exec.ts runs them; both share these definitions, as does the
 * parser for its assertions.
 */

export const enum Op {
  Char,
  Class,
  AnyNotNL,
  Split,
  Jmp,
  Begin,
  End,
  WordBoundary,
  NotWordBoundary,
  Match,
}

/** Sorted, merged [lo, hi] code point ranges (already negated when the class was). */
export type CharClass = number[];

export interface Program {
  op: Uint8Array;
  /** Char: the code point; Class: index into `classes`; Split/Jmp: first target. */
  a: Int32Array;
  /** Split: second target. */
  b: Int32Array;
  classes: CharClass[];
  /** Scratch space for runProgram (one match at a time: JavaScript is single-threaded and runProgram never recurses). */
  lists: [Int32Array, Int32Array];
  mark: Int32Array;
  stack: Int32Array;
  generation: number;
  /** Starts with `^` and has no top-level alternation: matches can only start at 0. */
  anchored: boolean;
  /** Has `\b`/`\B` (whose closure depends on both neighbours): always run on the NFA, never the cached DFA. */
  wordAssertions: boolean;
  dfa: Dfa;
}

/**
 * The NFA's state sets, built on demand and cached (what RE2 does): one state per distinct set of live threads,
 * with its transitions. A path then costs one table lookup per character. Bounded: past MAX_DFA_STATES
 * (regexp-exec.ts) the cache is dropped and rebuilt, so memory stays bounded and the time stays linear (each step
 * builds at most one state).
 */
export interface Dfa {
  /** Per state: the consuming instructions (Char/Class/AnyNotNL) live in it, after following empty transitions. */
  pcs: Int32Array[];
  /** Per state: MATCH_NOW (Match reachable without `$`: a match whatever follows), ACCEPT_AT_END (reachable at the end
   * of the path), DEAD (nothing live and the program is anchored: no match can follow). */
  flags: Uint8Array;
  /** ASCII transitions, state * 128 + character → state, -1 when not built yet. */
  ascii: Int32Array;
  other: Map<number, number>[];
  byKey: Map<string, number>;
  start: number;
}

export const MATCH_NOW = 1;
export const ACCEPT_AT_END = 2;
export const DEAD = 4;

export function emptyDfa(): Dfa {
  return {
    pcs: [],
    flags: new Uint8Array(16),
    ascii: new Int32Array(16 * 128).fill(-1),
    other: [],
    byKey: new Map(),
    start: -1,
  };
}

export function inClass(cls: CharClass, c: number): boolean {
  for (let i = 0; i < cls.length; i += 2) {
    if (c < cls[i]) return false;
    if (c <= cls[i + 1]) return true;
  }
  return false;
}

export function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}
