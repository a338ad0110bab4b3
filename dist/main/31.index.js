export const id = 31;
export const ids = [31];
export const modules = {

/***/ 3104:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ validateGlob),
/* harmony export */   s: () => (/* binding */ matchGlob)
/* harmony export */ });
/**
 * Go's filepath.Match, for the two places fsutil uses it: validating a pattern when the matcher is built
 * (patternmatcher does `filepath.Match(pattern, ".")`), and matching one path element of a followpaths wildcard.
 * Ported from Go rather than translated to a RegExp for the reason matcher.ts gives: it must not backtrack.
 */
/**
 * Rejects what patternmatcher rejects when the matcher is built: `filepath.Match(pattern, ".")` returning
 * ErrBadPattern. (Go's Match reports only the syntax errors it meets before the match fails, so `-(**[]` passes;
 * as of Go 1.24, which buildx 0.29 is built with.) Other errors come from Go's regexp, when the pattern is first
 * matched (see Pattern.compiled).
 */
function validateGlob(pattern) {
    try {
        goMatch([...pattern].map((c) => c.codePointAt(0)), [46]);
    }
    catch {
        throw new Error(`syntax error in pattern: ${pattern}`);
    }
}
/**
 * Go's filepath.Match (unix, Go 1.24) for one path element (used to expand wildcard components of followpaths):
 * `*` any run of non-`/`, `?` one non-`/`, `[...]`/`[^...]` classes, `\` escapes. Malformed \u2192 no match. A port of Go's
 * algorithm (each `*` chunk is matched at the first position that works, no backtracking into earlier stars), so
 * its cost is bounded by name \u00d7 pattern \u2014 never a backtracking RegExp.
 */
function matchGlob(pattern, name) {
    try {
        return goMatch([...pattern].map((c) => c.codePointAt(0)), [...name].map((c) => c.codePointAt(0)));
    }
    catch {
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
            // trailing * matches the rest unless it has a /
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
        }
        else if (c === LBRACKET)
            inrange = true;
        else if (c === RBRACKET)
            inrange = false;
        else if (c === STAR && !inrange)
            break;
    }
    return { star: { star, end: start }, chunkEnd: i };
}
/** Go's matchChunk: the index in `name` after the chunk, or -1; throws for a malformed chunk. */
function matchChunk(pattern, c, end, name, s) {
    let failed = false;
    const bad = () => new Error('syntax error in pattern');
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
            for (;;) {
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
        }
        else if (ch === QUESTION) {
            if (!failed) {
                if (name[s] === SLASH)
                    failed = true;
                s++;
            }
            c++;
        }
        else {
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


/***/ }),

/***/ 5031:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  P: () => (/* binding */ PatternMatcher)
});

// UNUSED EXPORTS: Pattern

