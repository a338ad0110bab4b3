/**
 * A remote definition's contexts (src/bake/remote-context.ts): what buildx's updateContext makes of each target's local
 * contexts once the bake files come from a Git repository, applied when the definition resolves: their values, and the
 * directories of the repository buildx sends as copies out of it (BakeDefinition.definitionCopies).
 */
import { describe, expect, it } from 'vitest';
import { BakeError, renderPrint, resolveBake } from '../../../src/bake/index.js';
import { gitSubdir } from '../../../src/bake/remote-context.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';
const url = `https://github.com/octo/app.git#${SHA}`;

describe('gitSubdir: a directory of the repository as a Git URL', () => {
  // buildx ≥ 0.32 bake.go remoteURLWithSubdir (0.29 has no such function: it sends the repository URL for every context)
  it('fragment and query forms, as buildx writes them', () => {
    expect(gitSubdir(url, '.')).toBe(url);
    // `.` is the URL as given, whatever its form
    expect(gitSubdir(`https://h/r.git?subdir=a&ref=${SHA}`, './')).toBe(`https://h/r.git?subdir=a&ref=${SHA}`);
    expect(gitSubdir(`${url}:docker`, 'app/..')).toBe(`${url}:docker`);
    expect(gitSubdir(url, 'app')).toBe(`${url}:app`);
    expect(gitSubdir(`${url}:docker`, 'app/')).toBe(`${url}:docker/app`);
    // the repository's root through its subdirectory: `:.`, not the bare URL
    expect(gitSubdir(`${url}:docker`, '..')).toBe(`${url}:.`);
    expect(gitSubdir('https://h/r.git', 'app')).toBe('https://h/r.git#:app');
    // a query without `subdir`: the fragment after it
    expect(gitSubdir(`https://h/r.git?ref=${SHA}`, 'app')).toBe(`https://h/r.git?ref=${SHA}#:app`);
    // a query with `subdir`: joined there, the query re-encoded as Go's url.Values.Encode (keys sorted, `/` escaped)
    expect(gitSubdir(`https://h/r.git?subdir=a&ref=${SHA}`, 'b')).toBe(`https://h/r.git?ref=${SHA}&subdir=a%2Fb`);
    expect(gitSubdir('HTTPS://h/r.git?subdir=a%20b&tag=v+1', 'c d')).toBe('https://h/r.git?subdir=a+b%2Fc+d&tag=v+1');
    // a fragment names the ref: the subdirectory goes there, even with a query before it
    expect(gitSubdir(`https://h/r.git?keep-git-dir=1#${SHA}:x`, 'y')).toBe(`https://h/r.git?keep-git-dir=1#${SHA}:x/y`);
    // a URL BuildKit refuses (a tag and another ref) stays as it is
    expect(gitSubdir(`https://h/r.git?tag=v1#${SHA}:x`, 'y')).toBe(`https://h/r.git?tag=v1#${SHA}:x`);
    // scp-like: no URL to Go's url.Parse, so the fragment form, with the query's subdirectory joined as BuildKit reads it
    expect(gitSubdir('git@h:o/r.git?subdir=a', 'b')).toBe('git@h:o/r.git?subdir=a#:a/b');
    expect(() => gitSubdir(url, '../outside')).toThrow(/outside the Git repository/);
    expect(() => gitSubdir(`${url}:docker`, '../../outside')).toThrow(/outside the Git repository/);
  });
});

