/**
 * Compiles a parsed regular expression into the instructions of regexp-program.ts: Thompson's construction, as Go's
 * regexp/syntax compiler does it — a split for each choice, a jump back for each star, a counted repetition
 * unrolled. The result is an NFA, which regexp-exec.ts runs without backtracking.
 */
import { type Node, parseRegexp } from './regexp-parse.js';
import { type CharClass, type Program, Op, emptyDfa } from './regexp-program.js';

/** Parses Go regexp source and compiles it; throws what the parser throws. */
export function compileRegexp(src: string): Program {
  const root = parseRegexp(src);
  const op: number[] = [];
  const a: number[] = [];
  const b: number[] = [];
  const classes: CharClass[] = [];
  const emit = (o: Op, x = 0, y = 0): number => {
    op.push(o);
    a.push(x);
    b.push(y);
    return op.length - 1;
  };
  const gen = (n: Node): void => {
    switch (n.k) {
      case 'char':
        emit(Op.Char, n.c);
        return;
      case 'class':
        classes.push(n.cls);
        emit(Op.Class, classes.length - 1);
        return;
      case 'any':
        emit(Op.AnyNotNL);
        return;
      case 'assert':
        emit(n.op);
        return;
      case 'seq':
        n.seq.forEach(gen);
        return;
      case 'alt': {
        // split → alt 1 | split → alt 2 | … ; each alternative jumps to the end
        const jumps: number[] = [];
        n.alts.forEach((alt, k) => {
          if (k < n.alts.length - 1) {
            const split = emit(Op.Split);
            gen(alt);
            jumps.push(emit(Op.Jmp));
            a[split] = split + 1;
            b[split] = op.length;
          } else gen(alt);
        });
        for (const j of jumps) a[j] = op.length;
        return;
      }
      case 'repeat': {
        for (let k = 0; k < n.min; k++) gen(n.node);
        if (n.max === -1) gen({ k: 'star', node: n.node });
        else {
          // x{2,4} = x x (x (x)?)?
          const splits: number[] = [];
          for (let k = n.min; k < n.max; k++) {
            splits.push(emit(Op.Split));
            a[splits[splits.length - 1]] = op.length;
            gen(n.node);
          }
          for (const sp of splits) b[sp] = op.length;
        }
        return;
      }
      case 'star': {
        const split = emit(Op.Split);
        gen(n.node);
        emit(Op.Jmp, split);
        a[split] = split + 1;
        b[split] = op.length;
        return;
      }
      case 'quest': {
        const split = emit(Op.Split);
        gen(n.node);
        a[split] = split + 1;
        b[split] = op.length;
        return;
      }
    }
  };
  gen(root);
  emit(Op.Match);
  // A program that can only match from the start (patternmatcher's `^…$` without a raw `|`) need not start a thread
  // at every position.
  const anchored = root.k === 'seq' && root.seq[0]?.k === 'assert' && root.seq[0].op === Op.Begin;
  const n = op.length;
  return {
    op: Uint8Array.from(op),
    a: Int32Array.from(a),
    b: Int32Array.from(b),
    classes,
    lists: [new Int32Array(n), new Int32Array(n)],
    mark: new Int32Array(n).fill(-1),
    stack: new Int32Array(2 * n + 2),
    generation: 0,
    anchored,
    wordAssertions: op.some((o) => o === Op.WordBoundary || o === Op.NotWordBoundary),
    dfa: emptyDfa(),
  };
}
