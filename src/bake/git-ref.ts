/**
 * Git URLs as BuildKit reads them (frontend/dockerfile/dfgitutil ParseGitRef): the fragment `#ref[:subdir]` and the
 * query form. Pure; the solve layer makes git sources of them (solve/target/git-source.ts), and a remote definition's
 * directories are named by them (remote-context.ts).
 */
import { parseGoBool } from './entries.js';
import { goParseQuery } from './go-url.js';

/** What a Git URL names. */
export interface GitRef {
  /** the URL without its query and fragment: what the daemon fetches */
  base: string;
  /** `#ref`, `ref=`, `tag=` (as `refs/tags/…`) or `branch=` (as `refs/heads/…`); '' for the default branch */
  ref: string;
  subdir: string;
  /** `checksum=` (or `commit=`): the commit the daemon checks the ref against */
  checksum?: string;
  keepGitDir?: boolean;
  submodules?: boolean;
}

/**
 * A Git URL's parts as BuildKit's dfgitutil.ParseGitRef reads them: `#ref[:subdir]` in the fragment, and in BuildKit's
 * query form `ref`, `tag` (`refs/tags/…`), `branch` (`refs/heads/…`), `subdir`, `checksum` (or `commit`),
 * `keep-git-dir` and `submodules`, each at most once and agreeing with the fragment. Throws BuildKit's error for a
 * query it refuses, as buildx then fails.
 */
export function parseGitRef(url: string): GitRef {
  const hash = url.indexOf('#');
  const beforeHash = hash < 0 ? url : url.slice(0, hash);
  const fragment = hash < 0 ? '' : url.slice(hash + 1);
  const colon = fragment.indexOf(':');
  const q = beforeHash.indexOf('?');
  const parts: GitRef = {
    base: q < 0 ? beforeHash : beforeHash.slice(0, q),
    ref: colon < 0 ? fragment : fragment.slice(0, colon),
    subdir: colon < 0 ? '' : fragment.slice(colon + 1),
  };
  if (q < 0) return parts;
  let tag = '';
  let branch = '';
  const bool = (key: string, v: string | undefined) => {
    if (v === undefined) return true;
    const b = parseGoBool(v);
    if (b === undefined) throw new Error(`invalid ${key} value: ${JSON.stringify(v)}`);
    return b;
  };
  for (const [key, values] of goParseQuery(beforeHash.slice(q + 1))) {
    if (values.length > 1) throw new Error(`query ${JSON.stringify(key)} has multiple values`);
    const v = values[0] === '' ? undefined : values[0];
    if (v === undefined && key !== 'submodules' && key !== 'keep-git-dir')
      throw new Error(`query ${JSON.stringify(key)} has no value`);
    switch (key) {
      case 'ref':
        if (parts.ref !== '' && parts.ref !== v) throw new Error(`ref conflicts: "${parts.ref}" vs "${v}"`);
        parts.ref = v!;
        break;
      case 'tag':
        tag = v!;
        break;
      case 'branch':
        branch = v!;
        break;
      case 'subdir':
        if (parts.subdir !== '' && parts.subdir !== v) throw new Error(`subdir conflicts: "${parts.subdir}" vs "${v}"`);
        parts.subdir = v!;
        break;
      case 'checksum':
      case 'commit':
        parts.checksum = v;
        break;
      case 'keep-git-dir':
        parts.keepGitDir = bool(key, v);
        break;
      case 'submodules':
        parts.submodules = bool(key, v);
        break;
      default:
        throw new Error(`unexpected query ${JSON.stringify(key)}`);
    }
  }
  if (tag) {
    tag = tag.startsWith('refs/tags/') ? tag : `refs/tags/${tag}`;
    if (parts.ref !== '' && parts.ref !== tag) throw new Error(`ref conflicts: "${parts.ref}" vs "${tag}"`);
    parts.ref = tag;
  }
  if (branch) {
    if (tag) throw new Error('branch conflicts with tag');
    branch = branch.startsWith('refs/heads/') ? branch : `refs/heads/${branch}`;
    if (parts.ref !== '' && parts.ref !== branch) throw new Error(`ref conflicts: "${parts.ref}" vs "${branch}"`);
    parts.ref = branch;
  }
  return parts;
}