describe('a remote definition: local contexts become the repository, `cwd://` ones stay local', () => {
  const resolve = (hcl: string, remoteDefinition?: string) =>
    resolveBake({ files: [], targets: ['default'], set: [], cwd: '/work', env: {}, remoteDefinition }, [
      { name: 'docker-bake.hcl', data: hcl },
    ]).target;
  const HCL = `
group "default" { targets = ["root", "app", "local", "cmd", "remote", "none"] }
target "root" { context = "." }
target "app" {
  context  = "app/"
  contexts = {
    base = "target:root", img = "docker-image://alpine", dir = "shared", here = ".", remote = "https://x/y.git",
    mine = "cwd://mine", layout = "oci-layout://layout"
  }
}
target "local" {
  context    = "cwd://src"
  dockerfile = "cwd://Dockerfile.local"
}
target "cmd" { context = BAKE_CMD_CONTEXT }
target "remote" { context = "https://github.com/other/repo.git" }
target "none" {}
`;

  it('`.` (or none) is the URL, another path that directory of it; `cwd://`, remote, target: and images stay', () => {
    const t = resolve(HCL, url);
    expect(t.root.context).toBe(url);
    expect(t.none.context).toBe(url);
    expect(t.app.context).toBe(`${url}:app`);
    // named contexts stay as written in the target, which --print shows (buildx puts only the context back)
    expect(t.app.contexts).toEqual({
      base: 'target:root',
      img: 'docker-image://alpine',
      dir: 'shared',
      here: '.',
      remote: 'https://x/y.git',
      mine: 'cwd://mine',
      layout: 'oci-layout://layout',
    });
    // `cwd://` stripped from the context as for a local definition; a `cwd://` Dockerfile is left to the build
    expect(t.local.context).toBe('src');
    expect(t.local.dockerfile).toBe('cwd://Dockerfile.local');
    expect(t.cmd.context).toBe('.');
    expect(t.remote.context).toBe('https://github.com/other/repo.git');
  });

  it('the directories of the repository that are contexts are marked as copies of their paths, not `.` itself', () => {
    const def = resolveBake(
      { files: [], targets: ['default'], set: [], cwd: '/work', env: {}, remoteDefinition: url },
      [{ name: 'docker-bake.hcl', data: HCL }],
    );
    expect(def.definitionCopies).toEqual({
      // the context cleaned (toBuildOpt), a named context's path as written (buildx copies and names v.Path); the
      // URLs of the named contexts that are the repository's directories, `.` too (what the Solve request names)
      app: { url, context: 'app', contexts: { dir: 'shared' }, urls: { dir: `${url}:shared`, here: url } },
    });
    // what --print shows is unchanged by it
    expect(renderPrint(def)).not.toContain('definitionCopies');
    expect(JSON.parse(renderPrint(def))).toEqual({ group: def.group, target: def.target });
  });

  it('`./` as a named context is a copy of the whole repository (buildx tests for `.` only); as the context, `.`', () => {
    const def = resolveBake(
      { files: [], targets: ['default'], set: [], cwd: '/work', env: {}, remoteDefinition: url },
      [
        {
          name: 'docker-bake.hcl',
          data: 'target "default" {\n  context = "./"\n  contexts = { all = "./", docs = "./docs/" }\n}\n',
        },
      ],
    );
    expect(def.target.default.context).toBe(url);
    expect(def.target.default.contexts).toEqual({ all: './', docs: './docs/' });
    expect(def.definitionCopies).toEqual({
      default: { url, contexts: { all: './', docs: './docs/' }, urls: { all: url, docs: `${url}:docs` } },
    });
  });

  it('a local definition marks no copies', () => {
    const def = resolveBake({ files: [], targets: ['default'], set: [], cwd: '/work', env: {} }, [
      { name: 'docker-bake.hcl', data: HCL },
    ]);
    expect(def.definitionCopies).toBeUndefined();
  });

  it('a local definition keeps its local contexts', () => {
    const t = resolve(HCL);
    expect(t.root.context).toBe('.');
    expect(t.app.context).toBe('app');
    expect(t.app.contexts?.dir).toBe('shared');
  });

  it('a path outside the repository is an error naming the target', () => {
    const err = (() => {
      try {
        resolve('target "default" {\n  context = "../x"\n}\n', url);
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(BakeError);
    expect((err as Error).message).toBe(
      `remote definition ${url}: target "default": context ../x is outside the Git repository of the source`,
    );
  });
});