// EXTERNAL MODULE: ./lib/buildkit/fsutil/paths.js
var paths = __webpack_require__(8150);
// EXTERNAL MODULE: ./lib/buildkit/fsutil/patterns/glob.js
var glob = __webpack_require__(3104);
;// CONCATENATED MODULE: ./lib/buildkit/fsutil/patterns/regexp-parse.js
/** A construct of Go's syntax this parser does not implement (Go would accept it; bakekit refuses the pattern). */
class UnsupportedRegexp extends Error {
    name = 'UnsupportedRegexp';
}
const MAX_RUNE = 0x10ffff;
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
/** Go regexp/syntax perl_groups.go and posix_groups (ASCII only). */
const PERL_CLASSES = { d: R('09'), s: R('\t\n\f\r  '), w: R('09AZ__az') };
const POSIX_CLASSES = {
    alnum: R('09AZaz'),
    alpha: R('AZaz'),
    ascii: [0, 0x7f],
    blank: R('\t\t  '),
    cntrl: [0, 0x1f, 0x7f, 0x7f],
    digit: R('09'),
    graph: R('!~'),
    lower: R('az'),
    print: R(' ~'),
    punct: R('!/:@[`{~'),
    space: R('\t\r  '),
    upper: R('AZ'),
    word: R('09AZ__az'),
    xdigit: R('09AFaf'),
};
/** Parses the regexp source patternmatcher builds, with Go's (Perl-flag) syntax. Throws on what Go rejects. */
function parseRegexp(src) {
    const t = [...src].map((ch) => ch.codePointAt(0));
    let i = 0;
    const bad = (what) => {
        throw new Error(what);
    };
    const isOctal = (c) => c !== undefined && c >= 48 && c <= 55;
    const hexVal = (c) => {
        if (c === undefined)
            return -1;
        if (c >= 48 && c <= 57)
            return c - 48;
        if (c >= 97 && c <= 102)
            return c - 87;
        if (c >= 65 && c <= 70)
            return c - 55;
        return -1;
    };
    /** Go's parseEscape, after the backslash: a single character. */
    const escapeChar = () => {
        const c = t[i++];
        if (c === undefined)
            return bad('trailing backslash');
        if (c < 0x80 && !((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)))
            return c;
        if (c >= 49 && c <= 55 && !isOctal(t[i]))
            return bad('invalid escape sequence');
        if (c >= 48 && c <= 55) {
            let r = c - 48;
            for (let k = 1; k < 3 && isOctal(t[i]); k++)
                r = r * 8 + t[i++] - 48;
            return r;
        }
        if (c === 120 /* x */) {
            if (t[i] === 123 /* { */) {
                i++;
                let r = 0;
                let n = 0;
                while (t[i] !== 125 /* } */) {
                    const v = hexVal(t[i]);
                    if (v < 0)
                        return bad('invalid escape sequence');
                    r = r * 16 + v;
                    if (r > MAX_RUNE)
                        return bad('invalid escape sequence');
                    i++;
                    n++;
                }
                i++;
                if (n === 0)
                    return bad('invalid escape sequence');
                return r;
            }
            const h = hexVal(t[i]);
            const l = hexVal(t[i + 1]);
            if (h < 0 || l < 0)
                return bad('invalid escape sequence');
            i += 2;
            return h * 16 + l;
        }
        const simple = { 97: 7, 102: 12, 110: 10, 114: 13, 116: 9, 118: 11 };
        if (c in simple)
            return simple[c];
        return bad('invalid escape sequence');
    };
    const perlClass = () => {
        if (t[i] !== 92 || t[i + 1] === undefined)
            return undefined;
        const name = String.fromCodePoint(t[i + 1]);
        const lower = name.toLowerCase();
        if (!(lower in PERL_CLASSES) || !'dswDSW'.includes(name))
            return undefined;
        i += 2;
        const base = PERL_CLASSES[lower];
        return name === lower ? base : normalizeClass(base, true);
    };
    const unicodeClass = () => {
        if (t[i] === 92 && (t[i + 1] === 112 || t[i + 1] === 80))
            throw new UnsupportedRegexp('\\p{\u2026} Unicode classes are not supported');
    };
    const parseClass = () => {
        i++; // [
        let negate = false;
        if (t[i] === 94 /* ^ */) {
            negate = true;
            i++;
        }
        const ranges = [];
        let first = true;
        while (t[i] !== 93 /* ] */ || first) {
            if (t[i] === undefined)
                return bad('missing closing ]');
            first = false;
            // [:alpha:]
            if (t[i] === 91 && t[i + 1] === 58) {
                const rest = String.fromCodePoint(...t.slice(i + 2));
                const end = rest.indexOf(':]');
                if (end >= 0) {
                    let name = rest.slice(0, end);
                    const neg = name.startsWith('^');
                    if (neg)
                        name = name.slice(1);
                    const cls = POSIX_CLASSES[name];
                    if (!cls)
                        return bad('invalid character class range');
                    ranges.push(...(neg ? normalizeClass(cls, true) : cls));
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
                if (t[i] === undefined)
                    return bad('missing closing ]');
                if (t[i] === 92) {
                    i++;
                    return escapeChar();
                }
                return t[i++];
            };
            const lo = classChar();
            let hi = lo;
            if (t[i] === 45 /* - */ && t[i + 1] !== undefined && t[i + 1] !== 93) {
                i++;
                hi = classChar();
                if (hi < lo)
                    return bad('invalid character class range');
            }
            ranges.push(lo, hi);
        }
        i++; // ]
        return { k: 'class', cls: normalizeClass(ranges, negate) };
    };
    /** Go's parseRepeat: `{n}`, `{n,}`, `{n,m}`; undefined when `{` does not start one (then it is a literal). */
    const parseRepeat = () => {
        let j = i + 1;
        const num = () => {
            const start = j;
            while (t[j] !== undefined && t[j] >= 48 && t[j] <= 57)
                j++;
            if (j === start)
                return undefined;
            // Go: at most 8 digits are read as a number, more is "too big"
            const text = String.fromCodePoint(...t.slice(start, j));
            return text.length > 8 ? Infinity : Number(text);
        };
        const min = num();
        if (min === undefined)
            return undefined;
        let max = min;
        if (t[j] === 44 /* , */) {
            j++;
            max = t[j] === 125 ? -1 : (num() ?? NaN);
            if (Number.isNaN(max))
                return undefined;
        }
        if (t[j] !== 125 /* } */)
            return undefined;
        return { min, max, end: j + 1 };
    };
    const parseAlt = (inGroup) => {
        const alts = [];
        for (;;) {
            const { seq, stop } = parseSeq(inGroup);
            alts.push({ k: 'seq', seq });
            if (stop !== '|')
                break;
        }
        return alts.length === 1 ? alts[0] : { k: 'alt', alts };
    };
    const parseSeq = (inGroup) => {
        const seq = [];
        let lastWasRepeat = false;
        const repeat = (make, afterOp) => {
            const last = seq.pop();
            if (!last)
                return bad('missing argument to repetition operator');
            if (lastWasRepeat)
                return bad('invalid nested repetition operator');
            i = afterOp;
            if (t[i] === 63)
                i++; // non-greedy: the same language
            seq.push(make(last));
            lastWasRepeat = true;
        };
        for (;;) {
            const c = t[i];
            if (c === undefined) {
                if (inGroup)
                    return bad('missing closing )');
                return { seq, stop: 'end' };
            }
            if (c === 124 /* | */) {
                i++;
                return { seq, stop: '|' };
            }
            if (c === 41 /* ) */) {
                if (!inGroup)
                    return bad('unexpected )');
                i++;
                return { seq, stop: ')' };
            }
            if (c === 42 || c === 63 || c === 43) {
                // * ? + (patternmatcher escapes +)
                repeat((last) => c === 42
                    ? { k: 'star', node: last }
                    : c === 63
                        ? { k: 'quest', node: last }
                        : { k: 'repeat', node: last, min: 1, max: -1 }, i + 1);
                continue;
            }
            if (c === 123 /* { */) {
                const r = parseRepeat();
                if (r) {
                    if (r.min > 1000 || r.max > 1000 || (r.max >= 0 && r.min > r.max))
                        return bad('invalid repeat count');
                    repeat((last) => ({ k: 'repeat', node: last, min: r.min, max: r.max }), r.end);
                    continue;
                }
            }
            lastWasRepeat = false;
            if (c === 40 /* ( */) {
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
                seq.push({ k: 'any' });
                continue;
            }
            if (c === 94) {
                i++;
                seq.push({ k: 'assert', op: 5 /* Op.Begin */ });
                continue;
            }
            if (c === 36) {
                i++;
                seq.push({ k: 'assert', op: 6 /* Op.End */ });
                continue;
            }
            if (c === 92) {
                const n = t[i + 1];
                if (n === 65 /* A */ || n === 122 /* z */) {
                    i += 2;
                    seq.push({ k: 'assert', op: n === 65 ? 5 /* Op.Begin */ : 6 /* Op.End */ });
                    continue;
                }
                if (n === 98 /* b */ || n === 66 /* B */) {
                    i += 2;
                    seq.push({ k: 'assert', op: n === 98 ? 7 /* Op.WordBoundary */ : 8 /* Op.NotWordBoundary */ });
                    continue;
                }
                if (n === 81 /* Q */) {
                    i += 2;
                    while (t[i] !== undefined && !(t[i] === 92 && t[i + 1] === 69))
                        seq.push({ k: 'char', c: t[i++] });
                    if (t[i] !== undefined)
                        i += 2;
                    continue;
                }
                unicodeClass();
                const perl = perlClass();
                if (perl) {
                    seq.push({ k: 'class', cls: perl });
                    continue;
                }
                i++;
                seq.push({ k: 'char', c: escapeChar() });
                continue;
            }
            i++;
            seq.push({ k: 'char', c });
        }
    };
    return parseAlt(false);
}

;// CONCATENATED MODULE: ./lib/buildkit/fsutil/patterns/regexp-program.js
/**
 * The instruction set a translated pattern compiles to (Go's regexp/syntax Prog, reduced to what a pattern can
 * need), and the state a compiled program carries between matches: scratch space for the NFA and the cache of DFA
 * states. regexp-compile.ts builds programs, regexp-exec.ts runs them; both share these definitions, as does the
 * parser for its assertions.
 */
const MATCH_NOW = 1;
const ACCEPT_AT_END = 2;
const DEAD = 4;
function emptyDfa() {
    return {
        pcs: [],
        flags: new Uint8Array(16),
        ascii: new Int32Array(16 * 128).fill(-1),
        other: [],
        byKey: new Map(),
        start: -1,
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
    return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

;// CONCATENATED MODULE: ./lib/buildkit/fsutil/patterns/regexp-compile.js
/**
 * Compiles a parsed regular expression into the instructions of regexp-program.ts: Thompson's construction, as Go's
 * regexp/syntax compiler does it \u2014 a split for each choice, a jump back for each star, a counted repetition
 * unrolled. The result is an NFA, which regexp-exec.ts runs without backtracking.
 */


/** Parses Go regexp source and compiles it; throws what the parser throws. */
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
    const gen = (n) => {
        switch (n.k) {
            case 'char':
                emit(0 /* Op.Char */, n.c);
                return;
            case 'class':
                classes.push(n.cls);
                emit(1 /* Op.Class */, classes.length - 1);
                return;
            case 'any':
                emit(2 /* Op.AnyNotNL */);
                return;
            case 'assert':
                emit(n.op);
                return;
            case 'seq':
                n.seq.forEach(gen);
                return;
            case 'alt': {
                // split \u2192 alt 1 | split \u2192 alt 2 | \u2026 ; each alternative jumps to the end
                const jumps = [];
                n.alts.forEach((alt, k) => {
                    if (k < n.alts.length - 1) {
                        const split = emit(3 /* Op.Split */);
                        gen(alt);
                        jumps.push(emit(4 /* Op.Jmp */));
                        a[split] = split + 1;
                        b[split] = op.length;
                    }
                    else
                        gen(alt);
                });
                for (const j of jumps)
                    a[j] = op.length;
                return;
            }
            case 'repeat': {
                for (let k = 0; k < n.min; k++)
                    gen(n.node);
                if (n.max === -1)
                    gen({ k: 'star', node: n.node });
                else {
                    // x{2,4} = x x (x (x)?)?
                    const splits = [];
                    for (let k = n.min; k < n.max; k++) {
                        splits.push(emit(3 /* Op.Split */));
                        a[splits[splits.length - 1]] = op.length;
                        gen(n.node);
                    }
                    for (const sp of splits)
                        b[sp] = op.length;
                }
                return;
            }
            case 'star': {
                const split = emit(3 /* Op.Split */);
                gen(n.node);
                emit(4 /* Op.Jmp */, split);
                a[split] = split + 1;
                b[split] = op.length;
                return;
            }
            case 'quest': {
                const split = emit(3 /* Op.Split */);
                gen(n.node);
                a[split] = split + 1;
                b[split] = op.length;
                return;
            }
        }
    };
    gen(root);
    emit(9 /* Op.Match */);
    // A program that can only match from the start (patternmatcher's `^\u2026$` without a raw `|`) need not start a thread
    // at every position.
    const anchored = root.k === 'seq' && root.seq[0]?.k === 'assert' && root.seq[0].op === 5 /* Op.Begin */;
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
        wordAssertions: op.some((o) => o === 7 /* Op.WordBoundary */ || o === 8 /* Op.NotWordBoundary */),
        dfa: emptyDfa(),
    };
}

;// CONCATENATED MODULE: ./lib/buildkit/fsutil/patterns/regexp-exec.js
/**
 * Runs a compiled program against a path: from a cache of DFA states built on demand (one table lookup per
 * character once warm), or, for a program with word-boundary assertions, on the NFA directly (a Pike VM). Both read
 * the path once, keeping at most one thread per instruction: time linear in path \u00d7 program, never backtracking.
 */

const MAX_DFA_STATES = 2048;
/**
 * Matches the whole of `path` against the program (Go's MatchString: a match may start anywhere unless the program
 * is anchored). The cached DFA when it applies, else the NFA.
 */
function runProgram(p, path) {
    return p.wordAssertions ? runNfa(p, path) : runDfa(p, path);
}
/** The empty-transition closure of `kernel` (no `\b`/`\B` in the program): consuming pcs and what it reaches. */
function dfaState(p, kernel, atStart) {
    const { mark, stack } = p;
    if (p.generation > 0x3fffffff) {
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
                case 4 /* Op.Jmp */:
                    stack[sp++] = p.a[pc];
                    break;
                case 3 /* Op.Split */:
                    stack[sp++] = p.b[pc];
                    stack[sp++] = p.a[pc];
                    break;
                case 5 /* Op.Begin */:
                    if (atStart)
                        stack[sp++] = pc + 1;
                    break;
                case 6 /* Op.End */:
                    if (allowEnd)
                        stack[sp++] = pc + 1;
                    break;
                case 9 /* Op.Match */:
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
    const acceptAtEnd = matchNow || closure(true, undefined);
    pcs.sort((x, y) => x - y);
    const key = `${pcs.join(',')}|${matchNow ? 1 : 0}${acceptAtEnd ? 1 : 0}`;
    const dfa = p.dfa;
    const known = dfa.byKey.get(key);
    if (known !== undefined)
        return known;
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
function dfaStep(p, from, c) {
    const kernel = [];
    for (const pc of p.dfa.pcs[from]) {
        let ok = false;
        switch (p.op[pc]) {
            case 0 /* Op.Char */:
                ok = p.a[pc] === c;
                break;
            case 1 /* Op.Class */:
                ok = inClass(p.classes[p.a[pc]], c);
                break;
            case 2 /* Op.AnyNotNL */:
                ok = c !== 10;
                break;
        }
        if (ok)
            kernel.push(pc + 1);
    }
    if (!p.anchored)
        kernel.push(0); // a match may also start after this character
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
                dfa.ascii[s * 128 + c] = next; // (dfaStep may have grown the table: index it again)
            }
        }
        else {
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
            }
            else
                next = known;
        }
        s = next;
    }
    return (dfa.flags[s] & (MATCH_NOW | ACCEPT_AT_END)) !== 0;
}
/**
 * Pike VM: the set of live threads (instruction indices) advances one code point at a time; each instruction is
 * in a set at most once, so the work is bounded by path length \u00d7 program size. Go's MatchString semantics: a match
 * may start anywhere (patternmatcher's `^`/`$` anchor it) and succeeds as soon as one thread reaches Match.
 */
