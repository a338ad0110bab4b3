/**
 * Go's url query encoding (net/url ParseQuery, QueryUnescape, Values.Encode), for Git URLs in BuildKit's query form
 * (`repo.git?ref=…&subdir=…`) read and written as buildx and BuildKit do. Written by hand: URLSearchParams decodes and
 * encodes differently (it keeps `;` pairs, takes malformed escapes literally, and leaves `/`, `!`, `'`, `(`, `)`, `*`
 * unescaped).
 */

/** A query's values by key, in order, as Go's url.Values holds them. */
export type QueryValues = Map<string, string[]>;

/** Go's url.ParseQuery as URL.Query uses it: empty pairs, pairs with a `;` and malformed escapes are skipped. */
export function goParseQuery(raw: string): QueryValues {
  const values: QueryValues = new Map();
  for (const pair of raw.split('&')) {
    if (pair === '' || pair.includes(';')) continue;
    const eq = pair.indexOf('=');
    const key = goQueryUnescape(eq < 0 ? pair : pair.slice(0, eq));
    const value = goQueryUnescape(eq < 0 ? '' : pair.slice(eq + 1));
    if (key === undefined || value === undefined) continue;
    values.set(key, [...(values.get(key) ?? []), value]);
  }
  return values;
}

/** Go's url.QueryUnescape: `+` is a space, `%XX` a byte; undefined for a malformed escape. */
function goQueryUnescape(s: string): string | undefined {
  if (/%(?![0-9a-f]{2})/i.test(s)) return undefined;
  const bytes: number[] = [];
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '%') {
      bytes.push(parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (s[i] === '+') bytes.push(0x20);
    else bytes.push(...Buffer.from(s[i], 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}

/** Go's url.Values.Encode: keys sorted, every value `key=value`, both escaped by url.QueryEscape. */
export function goQueryEncode(values: QueryValues): string {
  const escape = (s: string) =>
    [...Buffer.from(s, 'utf8')]
      .map((b) =>
        /[A-Za-z0-9\-_.~]/.test(String.fromCharCode(b))
          ? String.fromCharCode(b)
          : b === 0x20
            ? '+'
            : `%${b.toString(16).toUpperCase().padStart(2, '0')}`,
      )
      .join('');
  return [...values.keys()]
    .sort()
    .flatMap((k) => values.get(k)!.map((v) => `${escape(k)}=${escape(v)}`))
    .join('&');
}
