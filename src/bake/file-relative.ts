/**
 * `BUILDX_BAKE_FILE_RELATIVE_PATHS` (buildx ≥ 0.3x; bake/bake.go at docker/buildx 461836b, commits b38d1004e
 * "bake: add file-relative path opt-in" … aac040df5 "bake: fix file-relative target references"): when it is a true Go
 * bool, a target's local `context` and each local `contexts` value resolve relative to the directory of the bake file
 * whose block set it, and a target without `context` gets the directory of the last file that defines it instead of
 * `.`. Compose targets use the directory of the first compose file (the compose project directory). `cwd://`, `target:`,
 * `docker-image://`, `oci-layout://`, absolute paths and remote URLs are left alone, and so are `--set` values (the
 * paths are rebased when the definition is loaded, before overrides).
 *
 * The bases live in a side table keyed by the Target object (buildx's private Target fields defaultContextBase,
 * contextBase, contextBaseRef, contextsBase), so nothing new is printed; mergeTarget carries them the way buildx's
 * Target.Merge does, cloneTarget copies them.
 */
import { BakeError } from './errors.js';
import { parseGoBool } from './entries.js';
import type { Attribute, Block, Expr } from './hcl/ast.js';
import type { Target } from './target.js';
import { cleanPath } from './go-path.js';

/** buildx's private per-target fields; `undefined` base = its `has…Base` flag is false. */
interface ContextBases {
  /** Directory of the file of the last block defining the target (defaultContextBase). */
  defaultBase?: string;
  /** The target had no `context` when the paths were rebased: it defaults to defaultBase (useDefaultContextBase). */
  useDefault: boolean;
  /** Directory of the file whose block set `context` (contextBase). */
  contextBase?: string;
  /** `context = target.NAME.context`: NAME (contextBaseRef), whose base the context takes. */
  contextRef: string;
  /** Directory of the file whose block set each `contexts` key (contextsBase). */
  contextsBase?: Map<string, string>;
}

const bases = new WeakMap<Target, ContextBases>();

function entry(t: Target): ContextBases {
  let b = bases.get(t);
  if (!b) {
    b = { useDefault: false, contextRef: '' };
    bases.set(t, b);
  }
  return b;
}

/** commands/bake.go bakeFileRelativePaths: TrimSpace, empty = off, else strconv.ParseBool or an error. */
export function fileRelativePathsEnabled(env: Record<string, string | undefined>): boolean {
  const v = (env.BUILDX_BAKE_FILE_RELATIVE_PATHS ?? '').trim();
  if (v === '') return false;
  const b = parseGoBool(v);
  if (b === undefined) {
    const q = JSON.stringify(v);
    throw new BakeError(
      `failed to parse BUILDX_BAKE_FILE_RELATIVE_PATHS value ${q}: strconv.ParseBool: parsing ${q}: invalid syntax`,
    );
  }
  return b;
}

