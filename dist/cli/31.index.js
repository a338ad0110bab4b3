"use strict"; exports.id = 31;
exports.ids = [31];
exports.modules = {
  /***/
  3104: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        f: () => (
          /* binding */
          validateGlob
        ),
        /* harmony export */
        s: () => (
          /* binding */
          matchGlob
        )
        /* harmony export */
      });
      function validateGlob(pattern) {
        try {
          goMatch([...pattern].map((c) => c.codePointAt(0)), [46]);
        } catch {
          throw new Error(`syntax error in pattern: ${pattern}`);
        }
      }
      function matchGlob(pattern, name) {
        try {
          return goMatch([...pattern].map((c) => c.codePointAt(0)), [...name].map((c) => c.codePointAt(0)));
        } catch {
          return false;
        }
      }
      const SLASH = 47;
      const STAR = 42;
      const BACKSLASH = 92;
      const LBRACKET = 91;
      const RBRACKET = 93;
      const QUESTION = 63;
      const CARET = 94;
      const DASH = 45;
      function goMatch(pattern, name) {
        let p = 0;
        let s = 0;
        while (p < pattern.length) {
          const { star, chunkEnd } = scanChunk(pattern, p);
          const chunkStart = star.end;
          p = chunkEnd;
          if (star.star && chunkStart === chunkEnd) {
            return !name.slice(s).includes(SLASH);
          }
          const r = matchChunk(pattern, chunkStart, chunkEnd, name, s);
          if (r >= 0 && (r === name.length || p < pattern.length)) {
            s = r;
            continue;
          }
          if (star.star) {
            let found = false;
            for (let i = s; i < name.length && name[i] !== SLASH; i++) {
              const r2 = matchChunk(pattern, chunkStart, chunkEnd, name, i + 1);
              if (r2 >= 0) {
                if (p === pattern.length && r2 < name.length)
                  continue;
                s = r2;
                found = true;
                break;
              }
            }
            if (found)
              continue;
          }
          return false;
        }
        return s === name.length;
      }
      function scanChunk(pattern, p) {
        let star = false;
        while (p < pattern.length && pattern[p] === STAR) {
          p++;
          star = true;
        }
        const start = p;
        let inrange = false;
        let i = p;
        for (; i < pattern.length; i++) {
          const c = pattern[i];
          if (c === BACKSLASH) {
            if (i + 1 < pattern.length)
              i++;
          } else if (c === LBRACKET)
            inrange = true;
          else if (c === RBRACKET)
            inrange = false;
          else if (c === STAR && !inrange)
            break;
        }
        return { star: { star, end: start }, chunkEnd: i };
      }
      function matchChunk(pattern, c, end, name, s) {
        let failed = false;
        const bad = () => new Error("syntax error in pattern");
        const getEsc = () => {
          if (c >= end || pattern[c] === DASH || pattern[c] === RBRACKET)
            throw bad();
          if (pattern[c] === BACKSLASH) {
            c++;
            if (c >= end)
              throw bad();
          }
          const r = pattern[c++];
          if (c >= end)
            throw bad();
          return r;
        };
        while (c < end) {
          if (!failed && s >= name.length)
            failed = true;
          const ch = pattern[c];
          if (ch === LBRACKET) {
            let r = -1;
            if (!failed)
              r = name[s++];
            c++;
            let negated = false;
            if (c < end && pattern[c] === CARET) {
              negated = true;
              c++;
            }
            let match = false;
            let nrange = 0;
            for (; ; ) {
              if (c < end && pattern[c] === RBRACKET && nrange > 0) {
                c++;
                break;
              }
              const lo = getEsc();
              let hi = lo;
              if (pattern[c] === DASH) {
                c++;
                hi = getEsc();
              }
              if (lo <= r && r <= hi)
                match = true;
              nrange++;
            }
            if (match === negated)
              failed = true;
          } else if (ch === QUESTION) {
            if (!failed) {
              if (name[s] === SLASH)
                failed = true;
              s++;
            }
            c++;
          } else {
            if (ch === BACKSLASH) {
              c++;
              if (c >= end)
                throw bad();
            }
            if (!failed) {
              if (pattern[c] !== name[s])
                failed = true;
              s++;
            }
            c++;
          }
        }
        return failed ? -1 : s;
      }
    })
  ),
  /***/
  5031: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        P: () => (
          /* binding */
          PatternMatcher
        )
      });
      var paths = __webpack_require__(8150);
      var glob = __webpack_require__(3104);
      ;
      class UnsupportedRegexp extends Error {
        name = "UnsupportedRegexp";
      }
      const MAX_RUNE = 1114111;
      function normalizeClass(ranges, negate) {
        const pairs = [];
        for (let i = 0; i < ranges.length; i += 2)
          pairs.push([ranges[i], ranges[i + 1]]);
        pairs.sort((x, y) => x[0] - y[0]);
        const merged = [];
        for (const [lo, hi] of pairs) {
          const n = merged.length;
          if (n > 0 && lo <= merged[n - 1] + 1)
            merged[n - 1] = Math.max(merged[n - 1], hi);
          else
            merged.push(lo, hi);
        }
        if (!negate)
          return merged;
        const out = [];
        let next = 0;
        for (let i = 0; i < merged.length; i += 2) {
          if (merged[i] > next)
            out.push(next, merged[i] - 1);
          next = merged[i + 1] + 1;
        }
        if (next <= MAX_RUNE)
          out.push(next, MAX_RUNE);
        return out;
      }
      const R = (s) => {
        const out = [];
        for (let i = 0; i < s.length; i += 2)
          out.push(s.codePointAt(i), s.codePointAt(i + 1));
        return out;
      };
      const PERL_CLASSES = { d: R("09"), s: R("	\n\f\r  "), w: R("09AZ__az") };
      const POSIX_CLASSES = {
        alnum: R("09AZaz"),
        alpha: R("AZaz"),
        ascii: [0, 127],
        blank: R("		  "),
        cntrl: [0, 31, 127, 127],
        digit: R("09"),
        graph: R("!~"),
        lower: R("az"),
        print: R(" ~"),
        punct: R("!/:@[`{~"),
        space: R("	\r  "),
        upper: R("AZ"),
        word: R("09AZ__az"),
        xdigit: R("09AFaf")
      };
      function parseRegexp(src) {
        const t = [...src].map((ch) => ch.codePointAt(0));
        let i = 0;
        const bad = (what) => {
          throw new Error(what);
        };
        const isOctal = (c) => c !== void 0 && c >= 48 && c <= 55;
        const hexVal = (c) => {
          if (c === void 0)
            return -1;
          if (c >= 48 && c <= 57)
            return c - 48;
          if (c >= 97 && c <= 102)
            return c - 87;
          if (c >= 65 && c <= 70)
            return c - 55;
          return -1;
        };
        const escapeChar = () => {
          const c = t[i++];
          if (c === void 0)
            return bad("trailing backslash");
          if (c < 128 && !(c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122))
            return c;
          if (c >= 49 && c <= 55 && !isOctal(t[i]))
            return bad("invalid escape sequence");
          if (c >= 48 && c <= 55) {
            let r = c - 48;
            for (let k = 1; k < 3 && isOctal(t[i]); k++)
              r = r * 8 + t[i++] - 48;
            return r;
          }
          if (c === 120) {
            if (t[i] === 123) {
              i++;
              let r = 0;
              let n = 0;
              while (t[i] !== 125) {
                const v = hexVal(t[i]);
                if (v < 0)
                  return bad("invalid escape sequence");
                r = r * 16 + v;
                if (r > MAX_RUNE)
                  return bad("invalid escape sequence");
                i++;
                n++;
              }
              i++;
              if (n === 0)
                return bad("invalid escape sequence");
              return r;
            }
            const h = hexVal(t[i]);
            const l = hexVal(t[i + 1]);
            if (h < 0 || l < 0)
              return bad("invalid escape sequence");
            i += 2;
            return h * 16 + l;
          }
          const simple = { 97: 7, 102: 12, 110: 10, 114: 13, 116: 9, 118: 11 };
          if (c in simple)
            return simple[c];
          return bad("invalid escape sequence");
        };
        const perlClass = () => {
          if (t[i] !== 92 || t[i + 1] === void 0)
            return void 0;
          const name = String.fromCodePoint(t[i + 1]);
          const lower = name.toLowerCase();
          if (!(lower in PERL_CLASSES) || !"dswDSW".includes(name))
            return void 0;
          i += 2;
          const base = PERL_CLASSES[lower];
          return name === lower ? base : normalizeClass(base, true);
        };
        const unicodeClass = () => {
          if (t[i] === 92 && (t[i + 1] === 112 || t[i + 1] === 80))
            throw new UnsupportedRegexp("\\p{\u2026} Unicode classes are not supported");
        };
        const parseClass = () => {
          i++;
          let negate = false;
          if (t[i] === 94) {
            negate = true;
            i++;
          }
          const ranges = [];
          let first = true;
          while (t[i] !== 93 || first) {
            if (t[i] === void 0)
              return bad("missing closing ]");
            first = false;
            if (t[i] === 91 && t[i + 1] === 58) {
              const rest = String.fromCodePoint(...t.slice(i + 2));
              const end = rest.indexOf(":]");
              if (end >= 0) {
                let name = rest.slice(0, end);
                const neg = name.startsWith("^");
                if (neg)
                  name = name.slice(1);
                const cls = POSIX_CLASSES[name];
                if (!cls)
                  return bad("invalid character class range");
                ranges.push(...neg ? normalizeClass(cls, true) : cls);
                i += 2 + [...rest.slice(0, end)].length + 2;
                continue;
              }
            }
            unicodeClass();
            const perl = perlClass();
            if (perl) {
              ranges.push(...perl);
              continue;
            }
            const classChar = () => {
              if (t[i] === void 0)
                return bad("missing closing ]");
              if (t[i] === 92) {
                i++;
                return escapeChar();
              }
              return t[i++];
            };
            const lo = classChar();
            let hi = lo;
            if (t[i] === 45 && t[i + 1] !== void 0 && t[i + 1] !== 93) {
              i++;
              hi = classChar();
              if (hi < lo)
                return bad("invalid character class range");
            }
            ranges.push(lo, hi);
          }
          i++;
          return { k: "class", cls: normalizeClass(ranges, negate) };
        };
        const parseRepeat = () => {
          let j = i + 1;
          const num = () => {
            const start = j;
            while (t[j] !== void 0 && t[j] >= 48 && t[j] <= 57)
              j++;
            if (j === start)
              return void 0;
            const text = String.fromCodePoint(...t.slice(start, j));
            return text.length > 8 ? Infinity : Number(text);
          };
          const min = num();
          if (min === void 0)
            return void 0;
          let max = min;
          if (t[j] === 44) {
            j++;
            max = t[j] === 125 ? -1 : num() ?? NaN;
            if (Number.isNaN(max))
              return void 0;
          }
          if (t[j] !== 125)
            return void 0;
          return { min, max, end: j + 1 };
        };
        const parseAlt = (inGroup) => {
          const alts = [];
          for (; ; ) {
            const { seq, stop } = parseSeq(inGroup);
            alts.push({ k: "seq", seq });
            if (stop !== "|")
              break;
          }
          return alts.length === 1 ? alts[0] : { k: "alt", alts };
        };
        const parseSeq = (inGroup) => {
          const seq = [];
          let lastWasRepeat = false;
          const repeat = (make, afterOp) => {
            const last = seq.pop();
            if (!last)
              return bad("missing argument to repetition operator");
            if (lastWasRepeat)
              return bad("invalid nested repetition operator");
            i = afterOp;
            if (t[i] === 63)
              i++;
            seq.push(make(last));
            lastWasRepeat = true;
          };
          for (; ; ) {
            const c = t[i];
            if (c === void 0) {
              if (inGroup)
                return bad("missing closing )");
              return { seq, stop: "end" };
            }
            if (c === 124) {
              i++;
              return { seq, stop: "|" };
            }
            if (c === 41) {
              if (!inGroup)
                return bad("unexpected )");
              i++;
              return { seq, stop: ")" };
            }
            if (c === 42 || c === 63 || c === 43) {
              repeat((last) => c === 42 ? { k: "star", node: last } : c === 63 ? { k: "quest", node: last } : { k: "repeat", node: last, min: 1, max: -1 }, i + 1);
              continue;
            }
            if (c === 123) {
              const r = parseRepeat();
              if (r) {
                if (r.min > 1e3 || r.max > 1e3 || r.max >= 0 && r.min > r.max)
                  return bad("invalid repeat count");
                repeat((last) => ({ k: "repeat", node: last, min: r.min, max: r.max }), r.end);
                continue;
              }
            }
            lastWasRepeat = false;
            if (c === 40) {
              i++;
              seq.push(parseAlt(true));
              continue;
            }
            if (c === 91) {
              seq.push(parseClass());
              continue;
            }
            if (c === 46) {
              i++;
              seq.push({ k: "any" });
              continue;
            }
            if (c === 94) {
              i++;
              seq.push({
                k: "assert",
                op: 5
                /* Op.Begin */
              });
              continue;
            }
            if (c === 36) {
              i++;
              seq.push({
                k: "assert",
                op: 6
                /* Op.End */
              });
              continue;
            }
            if (c === 92) {
              const n = t[i + 1];
              if (n === 65 || n === 122) {
                i += 2;
                seq.push({
                  k: "assert",
                  op: n === 65 ? 5 : 6
                  /* Op.End */
                });
                continue;
              }
              if (n === 98 || n === 66) {
                i += 2;
                seq.push({
                  k: "assert",
                  op: n === 98 ? 7 : 8
                  /* Op.NotWordBoundary */
                });
                continue;
              }
              if (n === 81) {
                i += 2;
                while (t[i] !== void 0 && !(t[i] === 92 && t[i + 1] === 69))
                  seq.push({ k: "char", c: t[i++] });
                if (t[i] !== void 0)
                  i += 2;
                continue;
              }
              unicodeClass();
              const perl = perlClass();
              if (perl) {
                seq.push({ k: "class", cls: perl });
                continue;
              }
              i++;
              seq.push({ k: "char", c: escapeChar() });
              continue;
            }
            i++;
            seq.push({ k: "char", c });
          }
        };
        return parseAlt(false);
      }
      ;
      const MATCH_NOW = 1;
      const ACCEPT_AT_END = 2;
      const DEAD = 4;
      function emptyDfa() {
        return {
          pcs: [],
          flags: new Uint8Array(16),
          ascii: new Int32Array(16 * 128).fill(-1),
          other: [],
          byKey: /* @__PURE__ */ new Map(),
          start: -1
        };
      }
      function inClass(cls, c) {
        for (let i = 0; i < cls.length; i += 2) {
          if (c < cls[i])
            return false;
          if (c <= cls[i + 1])
            return true;
        }
        return false;
      }
      function isWordChar(c) {
        return c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95;
      }
      ;
      function compileRegexp(src) {
        const root = parseRegexp(src);
        const op = [];
        const a = [];
        const b = [];
        const classes = [];
        const emit = (o, x = 0, y = 0) => {
          op.push(o);
          a.push(x);
          b.push(y);
          return op.length - 1;
        };
        const gen = (n2) => {
          switch (n2.k) {
            case "char":
              emit(0, n2.c);
              return;
            case "class":
              classes.push(n2.cls);
              emit(1, classes.length - 1);
              return;
            case "any":
              emit(
                2
                /* Op.AnyNotNL */
              );
              return;
            case "assert":
              emit(n2.op);
              return;
            case "seq":
              n2.seq.forEach(gen);
              return;
            case "alt": {
              const jumps = [];
              n2.alts.forEach((alt, k) => {
                if (k < n2.alts.length - 1) {
                  const split = emit(
                    3
                    /* Op.Split */
                  );
                  gen(alt);
                  jumps.push(emit(
                    4
                    /* Op.Jmp */
                  ));
                  a[split] = split + 1;
                  b[split] = op.length;
                } else
                  gen(alt);
              });
              for (const j of jumps)
                a[j] = op.length;
              return;
            }
            case "repeat": {
              for (let k = 0; k < n2.min; k++)
                gen(n2.node);
              if (n2.max === -1)
                gen({ k: "star", node: n2.node });
              else {
                const splits = [];
                for (let k = n2.min; k < n2.max; k++) {
                  splits.push(emit(
                    3
                    /* Op.Split */
                  ));
                  a[splits[splits.length - 1]] = op.length;
                  gen(n2.node);
                }
                for (const sp of splits)
                  b[sp] = op.length;
              }
              return;
            }
            case "star": {
              const split = emit(
                3
                /* Op.Split */
              );
              gen(n2.node);
              emit(4, split);
              a[split] = split + 1;
              b[split] = op.length;
              return;
            }
            case "quest": {
              const split = emit(
                3
                /* Op.Split */
              );
              gen(n2.node);
              a[split] = split + 1;
              b[split] = op.length;
              return;
            }
          }
        };
        gen(root);
        emit(
          9
          /* Op.Match */
        );
        const anchored = root.k === "seq" && root.seq[0]?.k === "assert" && root.seq[0].op === 5;
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
          wordAssertions: op.some(
            (o) => o === 7 || o === 8
            /* Op.NotWordBoundary */
          ),
          dfa: emptyDfa()
        };
      }
      ;
      const MAX_DFA_STATES = 2048;
      function runProgram(p, path) {
        return p.wordAssertions ? runNfa(p, path) : runDfa(p, path);
      }
      function dfaState(p, kernel, atStart) {
        const { mark, stack } = p;
        if (p.generation > 1073741823) {
          mark.fill(-1);
          p.generation = 0;
        }
        const closure = (allowEnd, out) => {
          const generation = ++p.generation;
          let reached = false;
          let sp = 0;
          for (const k of kernel)
            stack[sp++] = k;
          while (sp > 0) {
            const pc = stack[--sp];
            if (mark[pc] === generation)
              continue;
            mark[pc] = generation;
            switch (p.op[pc]) {
              case 4:
                stack[sp++] = p.a[pc];
                break;
              case 3:
                stack[sp++] = p.b[pc];
                stack[sp++] = p.a[pc];
                break;
              case 5:
                if (atStart)
                  stack[sp++] = pc + 1;
                break;
              case 6:
                if (allowEnd)
                  stack[sp++] = pc + 1;
                break;
              case 9:
                reached = true;
                break;
              default:
                out?.push(pc);
            }
          }
          return reached;
        };
        const pcs = [];
        const matchNow = closure(false, pcs);
        const acceptAtEnd = matchNow || closure(true, void 0);
        pcs.sort((x, y) => x - y);
        const key = `${pcs.join(",")}|${matchNow ? 1 : 0}${acceptAtEnd ? 1 : 0}`;
        const dfa = p.dfa;
        const known = dfa.byKey.get(key);
        if (known !== void 0)
          return known;
        const id2 = dfa.pcs.length;
        if (id2 >= dfa.flags.length) {
          const flags = new Uint8Array(dfa.flags.length * 2);
          flags.set(dfa.flags);
          dfa.flags = flags;
          const ascii = new Int32Array(dfa.ascii.length * 2).fill(-1);
          ascii.set(dfa.ascii);
          dfa.ascii = ascii;
        }
        dfa.pcs.push(Int32Array.from(pcs));
        dfa.other.push(/* @__PURE__ */ new Map());
        dfa.flags[id2] = (matchNow ? MATCH_NOW : 0) | (acceptAtEnd ? ACCEPT_AT_END : 0) | (pcs.length === 0 && p.anchored ? DEAD : 0);
        dfa.byKey.set(key, id2);
        return id2;
      }
      function dfaStep(p, from, c) {
        const kernel = [];
        for (const pc of p.dfa.pcs[from]) {
          let ok = false;
          switch (p.op[pc]) {
            case 0:
              ok = p.a[pc] === c;
              break;
            case 1:
              ok = inClass(p.classes[p.a[pc]], c);
              break;
            case 2:
              ok = c !== 10;
              break;
          }
          if (ok)
            kernel.push(pc + 1);
        }
        if (!p.anchored)
          kernel.push(0);
        return dfaState(p, kernel, false);
      }
      function runDfa(p, path) {
        if (p.dfa.pcs.length > MAX_DFA_STATES)
          p.dfa = emptyDfa();
        const dfa = p.dfa;
        if (dfa.start < 0)
          dfa.start = dfaState(p, [0], true);
        let s = dfa.start;
        const len = path.length;
        for (let i = 0; i < len; i++) {
          const f = dfa.flags[s];
          if (f & MATCH_NOW)
            return true;
          if (f & DEAD)
            return false;
          let c = path.charCodeAt(i);
          let next;
          if (c < 128) {
            next = dfa.ascii[s * 128 + c];
            if (next < 0) {
              next = dfaStep(p, s, c);
              dfa.ascii[s * 128 + c] = next;
            }
          } else {
            if (c >= 55296 && c <= 56319 && i + 1 < len) {
              const lo = path.charCodeAt(i + 1);
              if (lo >= 56320 && lo <= 57343) {
                c = (c - 55296) * 1024 + (lo - 56320) + 65536;
                i++;
              }
            }
            const known = dfa.other[s].get(c);
            if (known === void 0) {
              next = dfaStep(p, s, c);
              dfa.other[s].set(c, next);
            } else
              next = known;
          }
          s = next;
        }
        return (dfa.flags[s] & (MATCH_NOW | ACCEPT_AT_END)) !== 0;
      }
      function runNfa(p, path) {
        let [clist, nlist] = p.lists;
        let ccount = 0;
        let ncount = 0;
        const { mark, stack } = p;
        if (p.generation > 1073741823) {
          mark.fill(-1);
          p.generation = 0;
        }
        let generation = p.generation;
        let matched = false;
        const add = (list, count, pc0, prev2, next) => {
          let sp = 0;
          stack[sp++] = pc0;
          while (sp > 0) {
            const pc = stack[--sp];
            if (mark[pc] === generation)
              continue;
            mark[pc] = generation;
            switch (p.op[pc]) {
              case 4:
                stack[sp++] = p.a[pc];
                break;
              case 3:
                stack[sp++] = p.b[pc];
                stack[sp++] = p.a[pc];
                break;
              case 5:
                if (prev2 === -1)
                  stack[sp++] = pc + 1;
                break;
              case 6:
                if (next === -1)
                  stack[sp++] = pc + 1;
                break;
              case 7:
              case 8: {
                const boundary = (prev2 !== -1 && isWordChar(prev2)) !== (next !== -1 && isWordChar(next));
                if (boundary === (p.op[pc] === 7))
                  stack[sp++] = pc + 1;
                break;
              }
              case 9:
                matched = true;
                break;
              default:
                list[count++] = pc;
            }
          }
          return count;
        };
        const len = path.length;
        const codePointAt = (i2) => i2 < len ? path.codePointAt(i2) : -1;
        let prev = -1;
        let cur = codePointAt(0);
        generation++;
        ccount = add(clist, 0, 0, prev, cur);
        let i = 0;
        while (cur !== -1 && !matched) {
          const width = cur > 65535 ? 2 : 1;
          const next = codePointAt(i + width);
          generation++;
          ncount = 0;
          for (let k = 0; k < ccount; k++) {
            const pc = clist[k];
            let ok = false;
            switch (p.op[pc]) {
              case 0:
                ok = p.a[pc] === cur;
                break;
              case 1:
                ok = inClass(p.classes[p.a[pc]], cur);
                break;
              case 2:
                ok = cur !== 10;
                break;
            }
            if (ok)
              ncount = add(nlist, ncount, pc + 1, cur, next);
          }
          if (!p.anchored)
            ncount = add(nlist, ncount, 0, cur, next);
          if (ncount === 0 && p.anchored)
            break;
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
      ;
      const REGEXP_META = /* @__PURE__ */ new Set([...".+()$"]);
      class Pattern {
        exclusion;
        /** The pattern after cleaning, without its leading `!`. */
        cleaned;
        dirs;
        matchType;
        regexp;
        /** Compiled on first use, as patternmatcher compiles its regexp: a pattern never consulted never fails. */
        program;
        constructor(cleanedWithBang) {
          let p = cleanedWithBang;
          this.exclusion = p.startsWith("!");
          if (this.exclusion)
            p = p.slice(1);
          (0, glob.f)(p);
          this.cleaned = p;
          this.dirs = p.split("/");
          const compiled = compilePattern(p);
          this.matchType = compiled.type;
          this.regexp = compiled.regexp;
        }
        compiled() {
          if (this.program === void 0) {
            try {
              this.program = compileRegexp(this.regexp);
            } catch (e) {
              this.program = new Error(`syntax error in pattern: ${this.cleaned}${e instanceof UnsupportedRegexp ? ` (${e.message})` : ""}`);
            }
          }
          if (this.program instanceof Error)
            throw this.program;
          return this.program;
        }
        toString() {
          return this.cleaned;
        }
        match(path) {
          switch (this.matchType) {
            case "exact":
              return path === this.cleaned;
            case "prefix":
              return path.startsWith(this.cleaned.slice(0, -2));
            case "suffix": {
              const suffix = this.cleaned.slice(2);
              if (path.endsWith(suffix))
                return true;
              return suffix.startsWith("/") && path === suffix.slice(1);
            }
            case "regexp":
              return runProgram(this.compiled(), path);
          }
        }
        /** The pattern with a trailing `/**` or `/*` removed: the literal prefix a path must share to match below it. */
        withoutTrailingGlob() {
          let s = this.cleaned;
          if (s.endsWith("/**"))
            s = s.slice(0, -3);
          if (s.endsWith("/*"))
            s = s.slice(0, -2);
          return s;
        }
      }
      class PatternMatcher {
        patterns = [];
        hasExclusions;
        constructor(patterns) {
          for (const raw of patterns) {
            const trimmed = raw.trim();
            if (trimmed === "")
              continue;
            const p = (0, paths.ts)(trimmed);
            if (p === "!")
              throw new Error('illegal exclusion pattern: "!"');
            this.patterns.push(new Pattern(p));
          }
          this.hasExclusions = this.patterns.some((p) => p.exclusion);
        }
        get empty() {
          return this.patterns.length === 0;
        }
        /** True when `file` (or one of its parents) matches and no later `!` exception re-includes it. */
        matchesOrParentMatches(file) {
          return this.matchesUsingParentResults(file, void 0).matched;
        }
        /**
         * Same answer as matchesOrParentMatches, but reuses the parent directory's per-pattern results so a walk
         * doesn't re-test every ancestor. Pass `undefined` when the parent's results are unknown.
         */
        matchesUsingParentResults(file, parent) {
          const info = new Array(this.patterns.length).fill(false);
          let matched = false;
          const haveParent = parent !== void 0 && parent.length > 0;
          this.patterns.forEach((pattern, i) => {
            let match = haveParent ? parent[i] : false;
            if (!match) {
              if (pattern.exclusion !== matched)
                return;
              match = pattern.match(file);
              if (!match && !haveParent) {
                const slash = file.lastIndexOf("/");
                if (slash > 0) {
                  const parentDirs = file.slice(0, slash).split("/");
                  for (let n = 1; n <= parentDirs.length && !match; n++) {
                    match = pattern.match(parentDirs.slice(0, n).join("/"));
                  }
                }
              }
            }
            info[i] = match;
            if (match)
              matched = !pattern.exclusion;
          });
          return { matched, info };
        }
      }
      function compilePattern(pattern) {
        const chars = [...pattern];
        let re = "^";
        let type = "exact";
        let pos = 0;
        const peek = () => chars[pos];
        for (let i = 0; pos < chars.length; i++) {
          const ch = chars[pos++];
          if (ch === "*") {
            if (peek() === "*") {
              pos++;
              if (peek() === "/")
                pos++;
              if (pos >= chars.length) {
                if (type === "exact")
                  type = "prefix";
                else {
                  re += ".*";
                  type = "regexp";
                }
              } else {
                re += "(.*/)?";
                type = "regexp";
              }
              if (i === 0)
                type = "suffix";
            } else {
              re += "[^/]*";
              type = "regexp";
            }
          } else if (ch === "?") {
            re += "[^/]";
            type = "regexp";
          } else if (REGEXP_META.has(ch)) {
            re += "\\" + ch;
          } else if (ch === "\\") {
            if (pos < chars.length) {
              re += "\\" + chars[pos++];
              type = "regexp";
            } else {
              re += "\\";
            }
          } else if (ch === "[" || ch === "]") {
            re += ch;
            type = "regexp";
          } else {
            re += ch;
          }
        }
        return type === "regexp" ? { type, regexp: re + "$" } : { type };
      }
    })
  )
};
