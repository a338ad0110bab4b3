/** The definition a remote bake definition is read with (src/solve/target/git-source.ts gitDefinition). */
import * as crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decodeMessage } from '../../../../src/buildkit/proto/registry.js';
import { parseGitRef } from '../../../../src/bake/git-ref.js';
import { gitDefinition, gitSource } from '../../../../src/solve/target/git-source.js';

function decode(def: Buffer) {
  const d = decodeMessage<{ def: Uint8Array[]; metadata: Record<string, Record<string, unknown>> }>(
    'pb.Definition',
    def,
  );
  return d.def.map((op) => ({
    op: decodeMessage<Record<string, unknown>>('pb.Op', op),
    metadata: d.metadata[`sha256:${crypto.createHash('sha256').update(op).digest('hex')}`],
  }));
}

describe('gitDefinition: the git source buildx reads a remote definition from (dockerui DetectGitContext, llb)', () => {
  it('names the source after the URL as given, with the caps llb.Git and Marshal record', () => {
    const url = 'http://127.0.0.1:8080/owner/repo.git#main';
    const [source, terminal] = decode(gitDefinition(gitSource(url), url));
    expect(source.op.source).toEqual({
      identifier: 'git://127.0.0.1:8080/owner/repo.git#main',
      attrs: {
        'git.fullurl': 'http://127.0.0.1:8080/owner/repo.git',
        'git.authtokensecret': 'GIT_AUTH_TOKEN',
        'git.authheadersecret': 'GIT_AUTH_HEADER',
      },
    });
    expect(source.metadata).toEqual({
      description: { 'llb.customname': `[internal] load git source ${url}` },
      caps: { 'source.git': true, 'source.git.fullurl': true },
    });
    expect(terminal.metadata.caps).toEqual({ constraints: true, platform: true, 'meta.description': true });
  });

  it("over SSH: the session's `default` agent mounted for the fetch, with llb.Git's SSH caps", () => {
    for (const url of ['ssh://git@host:2222/o/r.git#main', 'git@github.com:o/r.git']) {
      const [source] = decode(gitDefinition(gitSource(url), url));
      expect((source.op.source as { attrs: Record<string, string> }).attrs['git.mountsshsock'], url).toBe('default');
      expect(source.metadata.caps).toEqual({
        'source.git': true,
        'source.git.fullurl': true,
        'source.git.knownsshhosts': true,
        'source.git.mountsshsock': true,
      });
    }
    const [https] = decode(gitDefinition(gitSource('https://github.com/o/r.git'), 'https://github.com/o/r.git'));
    expect(https.op.source).not.toHaveProperty(['attrs', 'git.mountsshsock']);
  });

  it("is llb's to the byte: the empty worker constraints first, the attributes in key order", () => {
    // marshalled by llb itself (buildx v0.36.1's vendored BuildKit v0.32.2: dockerui.DetectGitContext, Marshal)
    const url = 'http://127.0.0.1:1234/owner/repo.git#main';
    const def = decodeMessage<{ def: Uint8Array[] }>('pb.Definition', gitDefinition(gitSource(url), url));
    expect(def.def.map((op) => Buffer.from(op).toString('hex'))).toEqual([
      '5a001aaf010a286769743a2f2f3132372e302e302e313a313233342f6f776e65722f7265706f2e676974236d61696e12270a146769742e61757468686561646572736563726574120f4749545f415554485f48454144455212250a136769742e61757468746f6b656e736563726574120e4749545f415554485f544f4b454e12330a0b6769742e66756c6c75726c1224687474703a2f2f3132372e302e302e313a313233342f6f776e65722f7265706f2e676974',
      '0a490a477368613235363a34383065363064616236393839663331323639613237393939333538626535643135383730373139313265376531336266663635616661393366366361333964',
    ]);
  });

  it("leaves a URL's user information out of the name", () => {
    const url = 'https://x-access-token:secret@github.com/o/r.git';
    const [source] = decode(gitDefinition(gitSource(url), url));
    expect((source.metadata.description as Record<string, string>)['llb.customname']).toBe(
      '[internal] load git source https://github.com/o/r.git',
    );
  });
});