/** urlutil.IsRemoteURL: an HTTP(S) URL or what dfgitutil.ParseGitRef accepts as a Git reference. */
function isRemoteURL(s: string): boolean {
  if (s.startsWith('http://') || s.startsWith('https://')) return true;
  if (s.startsWith('./') || s.startsWith('../')) return false;
  if (s.startsWith('github.com/')) return true;
  const proto = /^([a-zA-Z0-9]+):\/\//.exec(s);
  if (proto) {
    const scheme = proto[1].toLowerCase();
    if (scheme === 'http' || scheme === 'https') return /\.git$/.test(s.replace(/[?#].*$/, ''));
    return scheme === 'ssh' || scheme === 'git';
  }
  return /^[a-zA-Z0-9\-_]+@[a-zA-Z0-9\-.]+:/.test(s);
}

/** bake.go localFileDir: the directory of a local bake file (filepath.Dir); none for stdin or a URL. */
function localFileDir(name: string): string | undefined {
  if (name === '' || name === '-' || isRemoteURL(name)) return undefined;
  const i = name.lastIndexOf('/');
  return i < 0 ? '.' : cleanPath(name.slice(0, i + 1));
}

function isSpecialContextPath(p: string): boolean {
  return (
    p.startsWith('cwd://') ||
    p.startsWith('target:') ||
    p.startsWith('docker-image:') ||
    p.startsWith('oci-layout://') ||
    isRemoteURL(p)
  );
}

/** bake.go rebaseContextPath: `base/p`, cleaned, unless p is empty, absolute or not a local path. */
function rebaseContextPath(base: string, p: string): string {
  if (base === '' || p === '' || isSpecialContextPath(p) || p.startsWith('/')) return p;
  return cleanPath(`${base}/${p}`);
}

/**
 * bake.go targetContextRef: NAME when the expression is exactly the traversal `target.NAME.context` (or
 * `target["NAME"].context`), else ''. HCL folds an index with a literal or a plain string key into the traversal.
 */
function targetContextRef(expr: Expr): string {
  if (expr.kind !== 'getattr' || expr.name !== 'context') return '';
  const obj = expr.obj;
  if (obj.kind === 'getattr') return obj.obj.kind === 'var' && obj.obj.name === 'target' ? obj.name : '';
  if (obj.kind !== 'index' || obj.obj.kind !== 'var' || obj.obj.name !== 'target') return '';
  const key = obj.key;
  if (key.kind === 'literal') {
    const v = key.value;
    return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';
  }
  if (key.kind === 'template' && key.parts.length === 1 && key.parts[0].kind === 'text') return key.parts[0].value;
  return '';
}

function setContextsBase(t: Target, b: ContextBases, base: string): void {
  if (!t.contexts || t.contexts.size === 0) return;
  b.contextsBase ??= new Map();
  for (const k of t.contexts.keys()) b.contextsBase.set(k, base);
}

/**
 * Target.SetBlockSource: records the file of the block one evaluated target instance came from (called for every
 * instance, before it is merged into the definition).
 */
export function setBlockSource(t: Target, block: Block): void {
  const base = localFileDir(block.pos.file) ?? '';
  const b = entry(t);
  b.defaultBase = base;
  let context: Attribute | undefined;
  let contexts = false;
  for (const item of block.body.items) {
    if (item.kind !== 'attribute') continue;
    if (item.name === 'context') context = item;
    else if (item.name === 'contexts') contexts = true;
  }
  if (context) {
    b.contextBase = base;
    b.contextRef = targetContextRef(context.expr);
  }
  if (contexts) setContextsBase(t, b, base);
}

/** compose.go setComposeContextBase: every compose target's paths are relative to the first compose file. */
export function setComposeContextBase(config: { targets: Target[] }, files: { name: string }[]): void {
  if (files.length === 0) return;
  const base = localFileDir(files[0].name);
  if (base === undefined) return;
  for (const t of config.targets) {
    const b = entry(t);
    b.defaultBase = base;
    if (t.context !== undefined) b.contextBase = base;
    setContextsBase(t, b, base);
  }
}

/** The base half of Target.Merge(t2): called by mergeTarget (uses t2's values only, so before or after is the same). */
export function mergeContextBases(t: Target, t2: Target): void {
  const b2 = bases.get(t2);
  if (!b2 && !bases.has(t)) return;
  const b = entry(t);
  if (b2?.defaultBase !== undefined) {
    b.defaultBase = b2.defaultBase;
    b.useDefault = b2.useDefault;
  }
  if (t2.context !== undefined) {
    b.contextBase = b2?.contextBase;
    b.contextRef = b2?.contextRef ?? '';
  }
  for (const k of t2.contexts?.keys() ?? []) {
    const base = b2?.contextsBase?.get(k);
    if (base !== undefined) (b.contextsBase ??= new Map()).set(k, base);
    else b.contextsBase?.delete(k);
  }
}

/** For cloneTarget: the copy has the same bases (its own copy of them). */
export function copyContextBases(from: Target, to: Target): void {
  const b = bases.get(from);
  if (b) bases.set(to, { ...b, contextsBase: b.contextsBase && new Map(b.contextsBase) });
}

/** bake.go rebaseContextPaths, after the whole definition (compose and HCL) is loaded, in definition order. */
export function rebaseContextPaths(config: { targets: Target[] }): void {
  const byName = new Map(config.targets.map((t) => [t.name, t]));
  for (const t of config.targets) {
    const b = bases.get(t);
    if (!b) continue;
    const ref = b.contextRef === '' ? undefined : byName.get(b.contextRef);
    const rb = ref && bases.get(ref);
    if (rb?.contextBase !== undefined) b.contextBase = rb.contextBase;
    else if (rb?.defaultBase !== undefined) b.contextBase = rb.defaultBase;
    if (t.context !== undefined) {
      if (b.contextBase !== undefined) t.context = rebaseContextPath(b.contextBase, t.context);
    } else if (b.defaultBase !== undefined) {
      b.useDefault = true;
    }
    if (t.contexts) {
      for (const [k, v] of t.contexts) {
        const base = b.contextsBase?.get(k);
        if (base !== undefined) t.contexts.set(k, rebaseContextPath(base, v));
      }
    }
  }
}

/** ReadTargets' context for a resolved target without one: `.`, or its file's directory once rebased. */
export function defaultContext(t: Target): string {
  const b = bases.get(t);
  return b?.useDefault ? rebaseContextPath(b.defaultBase ?? '', '.') : '.';
}
