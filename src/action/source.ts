/**
 * The `source` input, with docker/bake-action v7's meaning (src/context.ts getBakeContext): `{{defaultContext}}` is the
 * event's repository at the event's commit (github-context.ts gitContext); a Git URL builds from that repository; anything
 * else is a local directory the bake runs in. Unlike bake-action, whose default is `{{defaultContext}}`, bakekit's
 * default (no `source`) is the local workspace.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isValidRef } from './github-context.js';

export type ResolvedSource = { kind: 'local'; dir: string } | { kind: 'git'; url: string };

/** `{{defaultContext}}` (Handlebars in bake-action; only this one variable exists there) replaced by the Git context. */
export function expandSource(input: string, defaultContext: () => string): string {
  return input.replace(/\{\{\s*defaultContext\s*\}\}/g, () => defaultContext());
}

/** A Git source: bake-action's remote refs (actions-toolkit Util.isValidRef), and `ssh://` URLs. */
export function isGitSource(value: string): boolean {
  return isValidRef(value) || value.startsWith('ssh://');
}

/**
 * `input` (expanded) against the working directory `cwd`: a Git URL, or a directory that must exist (bake-action:
 * "Invalid source: … does not exist or is not a directory").
 */
export function resolveSource(input: string | undefined, cwd: string, defaultContext: () => string): ResolvedSource {
  if (!input) return { kind: 'local', dir: cwd };
  const expanded = expandSource(input, defaultContext);
  if (!expanded) return { kind: 'local', dir: cwd };
  if (isGitSource(expanded)) return { kind: 'git', url: expanded };
  const dir = path.resolve(cwd, expanded);
  let isDir = false;
  try {
    isDir = fs.statSync(dir).isDirectory();
  } catch {
    // reported below
  }
  if (!isDir) throw new Error(`Invalid source: ${input} does not exist or is not a directory.`);
  return { kind: 'local', dir };
}