describe("parseGitRef and gitSource: BuildKit's query form (dfgitutil.ParseGitRef, then dockerui DetectGitContext)", () => {
  const SHA = '0123456789abcdef0123456789abcdef01234567';
  it('reads ref, tag, branch and subdir from the query and the fragment together', () => {
    expect(gitSource('https://h/o/r.git?ref=main&subdir=a').identifier).toBe('git://h/o/r.git#main:a');
    // tag and branch are full refs to llb.Git
    expect(gitSource('https://h/o/r.git?tag=v1').identifier).toBe('git://h/o/r.git#refs/tags/v1');
    expect(gitSource('https://h/o/r.git?branch=dev#:sub').identifier).toBe('git://h/o/r.git#refs/heads/dev:sub');
    // the fragment and the query may say the same thing twice
    expect(gitSource('https://h/o/r.git?ref=main#main:a').identifier).toBe('git://h/o/r.git#main:a');
    expect(parseGitRef('git@h:o/r.git?subdir=a%2Fb#v1')).toEqual({ base: 'git@h:o/r.git', ref: 'v1', subdir: 'a/b' });
  });

  it('keeps what the query asks the daemon to check or keep: checksum, keep-git-dir, submodules, with their caps', () => {
    const url = `https://h/o/r.git?ref=main&checksum=${SHA}&keep-git-dir&submodules=false`;
    const src = gitSource(url);
    expect(src.remote).toBe('https://h/o/r.git');
    expect(src.attrs).toEqual({
      'git.fullurl': 'https://h/o/r.git',
      'git.authtokensecret': 'GIT_AUTH_TOKEN',
      'git.authheadersecret': 'GIT_AUTH_HEADER',
      'git.checksum': SHA,
      'git.keepgitdir': 'true',
      'git.skipsubmodules': 'true',
    });
    const [source] = decode(gitDefinition(src, url));
    expect(source.metadata.caps).toEqual({
      'source.git': true,
      'source.git.fullurl': true,
      'source.git.checksum': true,
      'source.git.keepgitdir': true,
      'source.git.skipsubmodules': true,
    });
    expect(gitSource(`https://h/o/r.git?commit=${SHA}&keep-git-dir=0&submodules=1`).attrs).toEqual({
      'git.fullurl': 'https://h/o/r.git',
      'git.authtokensecret': 'GIT_AUTH_TOKEN',
      'git.authheadersecret': 'GIT_AUTH_HEADER',
      'git.checksum': SHA,
    });
  });

  it("refuses what BuildKit refuses, with BuildKit's words", () => {
    expect(() => parseGitRef('https://h/o/r.git?ref=a#b')).toThrow('ref conflicts: "b" vs "a"');
    expect(() => parseGitRef('https://h/o/r.git?subdir=x#:y')).toThrow('subdir conflicts: "y" vs "x"');
    expect(() => parseGitRef('https://h/o/r.git?tag=v1&branch=main')).toThrow('branch conflicts with tag');
    expect(() => parseGitRef('https://h/o/r.git?ref=main&tag=v1')).toThrow('ref conflicts: "main" vs "refs/tags/v1"');
    expect(() => parseGitRef('https://h/o/r.git?ref=a&ref=b')).toThrow('query "ref" has multiple values');
    expect(() => parseGitRef('https://h/o/r.git?ref=')).toThrow('query "ref" has no value');
    expect(() => parseGitRef('https://h/o/r.git?depth=1')).toThrow('unexpected query "depth"');
    expect(() => parseGitRef('https://h/o/r.git?submodules=maybe')).toThrow('invalid submodules value: "maybe"');
  });
});
