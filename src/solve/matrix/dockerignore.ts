/**
 * Which files of a local context BuildKit would receive, for `changed` mode: the exclude patterns a context gets and
 * the matcher BuildKit's fsutil filters with (buildkit/fsutil/patterns.ts, moby/patternmatcher's semantics).
 *
 * Which ignore file applies is the Dockerfile frontend's choice (BuildKit frontend/dockerui/config.go): for the main
 * context, `<Dockerfile>.dockerignore` beside the Dockerfile when it exists, else `.dockerignore` at the context's
 * root; for a named local context, its own `.dockerignore` (dockerui/namedcontext.go). The file is read as
 * moby/patternmatcher's ignorefile.ReadAll reads it.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cleanPath } from '../../bake/go-path.js';
import { PatternMatcher } from '../../buildkit/fsutil/patterns/matcher.js';

/**
 * ignorefile.ReadAll: a UTF-8 BOM dropped from the first line; lines starting with `#` skipped (before trimming);
 * each line trimmed; `!` kept in front of the cleaned pattern; a leading `/` dropped (`/a` is `a`).
 */
export function parseIgnoreFile(text: string): string[] {
  const patterns: string[] = [];
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  for (const raw of lines) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw; // bufio.ScanLines drops a trailing \r
    if (line.startsWith('#')) continue;
    let pattern = line.trim();
    if (pattern === '') continue;
    const invert = pattern.startsWith('!');
    if (invert) pattern = pattern.slice(1).trim();
    if (pattern.length > 0) {
      pattern = cleanPath(pattern);
      if (pattern.length > 1 && pattern.startsWith('/')) pattern = pattern.slice(1);
    }
    patterns.push(invert ? `!${pattern}` : pattern);
  }
  return patterns;
}

/** The ignore file that applies to a context, and what it excludes. */
export interface ContextFilter {
  /** absolute path of the ignore file in use; undefined when there is none */
  file?: string;
  /** the ignore files that could apply (a change to any of them may change what is sent) */
  candidates: string[];
  /** true when BuildKit would not send `rel` (a path relative to the context, `/`-separated) */
  excludes(rel: string): boolean;
}

/**
 * The filter of a context directory: `dockerfile` (absolute; the main context's local Dockerfile) makes its
 * `<Dockerfile>.dockerignore` win over the context's `.dockerignore`. A pattern BuildKit could not compile makes the
 * context count as sending everything (the build itself would fail on it).
 */
export function contextFilter(dir: string, dockerfile?: string): ContextFilter {
  const candidates = [...(dockerfile ? [`${dockerfile}.dockerignore`] : []), path.join(dir, '.dockerignore')];
  const file = candidates.find((f) => isFile(f));
  if (!file) return { candidates, excludes: () => false };
  let matcher: PatternMatcher | undefined;
  try {
    matcher = new PatternMatcher(parseIgnoreFile(fs.readFileSync(file, 'utf8')));
  } catch {
    matcher = undefined;
  }
  return {
    file,
    candidates,
    excludes: (rel) => {
      if (!matcher) return false;
      try {
        return matcher.matchesOrParentMatches(rel);
      } catch {
        return false;
      }
    },
  };
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}
