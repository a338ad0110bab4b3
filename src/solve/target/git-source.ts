/**
 * A Git repository as an LLB source, as buildx makes it for a remote bake definition (bake/remote.go: dockerui
 * DetectGitContext, then llb.Git and Marshal): the op the definition's files are read from
 * (run/remote-definition.ts), and the one its directories are copied out of when they are build contexts
 * (definition-copy.ts). Pure: LLB bytes only.
 */
import { posix } from 'node:path';
import { LlbDefinition } from '../../buildkit/llb.js';
import { parseGitRef } from '../../bake/git-ref.js';
import { isGitSshContext } from './context-kind.js';

export interface GitSource {
  /** the URL the daemon fetches (`git.fullurl`): the given URL without its fragment */
  remote: string;
  /** the source's identifier: `git://host/path#ref[:subdir]` */
  identifier: string;
  attrs: Record<string, string>;
}

/**
 * The git source llb.Git makes for a Git URL as dockerui DetectGitContext passes it (parseGitRef): identifier
 * `git://HOST/PATH[#REF[:SUBDIR]]` and the attributes `git.fullurl`, `git.authtokensecret` and `git.authheadersecret`
 * (the daemon tries `<secret>.<host>` first, then `<secret>`), plus `git.checksum` (the daemon checks the commit),
 * `git.keepgitdir` and `git.skipsubmodules` when the query asks for them.
 */
export function gitSource(url: string): GitSource {
  const parsed = parseGitRef(url);
  const { ref } = parsed;
  let base = parsed.base;
  const subdir = posix.join('/', parsed.subdir).replace(/^\/+/, '');
  let host: string;
  let repoPath: string;
  const scp = /^[A-Za-z0-9._-]+@([A-Za-z0-9.-]+):(.*)$/.exec(base);
  if (scp && !base.includes('://')) {
    host = scp[1]!;
    repoPath = scp[2]!;
  } else {
    if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(base)) base = `https://${base}`; // llb.Git: an unknown protocol is https
    const u = new URL(base);
    host = u.host;
    repoPath = decodeURIComponent(u.pathname);
  }
  let id = host + posix.join('/', repoPath);
  if (ref || subdir) id += `#${ref}${subdir ? `:${subdir}` : ''}`;
  const attrs: Record<string, string> = {
    'git.fullurl': base,
    'git.authtokensecret': 'GIT_AUTH_TOKEN',
    'git.authheadersecret': 'GIT_AUTH_HEADER',
  };
  // over SSH, llb.Git has the daemon fetch with the session's `default` agent mounted (git.mountsshsock). It also
  // scans the host's key from the client, best effort, into git.knownsshhosts, which the daemon's ssh then pins. That
  // scan is left out here (it needs an SSH handshake, and its key type is x/crypto's choice), so the daemon's ssh
  // takes the key the host offers (BuildKit gitutil: StrictHostKeyChecking=no), as it does when buildx's scan fails
  if (isGitSshContext(url)) attrs['git.mountsshsock'] = 'default';
  if (parsed.keepGitDir) attrs['git.keepgitdir'] = 'true';
  if (parsed.checksum) attrs['git.checksum'] = parsed.checksum;
  if (parsed.submodules === false) attrs['git.skipsubmodules'] = 'true';
  return { remote: base, identifier: `git://${id}`, attrs };
}

/**
 * Adds to `b` the git source of `src` as llb.Git makes it (dockerui DetectGitContext): named `[internal] load git
 * source URL` after the URL as given (`url`, its user information left out), with the caps llb.Git records
 * (`source.git`, `source.git.fullurl`: the attributes always carry the full URL). Returns its digest. The one git
 * source of a remote definition: the read of its files (gitDefinition) and the copies of its directories that are
 * contexts (target/definition-copy.ts) are built on it, as buildx builds both on the same state.
 */
export function addGitSource(b: LlbDefinition, src: GitSource, url: string = src.identifier): string {
  return b.add(
    { source: { identifier: src.identifier, attrs: src.attrs } },
    {
      description: { 'llb.customname': `[internal] load git source ${url.replace(/\/\/[^/@]*@/, '//')}` },
      caps: {
        'source.git': true,
        'source.git.fullurl': true,
        ...(src.attrs['git.mountsshsock'] ? { 'source.git.knownsshhosts': true, 'source.git.mountsshsock': true } : {}),
        ...(src.attrs['git.keepgitdir'] ? { 'source.git.keepgitdir': true } : {}),
        ...(src.attrs['git.checksum'] ? { 'source.git.checksum': true } : {}),
        ...(src.attrs['git.skipsubmodules'] ? { 'source.git.skipsubmodules': true } : {}),
      },
    },
  );
}

/**
 * A marshalled `pb.Definition` of one git source (addGitSource) and its terminal op, as buildx makes it to read a
 * remote definition (bake/remote.go: dockerui DetectGitContext, then llb's Marshal).
 */
export function gitDefinition(src: GitSource, url: string = src.identifier): Buffer {
  const b = new LlbDefinition();
  return b.marshal(addGitSource(b, src, url));
}
