/**
 * `changed` mode in a real Git repository: commits that change a Dockerfile, a context file, an ignored file, an ignore
 * file, the bake file (a definition change and a comment), a producer's context, a named context, and the targets
 * each selects — through planMatrix, as the CLI and the action run it.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MatrixBaseError, planMatrix } from '../../../../src/solve/matrix/plan.js';
import { git } from '../../../support/git.js';
import { makeProject, removeProjects } from '../../../support/project.js';

afterAll(() => removeProjects());

const BAKE = `
group "default" {
  targets = ["app", "other", "tool", "web", "remote"]
}
# a comment
target "base" {
  context = "base"
}
target "app" {
  context  = "app"
  contexts = { base = "target:base" }
  args     = { V = "1" }
}
target "other" {
  context = "other"
}
target "tool" {
  context    = "tool"
  dockerfile = "../dockerfiles/tool.Dockerfile"
  contexts   = { assets = "assets" }
}
target "web" {
  context    = "web"
  dockerfile = "web.Dockerfile"
}
target "remote" {
  context = "https://github.com/docker/buildx.git"
}
`;

const FILES: Record<string, string> = {
  'docker-bake.hcl': BAKE,
  'base/Dockerfile': 'FROM busybox\nCOPY data.txt /\n',
  'base/data.txt': 'one\n',
  'app/Dockerfile': 'FROM base\n',
  'app/main.c': 'int main() {}\n',
  'other/Dockerfile': 'FROM busybox\nCOPY . /src\n',
  'other/.dockerignore': '# docs are not sent\n*.md\n',
  'other/README.md': 'readme\n',
  'other/main.c': 'int main() {}\n',
  'dockerfiles/tool.Dockerfile': 'FROM busybox\n',
  'tool/run.sh': 'echo\n',
  'assets/logo.svg': '<svg/>\n',
  // the Dockerfile's own ignore file wins over the context's (BuildKit dockerui)
  'web/web.Dockerfile': 'FROM busybox\nCOPY . /web\n',
  'web/web.Dockerfile.dockerignore': 'docs\n',
  'web/.dockerignore': '',
  'web/docs/guide.md': 'guide\n',
  'web/index.html': '<html/>\n',
  'README.md': 'the repository\n',
};

/** A repository with FILES committed; returns its directory and that commit. */
function repository(files: Record<string, string> = FILES): { dir: string; base: string } {
  const dir = makeProject(files, 'bakekit-changed-');
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'base');
  return { dir, base: git(dir, 'rev-parse', 'HEAD') };
}

/** Writes (or, for null, deletes) files and commits. */
function commit(dir: string, changes: Record<string, string | null>): string {
  for (const [rel, content] of Object.entries(changes)) {
    const p = path.join(dir, rel);
    if (content === null) fs.rmSync(p);
    else {
      fs.mkdirSync(path.dirname(p), { recursive: true });
      fs.writeFileSync(p, content);
    }
  }
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '--allow-empty', '-m', 'change');
  return git(dir, 'rev-parse', 'HEAD');
}

async function plan(dir: string, opts: { base?: string; env?: Record<string, string> } = {}) {
  return planMatrix({
    bake: { files: [], targets: [], set: [], cwd: dir, env: opts.env ?? {} },
    fields: [],
    changed: { base: opts.base },
  });
}

let shared: { dir: string; base: string } | undefined;

/** The targets the change selects (sorted): committed on top of FILES, in one repository reset for each change (the
 * tests of a file run one after the other). */
async function selectedAfter(changes: Record<string, string | null>): Promise<string[]> {
  shared ??= repository();
  const { dir, base } = shared;
  git(dir, 'checkout', '-q', '-f', '--detach', base);
  git(dir, 'clean', '-q', '-f', '-d', '-x');
  commit(dir, changes);
  const p = await plan(dir, { base });
  return [...p.changed!.selected.keys()].sort();
}

