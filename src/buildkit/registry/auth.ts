/**
 * Registry HTTP authentication as the Docker CLI and containerd do it (not the session's Auth service, which is
 * session/auth.ts): the registry's `WWW-Authenticate` challenge decides between HTTP Basic (credentials on every
 * request) and the token flow (credentials, or an identity token, traded at the challenge's realm for a short-lived
 * bearer token per set of repository scopes). Here: parsing the challenges and building the scopes; client.ts runs
 * the flows.
 */

export interface Challenge {
  scheme: string;
  params: Record<string, string>;
}

/**
 * Parses a `WWW-Authenticate` header (RFC 7235): `Bearer realm="https://auth/token",service="reg",scope="a b"`.
 * Several challenges may be comma-joined; a new one starts at a bare token followed by a space.
 */
export function parseChallenges(header: string | null | undefined): Challenge[] {
  if (!header) return [];
  const out: Challenge[] = [];
  let i = 0;
  const n = header.length;
  const skipSpace = () => {
    while (i < n && /[\s,]/.test(header[i])) i++;
  };
  const token = () => {
    const start = i;
    while (i < n && /[^\s,=]/.test(header[i])) i++;
    return header.slice(start, i);
  };
  let current: Challenge | undefined;
  while (i < n) {
    skipSpace();
    const start = i;
    const word = token();
    if (!word) break;
    let j = i;
    while (j < n && header[j] === ' ') j++;
    if (header[j] === '=') {
      // a parameter of the current challenge
      i = j + 1;
      while (i < n && header[i] === ' ') i++;
      let value = '';
      if (header[i] === '"') {
        i++;
        while (i < n && header[i] !== '"') {
          if (header[i] === '\\' && i + 1 < n) i++;
          value += header[i++];
        }
        i++; // closing quote
      } else {
        const vs = i;
        while (i < n && header[i] !== ',') i++;
        value = header.slice(vs, i).trim();
      }
      if (current) current.params[word.toLowerCase()] = value;
    } else {
      current = { scheme: header.slice(start, i).toLowerCase(), params: {} };
      out.push(current);
    }
  }
  return out;
}

/** `repository:NAME:pull,push` scopes, merged per repository so a token request carries each once. */
export function repositoryScope(path: string, actions: string[]): string {
  return `repository:${path}:${[...new Set(actions)].sort().join(',')}`;
}

export function mergeScopes(scopes: string[]): string[] {
  const byResource = new Map<string, Set<string>>();
  const others: string[] = [];
  for (const s of scopes) {
    const m = /^(repository(?:\([^)]*\))?:[^:]+):(.+)$/.exec(s);
    if (!m) {
      others.push(s);
      continue;
    }
    if (!byResource.has(m[1])) byResource.set(m[1], new Set());
    for (const a of m[2].split(',')) byResource.get(m[1])!.add(a);
  }
  const merged = [...byResource].map(([r, actions]) => `${r}:${[...actions].sort().join(',')}`);
  return [...new Set([...merged, ...others])].sort();
}
