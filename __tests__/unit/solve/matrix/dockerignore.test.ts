/**
 * The ignore file changed mode applies to a context: read as moby/patternmatcher ignorefile.ReadAll reads it, chosen as
 * BuildKit's dockerui chooses it (`<Dockerfile>.dockerignore` first, then the context's `.dockerignore`).
 */
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contextFilter, parseIgnoreFile } from '../../../../src/solve/matrix/dockerignore.js';
import { makeProject, removeProjects } from '../../../support/project.js';

afterAll(() => removeProjects());

describe('parseIgnoreFile', () => {
  it('drops the BOM, comments (only at the start of a line) and blank lines; trims, cleans, drops a leading slash', () => {
    const text = '\uFEFF# comment\r\n  /dist/  \r\n\n!  ./keep/../keep.txt\n #not a comment\n**/*.md\n/\n';
    expect(parseIgnoreFile(text)).toEqual(['dist', '!keep.txt', '#not a comment', '**/*.md', '/']);
  });
});

describe('contextFilter', () => {
  it("uses the context's .dockerignore, a parent match excluding everything below it and ! re-including", () => {
    const dir = makeProject({ '.dockerignore': 'build\n*.md\n!KEEP.md\n', Dockerfile: '' });
    const f = contextFilter(dir, path.join(dir, 'Dockerfile'));
    expect(f.file).toBe(path.join(dir, '.dockerignore'));
    expect(f.excludes('build/out/a.o')).toBe(true);
    expect(f.excludes('README.md')).toBe(true);
    expect(f.excludes('KEEP.md')).toBe(false);
    expect(f.excludes('src/main.c')).toBe(false);
  });

  it('prefers <Dockerfile>.dockerignore beside the Dockerfile, even outside the context', () => {
    const dir = makeProject({
      'ctx/.dockerignore': 'src\n',
      'df/app.Dockerfile': '',
      'df/app.Dockerfile.dockerignore': 'docs\n',
    });
    const f = contextFilter(path.join(dir, 'ctx'), path.join(dir, 'df/app.Dockerfile'));
    expect(f.file).toBe(path.join(dir, 'df/app.Dockerfile.dockerignore'));
    expect(f.candidates).toEqual([
      path.join(dir, 'df/app.Dockerfile.dockerignore'),
      path.join(dir, 'ctx/.dockerignore'),
    ]);
    expect(f.excludes('docs/a.md')).toBe(true);
    expect(f.excludes('src/a.c')).toBe(false);
  });

  it('without an ignore file nothing is excluded', () => {
    const dir = makeProject({ Dockerfile: '' });
    const f = contextFilter(dir);
    expect(f.file).toBeUndefined();
    expect(f.excludes('anything')).toBe(false);
  });
});