describe('changed mode selects', () => {
  it('nothing for a commit that changes nothing; the remote context is reported as unchecked', async () => {
    const { dir, base } = repository();
    commit(dir, {});
    const p = await plan(dir, { base });
    expect(p.include).toEqual([]);
    expect(p.layers).toEqual([]);
    expect(p.changed!.base).toEqual({ kind: 'commit', ref: base, from: 'given' });
    expect(p.notes).toEqual([
      'target remote: context https://github.com/docker/buildx.git (remote) cannot be checked for changes: counted as unchanged',
    ]);
  });

  it('a target whose Dockerfile changed', async () => {
    expect(await selectedAfter({ 'app/Dockerfile': 'FROM base\nRUN true\n' })).toEqual(['app']);
    // a Dockerfile outside the context
    expect(await selectedAfter({ 'dockerfiles/tool.Dockerfile': 'FROM alpine\n' })).toEqual(['tool']);
  });

  it('a target with a changed context file, not one whose file is excluded by its .dockerignore', async () => {
    expect(await selectedAfter({ 'other/main.c': 'int main() { return 1; }\n' })).toEqual(['other']);
    expect(await selectedAfter({ 'other/README.md': 'changed\n' })).toEqual([]);
    expect(await selectedAfter({ 'other/NEW.md': 'added\n', 'README.md': 'outside every context\n' })).toEqual([]);
    // a deleted file was in the context
    expect(await selectedAfter({ 'other/main.c': null })).toEqual(['other']);
  });

  it("a target whose ignore file changed; the Dockerfile's own ignore file is the one applied", async () => {
    expect(await selectedAfter({ 'other/.dockerignore': '*.md\n*.txt\n' })).toEqual(['other']);
    // web/docs is excluded by web.Dockerfile.dockerignore (web/.dockerignore, empty, is not used)
    expect(await selectedAfter({ 'web/docs/guide.md': 'new guide\n' })).toEqual([]);
    expect(await selectedAfter({ 'web/index.html': '<html>new</html>\n' })).toEqual(['web']);
    expect(await selectedAfter({ 'web/.dockerignore': 'nothing\n' })).toEqual(['web']);
  });

  it('a producer whose context changed, and everything that consumes it', async () => {
    const { dir, base } = repository();
    commit(dir, { 'base/data.txt': 'two\n' });
    const p = await plan(dir, { base });
    expect([...p.changed!.selected.keys()]).toEqual(['app', 'base']);
    expect(p.changed!.selected.get('base')).toEqual(['context: 1 file(s) changed (base/data.txt)']);
    expect(p.changed!.selected.get('app')).toEqual(['consumes base, which is selected']);
    expect(p.layers).toEqual([[{ target: 'base', targets: 'base' }], [{ target: 'app', targets: 'base,app' }]]);
  });

  it('a target with a changed file in a local named context', async () => {
    expect(await selectedAfter({ 'assets/logo.svg': '<svg>2</svg>\n' })).toEqual(['tool']);
  });

  it('from the bake file: only targets whose resolved definition changed; a comment changes none', async () => {
    expect(await selectedAfter({ 'docker-bake.hcl': BAKE.replace('V = "1"', 'V = "2"') })).toEqual(['app']);
    expect(await selectedAfter({ 'docker-bake.hcl': BAKE.replace('# a comment', '# another comment') })).toEqual([]);
    // a target new in the definition
    const added = BAKE.replace('"remote"]', '"remote", "extra"]') + 'target "extra" {\n  context = "other"\n}\n';
    expect(await selectedAfter({ 'docker-bake.hcl': added })).toEqual(['extra']);
  });

  it('a renamed file counts in both contexts', async () => {
    expect(await selectedAfter({ 'other/main.c': null, 'app/main2.c': 'int main() {}\n' })).toEqual(['app', 'other']);
  });

  it('every target when the bake file did not exist at the base', async () => {
    const { dir, base } = repository({ 'README.md': 'empty repository\n' });
    commit(dir, FILES);
    const p = await plan(dir, { base });
    expect([...p.changed!.selected.keys()]).toEqual(['app', 'base', 'other', 'remote', 'tool', 'web']);
    expect(p.changed!.selected.get('other')![0]).toBe('definition: no bake file existed at the base');
  });
});

describe('the base commit', () => {
  it('a named base the clone does not have is an error', async () => {
    const { dir } = repository();
    await expect(plan(dir, { base: '0123456789abcdef0123456789abcdef01234567' })).rejects.toThrow(MatrixBaseError);
    await expect(plan(dir, { base: 'no-such-branch' })).rejects.toThrow(
      /the base no-such-branch \(given\) is not a commit of this clone .*fetch-depth: 0/,
    );
  });

  it('a ref is resolved to its commit; a ref starting with - is not an option', async () => {
    const { dir, base } = repository();
    git(dir, 'branch', 'before');
    commit(dir, { 'app/Dockerfile': 'FROM base\nRUN true\n' });
    const p = await plan(dir, { base: 'before' });
    expect(p.changed!.base).toEqual({ kind: 'commit', ref: base, from: 'given' });
    await expect(plan(dir, { base: '--output=/tmp/x' })).rejects.toThrow(/not a commit of this clone/);
  });

  it('from the push event: before; one missing from the clone lists every target with a note', async () => {
    const { dir, base } = repository();
    commit(dir, { 'other/main.c': 'changed\n' });
    const event = path.join(dir, '..', `${path.basename(dir)}-event.json`);
    fs.writeFileSync(event, JSON.stringify({ before: base, ref: 'refs/heads/main' }));
    const env = { GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: event };
    const p = await plan(dir, { env });
    expect(p.changed!.base).toEqual({ kind: 'commit', ref: base, from: 'push event, before' });
    expect([...p.changed!.selected.keys()]).toEqual(['other']);

    fs.writeFileSync(event, JSON.stringify({ before: 'f'.repeat(40) }));
    const gone = await plan(dir, { env });
    expect(gone.changed!.base.kind).toBe('everything');
    expect(gone.include.map((e) => e.target)).toEqual(['app', 'base', 'other', 'remote', 'tool', 'web']);
    expect(gone.notes[0]).toMatch(
      /^the base f{40} \(push event, before\) is not a commit of this clone .*: every target is listed$/,
    );
    fs.rmSync(event);
  });

  it('outside a Git checkout, changed mode says so', async () => {
    const dir = makeProject({ 'docker-bake.hcl': 'target "default" {}\n' });
    await expect(plan(dir, { base: 'HEAD' })).rejects.toThrow(/changed mode needs a Git checkout/);
  });

  it('no base and no event: an error naming the flag and the input', async () => {
    const { dir } = repository();
    await expect(plan(dir, {})).rejects.toThrow(
      'changed mode needs a base commit: name one (--base REF, action input matrix-base)',
    );
  });
});