function runNfa(p, path) {
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
    const add = (list, count, pc0, prev, next) => {
        let sp = 0;
        stack[sp++] = pc0;
        while (sp > 0) {
            const pc = stack[--sp];
            if (mark[pc] === generation)
                continue;
            mark[pc] = generation;
            switch (p.op[pc]) {
                case 4 /* Op.Jmp */:
                    stack[sp++] = p.a[pc];
                    break;
                case 3 /* Op.Split */:
                    stack[sp++] = p.b[pc];
                    stack[sp++] = p.a[pc];
                    break;
                case 5 /* Op.Begin */:
                    if (prev === -1)
                        stack[sp++] = pc + 1;
                    break;
                case 6 /* Op.End */:
                    if (next === -1)
                        stack[sp++] = pc + 1;
                    break;
                case 7 /* Op.WordBoundary */:
                case 8 /* Op.NotWordBoundary */: {
                    const boundary = (prev !== -1 && isWordChar(prev)) !== (next !== -1 && isWordChar(next));
                    if (boundary === (p.op[pc] === 7 /* Op.WordBoundary */))
                        stack[sp++] = pc + 1;
                    break;
                }
                case 9 /* Op.Match */:
                    matched = true;
                    break;
                default:
                    list[count++] = pc;
            }
        }
        return count;
    };
    const len = path.length;
    const codePointAt = (i) => (i < len ? path.codePointAt(i) : -1);
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
                case 0 /* Op.Char */:
                    ok = p.a[pc] === cur;
                    break;
                case 1 /* Op.Class */:
                    ok = inClass(p.classes[p.a[pc]], cur);
                    break;
                case 2 /* Op.AnyNotNL */:
                    ok = cur !== 10;
                    break;
            }
            if (ok)
                ncount = add(nlist, ncount, pc + 1, cur, next);
        }
        // unanchored: a match may also start after this character
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

