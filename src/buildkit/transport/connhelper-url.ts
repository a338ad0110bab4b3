/**
 * A URL as BuildKit's connection helpers see it. moby/buildkit client/connhelper/{ssh,kubepod} take Go's
 * `url.Parse(addr)` and read Hostname(), Port(), User, Path, RawQuery, Fragment and Query() from it, so which URLs
 * they accept is partly decided by Go's net/url. This is that parser for the `scheme://authority[/path][?query][#frag]`
 * form (net/url url.go: parse, parseAuthority, parseHost, validUserinfo, unescape, ParseQuery), not WHATWG's URL:
 * the two differ on exactly the edges that matter here (percent-decoded paths, empty hosts, bracketed IPv6 hosts,
 * `;` in queries).
 */

/** The URL is not one Go's net/url would parse, or a connection helper refuses it; the message says why. */
export class ConnhelperUrlError extends Error {
  override readonly name = 'ConnhelperUrlError';
}

export interface ConnhelperUrl {
  /** lower-cased, as Go does */
  scheme: string;
  /** Go's User.Username(); undefined when the URL has no `@` */
  username?: string;
  /** Go's User.Password(): set (possibly to "") when the userinfo has a `:` */
  password?: string;
  /** Go's Hostname(): the host without port and without IPv6 brackets */
  hostname: string;
  /** Go's Port(): the digits after the host's last `:`, "" when none */
  port: string;
  /** Go's Path: percent-decoded, "" or starting with "/" */
  path: string;
  /** Go's RawQuery: everything between the first `?` and the fragment */
  rawQuery: string;
  /** Go's Fragment: percent-decoded */
  fragment: string;
}

