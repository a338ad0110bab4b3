/**
 * Go's `path.Match` for target-name patterns: `*` (any run of non-`/`), `?`, `[a-z]`,
 * `[^...]`, and `\` escapes. A malformed pattern matches nothing.
 */
export function globMatch(pattern: string, name: string): boolean {
  const re = globCache.get(pattern) ?? compile(pattern);
  globCache.set(pattern, re);
  return re !== null && re.test(name);
}

const globCache = new Map<string, RegExp | null>();

function compile(pattern: string): RegExp | null {
  let out = '^';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '\\') {
      i++;
      if (i >= pattern.length) return null;
      out += escapeRe(pattern[i]);
    } else if (c === '[') {
      const end = pattern.indexOf(']', i + 2);
      if (end < 0) return null;
      let body = pattern.slice(i + 1, end);
      const negate = body.startsWith('^');
      if (negate) body = body.slice(1);
      out += `[${negate ? '^/' : ''}${body.replace(/[\]\\^]/g, (m) => '\\' + m)}]`;
      i = end;
    } else out += escapeRe(c);
  }
  try {
    return new RegExp(out + '$', 'u');
  } catch {
    return null;
  }
}

function escapeRe(c: string): string {
  return c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function hasGlobChars(s: string): boolean {
  return /[*?[\]]/.test(s);
}