;// CONCATENATED MODULE: ./lib/buildkit/fsutil/patterns/matcher.js
/**
 * `.dockerignore` pattern matching with moby/patternmatcher's semantics (what fsutil's filter uses): `*`, `?`,
 * `[...]`, `**`, leading `!` exceptions, later patterns win, a match on a directory covers its contents.
 * @balena/dockerignore follows older Docker rules (different `**` and parent handling), so it is not used for the
 * wire filter.
 *
 * Why a matcher of our own, and not a RegExp: patternmatcher translates each pattern into a Go regular expression
 * (a star becomes `[^/]` repeated, a double star an optional group of any characters ending in a slash, \u2026) and Go's
 * regexp package (RE2) matches in time linear in the path. JavaScript's RegExp backtracks:
 * `*a*a*a*a*a*a*a*a*a*a*b` against a name of 48 `a`s took minutes, on the main thread (no signal could interrupt
 * it), and both the pattern and the name can come from a pull request. So compilePattern below is patternmatcher's
 * `compile` character for character, and the regular expression it produces is parsed with Go's syntax rules
 * (regexp-parse.ts), compiled to instructions (regexp-compile.ts) and run as a cached DFA or a Thompson NFA
 * (regexp-exec.ts): every path is read once \u2014 O(path \u00d7 pattern), whatever the input.
 */