/** Parses `scheme://…` like Go's url.Parse; throws ConnhelperUrlError where Go returns an error. */
export function parseConnhelperUrl(raw: string): ConnhelperUrl {
  if (/[\x00-\x1f\x7f]/.test(raw)) throw new ConnhelperUrlError('invalid control character in URL');
  const [beforeFragment, rawFragment = ''] = cut(raw, '#');
  const m = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/(.*)$/s.exec(beforeFragment);
  if (!m) throw new ConnhelperUrlError('not a scheme://… URL');
  const [rest, rawQuery = ''] = cut(m[2], '?');
  const slash = rest.indexOf('/');
  const authority = slash < 0 ? rest : rest.slice(0, slash);
  const rawPath = slash < 0 ? '' : rest.slice(slash);

  let username: string | undefined;
  let password: string | undefined;
  const at = authority.lastIndexOf('@');
  const host = parseHost(at < 0 ? authority : authority.slice(at + 1));
  if (at >= 0) {
    const userinfo = authority.slice(0, at);
    if (!/^[A-Za-z0-9\-._:~!$&'()*+,;=%@]*$/.test(userinfo)) throw new ConnhelperUrlError('invalid userinfo');
    const [user, pass] = cut(userinfo, ':');
    username = unescape(user, 'userinfo');
    if (pass !== undefined) password = unescape(pass, 'userinfo');
  }
  const { hostname, port } = splitHostPort(host);
  return {
    scheme: m[1].toLowerCase(),
    ...(username !== undefined ? { username } : {}),
    ...(password !== undefined ? { password } : {}),
    hostname,
    port,
    path: unescape(rawPath, 'path'),
    rawQuery,
    fragment: unescape(rawFragment, 'fragment'),
  };
}

/** Go's `url.Query().Get(key)` (ParseQuery: `&`-separated, `+` is a space, pairs with `;` or bad escapes dropped;
 * the first value wins). */
export function queryGet(rawQuery: string, key: string): string {
  for (const pair of rawQuery.split('&')) {
    if (!pair || pair.includes(';')) continue;
    const [k, v = ''] = cut(pair, '=');
    try {
      if (unescape(k, 'query') === key) return unescape(v, 'query');
    } catch {
      /* Go skips a pair it cannot unescape */
    }
  }
  return '';
}

/** `spec` with the password of a `scheme://user:password@…` URL replaced by "xxxxx" (as Go's URL.Redacted), for
 * messages; anything else unchanged. */
export function redactUrlPassword(spec: string): string {
  const m = /^([A-Za-z][A-Za-z0-9+.-]*:\/\/)([^/?#]*)(.*)$/s.exec(spec);
  if (!m) return spec;
  const authority = m[2];
  const at = authority.lastIndexOf('@');
  const colon = authority.indexOf(':');
  if (at < 0 || colon < 0 || colon > at) return spec;
  return `${m[1]}${authority.slice(0, colon)}:xxxxx${authority.slice(at)}${m[3]}`;
}

function cut(s: string, sep: string): [string, string?] {
  const i = s.indexOf(sep);
  return i < 0 ? [s] : [s.slice(0, i), s.slice(i + sep.length)];
}

/** `:digits`, `:` or nothing (Go's validOptionalPort). */
function validOptionalPort(colonPort: string): boolean {
  return colonPort === '' || /^:[0-9]*$/.test(colonPort);
}

/** Go's parseHost: a bracketed IPv6 literal or a name, each with an optional `:port`; percent-escapes only for
 * non-ASCII bytes (and %25 in an IPv6 zone). */
function parseHost(host: string): string {
  if (host.startsWith('[')) {
    const close = host.lastIndexOf(']');
    if (close < 0) throw new ConnhelperUrlError("missing ']' in host");
    const colonPort = host.slice(close + 1);
    if (!validOptionalPort(colonPort))
      throw new ConnhelperUrlError(`invalid port ${JSON.stringify(colonPort)} after host`);
  } else {
    const colon = host.lastIndexOf(':');
    if (colon >= 0 && !validOptionalPort(host.slice(colon))) {
      throw new ConnhelperUrlError(`invalid port ${JSON.stringify(host.slice(colon))} after host`);
    }
  }
  return unescape(host, 'host');
}

/** Go's splitHostPort + Hostname()/Port(). */
function splitHostPort(hostPort: string): { hostname: string; port: string } {
  let hostname = hostPort;
  let port = '';
  const colon = hostPort.lastIndexOf(':');
  if (colon >= 0 && validOptionalPort(hostPort.slice(colon))) {
    hostname = hostPort.slice(0, colon);
    port = hostPort.slice(colon + 1);
  }
  if (hostname.startsWith('[') && hostname.endsWith(']')) hostname = hostname.slice(1, -1);
  return { hostname, port };
}

/** Characters Go allows unescaped in a host (shouldEscape with encodeHost). */
const HOST_CHAR = /[A-Za-z0-9\-_.~!$&'()*+,;=:[\]<>"]/;

/** Go's unescape: %XX decoding (a bad escape is an error), `+` as space in queries, host character rules. */
function unescape(s: string, mode: 'userinfo' | 'host' | 'path' | 'query' | 'fragment'): string {
  const bytes: number[] = [];
  for (let i = 0; i < s.length;) {
    if (s[i] === '%') {
      const hex = s.slice(i + 1, i + 3);
      if (!/^[0-9A-Fa-f]{2}$/.test(hex))
        throw new ConnhelperUrlError(`invalid URL escape ${JSON.stringify(s.slice(i, i + 3))}`);
      const byte = parseInt(hex, 16);
      if (mode === 'host' && byte < 0x80 && hex !== '25') {
        throw new ConnhelperUrlError(`invalid URL escape ${JSON.stringify(s.slice(i, i + 3))} in host`);
      }
      bytes.push(byte);
      i += 3;
      continue;
    }
    const ch = String.fromCodePoint(s.codePointAt(i)!); // whole code points: a surrogate pair stays one character
    if (mode === 'host' && ch.charCodeAt(0) < 0x80 && !HOST_CHAR.test(ch)) {
      throw new ConnhelperUrlError(`invalid character ${JSON.stringify(ch)} in host name`);
    }
    if (mode === 'query' && ch === '+') bytes.push(0x20);
    else bytes.push(...Buffer.from(ch, 'utf8'));
    i += ch.length;
  }
  return Buffer.from(bytes).toString('utf8');
}