/**
 * The characters patternmatcher's shouldEscape really escapes. It means to escape `.+()|{}$`, but its bitmap is
 * `[8]byte` indexed by `1 << (b / 8)`, which is 0 for every byte \u2265 64: `|`, `{` and `}` reach the regexp raw (so a
 * pattern with `|` is an alternation, `a{2}` a repetition). Same here.
 */
const REGEXP_META = new Set([...'.+()$']);
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
        this.exclusion = p.startsWith('!');
        if (this.exclusion)
            p = p.slice(1);
        (0,glob/* validateGlob */.f)(p);
        this.cleaned = p;
        this.dirs = p.split('/');
        const compiled = compilePattern(p);
        this.matchType = compiled.type;
        this.regexp = compiled.regexp;
    }
    compiled() {
        if (this.program === undefined) {
            try {
                this.program = compileRegexp(this.regexp);
            }
            catch (e) {
                this.program = new Error(`syntax error in pattern: ${this.cleaned}${e instanceof UnsupportedRegexp ? ` (${e.message})` : ''}`);
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
            case 'exact':
                return path === this.cleaned;
            case 'prefix':
                // trailing `**` dropped
                return path.startsWith(this.cleaned.slice(0, -2));
            case 'suffix': {
                // leading `**` dropped; `**/foo` also matches `foo` itself
                const suffix = this.cleaned.slice(2);
                if (path.endsWith(suffix))
                    return true;
                return suffix.startsWith('/') && path === suffix.slice(1);
            }
            case 'regexp':
                return runProgram(this.compiled(), path);
        }
    }
    /** The pattern with a trailing `/**` or `/*` removed: the literal prefix a path must share to match below it. */
    withoutTrailingGlob() {
        let s = this.cleaned;
        if (s.endsWith('/**'))
            s = s.slice(0, -3);
        if (s.endsWith('/*'))
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
            if (trimmed === '')
                continue;
            const p = (0,paths/* cleanPath */.ts)(trimmed);
            if (p === '!')
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
        return this.matchesUsingParentResults(file, undefined).matched;
    }
    /**
     * Same answer as matchesOrParentMatches, but reuses the parent directory's per-pattern results so a walk
     * doesn't re-test every ancestor. Pass `undefined` when the parent's results are unknown.
     */
    matchesUsingParentResults(file, parent) {
        const info = new Array(this.patterns.length).fill(false);
        let matched = false;
        const haveParent = parent !== undefined && parent.length > 0;
        this.patterns.forEach((pattern, i) => {
            let match = haveParent ? parent[i] : false;
            if (!match) {
                // An inclusion can't change an already-matched result, nor an exclusion an unmatched one.
                if (pattern.exclusion !== matched)
                    return;
                match = pattern.match(file);
                if (!match && !haveParent) {
                    const slash = file.lastIndexOf('/');
                    if (slash > 0) {
                        const parentDirs = file.slice(0, slash).split('/');
                        for (let n = 1; n <= parentDirs.length && !match; n++) {
                            match = pattern.match(parentDirs.slice(0, n).join('/'));
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
/** patternmatcher's Pattern.compile: the match type and, for `regexp`, Go regexp source. */
function compilePattern(pattern) {
    const chars = [...pattern]; // code points, as Go's text/scanner reads runes
    let re = '^';
    let type = 'exact';
    let pos = 0;
    const peek = () => chars[pos];
    for (let i = 0; pos < chars.length; i++) {
        const ch = chars[pos++];
        if (ch === '*') {
            if (peek() === '*') {
                pos++;
                // `**/` is the same as `**`
                if (peek() === '/')
                    pos++;
                if (pos >= chars.length) {
                    // trailing `**` matches everything below, like .gitignore
                    if (type === 'exact')
                        type = 'prefix';
                    else {
                        re += '.*';
                        type = 'regexp';
                    }
                }
                else {
                    // any number of path segments, including none
                    re += '(.*/)?';
                    type = 'regexp';
                }
                if (i === 0)
                    type = 'suffix';
            }
            else {
                re += '[^/]*';
                type = 'regexp';
            }
        }
        else if (ch === '?') {
            re += '[^/]';
            type = 'regexp';
        }
        else if (REGEXP_META.has(ch)) {
            re += '\\' + ch;
        }
        else if (ch === '\\') {
            // escapes the next character (for the regexp: `\` + that character, whatever it means there)
            if (pos < chars.length) {
                re += '\\' + chars[pos++];
                type = 'regexp';
            }
            else {
                re += '\\';
            }
        }
        else if (ch === '[' || ch === ']') {
            re += ch;
            type = 'regexp';
        }
        else {
            re += ch;
        }
    }
    return type === 'regexp' ? { type, regexp: re + '$' } : { type };
}


/***/ })

};
