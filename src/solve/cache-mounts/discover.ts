/**
 * The cache mounts a Dockerfile declares (`RUN --mount=type=cache,...`), found the way BuildKit's Dockerfile frontend
 * turns them into LLB cache mounts, without asking the daemon: bakekit restores each mount before a build and saves
 * it after, so it needs the ids the frontend will put on the wire before the build runs.
 *
 * Hand-written because no maintained JavaScript library parses Dockerfiles with BuildKit's semantics (the parser
 * directives, continuations, heredocs, builder flags, the shell-word lexer, stage reachability). It follows, reading
 * the sources of moby/buildkit:
 * - frontend/dockerfile/parser (parser.go, split_command.go, line_parsers.go, directives.go): lines, comments,
 *   `# escape=`, continuations, heredocs, `--flags`, JSON form;
 * - frontend/dockerfile/shell/lex.go: quotes, escapes and `$VAR` / `${VAR...}` expansion;
 * - frontend/dockerfile/instructions (parse.go, commands_runmount.go parseMount): FROM, ARG, ENV, WORKDIR, COPY --from,
 *   the `--mount` CSV;
 * - frontend/dockerfile/dockerfile2llb (convert.go, convert_runmount.go, platform.go): global and stage ARGs, ENV,
 *   WORKDIR, stage dependencies and reachability, the cache id (`BUILDKIT_CACHE_MOUNT_NS + "/" + id`, the id defaulting
 *   to `path.Clean(target)`).
 *
 * The reading of lines, words and `--mount` values is in dockerfile/ (parse.ts, lex.ts, run-mount.ts); this file
 * evaluates the stages (ARG, ENV, WORKDIR, reachability) and names the mounts.
 *
 * Pure: no I/O. It never throws on a malformed Dockerfile; it returns what it could read and says what it could not
 * in `warnings` (the build itself reports Dockerfile errors).
 *
 * What it cannot see, by design: the environment and working directory of base images (variables the Dockerfile never
 * sets expand empty, with a warning; relative targets join "/" when no WORKDIR is set, which affects only the
 * informational `target`), the build's platforms (the automatic platform args come from `args` when the caller puts
 * them there, else a warning), named build contexts replacing a stage, and ONBUILD triggers.
 */
import { cleanPath } from '../../bake/go-path.js';
import type { CacheMountsMode, CacheMountSpec } from './types.js';
import { lex, type Env, type EnvValue, type LexResult } from './dockerfile/lex.js';
import { parseDockerfile, parseWords, WHITESPACE, type Instruction } from './dockerfile/parse.js';
import { parseMount, rawMountFrom, type Mount } from './dockerfile/run-mount.js';

export interface DiscoveredMounts {
  mounts: CacheMountSpec[];
  warnings: string[];
}

// Stages (dockerfile2llb/convert.go)

/** Automatic platform args (platform.go defaultArgs): their values come from the build's platforms, which only the
 * caller knows; it may pass them in `args`. */
const PLATFORM_ARGS = [
  'BUILDPLATFORM',
  'BUILDOS',
  'BUILDOSVERSION',
  'BUILDARCH',
  'BUILDVARIANT',
  'TARGETPLATFORM',
  'TARGETOS',
  'TARGETOSVERSION',
  'TARGETARCH',
  'TARGETVARIANT',
];

/** ARGs the frontend never puts in the environment (convert.go nonEnvArgs). */
const NON_ENV_ARGS = new Set(['BUILDKIT_SBOM_SCAN_CONTEXT', 'BUILDKIT_SBOM_SCAN_STAGE']);

const STAGE_NAME = /^[a-z][a-z0-9-_.]*$/;

interface Stage {
  line: number;
  /** lower case, "" when unnamed */
  name: string;
  /** the FROM image after expansion with the global args */
  baseName: string;
  /** the earlier stage this one is built on */
  base?: Stage;
  commands: Instruction[];
  /** stages this one reads from (COPY --from, RUN --mount from=) */
  deps: Set<Stage>;
}

interface StageResult {
  env: Env;
  workdir: string;
  /** what the stage chain starts from: scratch, or an image whose environment bakekit cannot see */
  root: string;
  mounts: { spec: CacheMountSpec; line: number }[];
  warnings: string[];
}

function expandWith(env: Env, escape: string, word: string): LexResult {
  return lex(word, env, { escape });
}

/** ENV's `KEY value` and `KEY=value ...` forms (line_parsers.go parseNameVal). */
function envPairs(rest: string, escape: string): [string, string][] | undefined {
  const words = parseWords(rest, escape);
  if (words.length === 0) return undefined;
  if (!words[0].includes('=')) {
    const parts = rest.split(WHITESPACE);
    if (parts.length < 2) return undefined;
    return [[parts[0], rest.slice(rest.search(WHITESPACE)).replace(/^[\t\v\f\r ]+/, '')]];
  }
  const pairs: [string, string][] = [];
  for (const w of words) {
    const eq = w.indexOf('=');
    if (eq < 0) return undefined;
    pairs.push([w.slice(0, eq), w.slice(eq + 1)]);
  }
  return pairs;
}

/** ARG's `NAME` and `NAME=default` words (instructions/parse.go parseArg). */
function argPairs(rest: string, escape: string): { key: string; value?: string }[] {
  return parseWords(rest, escape).map((w) => {
    const eq = w.indexOf('=');
    return eq < 0 ? { key: w } : { key: w.slice(0, eq), value: w.slice(eq + 1) };
  });
}

function flagValue(flags: string[], name: string): string | undefined {
  let value: string | undefined;
  for (const f of flags) if (f.startsWith(`--${name}=`)) value = f.slice(name.length + 3);
  return value;
}

/** Why a mount's values may not be the build's: platform args the caller did not pass (`unknown`), and variables the
 * Dockerfile never sets that the base image's environment may (`unset`, only for stages built on an image). */
function doubtNote(unknown: string[], unset: string[], root: string): string | undefined {
  const notes = [
    ...[...new Set(unknown)].sort().map((n) => `$${n} (a platform arg bakekit was not given: pass it in the args)`),
    ...[...new Set(unset)]
      .filter((n) => !unknown.includes(n))
      .sort()
      .map((n) => `$${n} (not set in the Dockerfile: the image ${root} may set it)`),
  ];
  return notes.length > 0 ? notes.join(', ') : undefined;
}

/** Runs one stage's instructions for what mounts need: ARG and ENV values, WORKDIR, the RUN mounts. */
function evaluateStage(
  stage: Stage,
  base: StageResult | undefined,
  globals: Env,
  args: Record<string, string>,
  escape: string,
): StageResult {
  const env: Env = new Map(base?.env ?? []);
  let workdir = base?.workdir ?? '/';
  const root = base?.root ?? stage.baseName;
  const out: StageResult = { env, workdir, root, mounts: [], warnings: [] };
  const imageRoot = root !== 'scratch';
  const cacheNs = args.BUILDKIT_CACHE_MOUNT_NS ?? '';

  for (const cmd of stage.commands) {
    const at = `Dockerfile:${cmd.line}`;
    try {
      if (cmd.cmd === 'arg') {
        // convert.go dispatchArg: a build arg wins, then the ARG's default, then a global ARG of that name
        for (const { key, value } of argPairs(cmd.args, escape)) {
          let v: EnvValue | undefined;
          if (Object.hasOwn(args, key)) v = { value: args[key], unknown: [] };
          else if (value !== undefined) {
            const r = expandWith(env, escape, value);
            v = { value: r.result, unknown: [...r.unknown] };
          } else v = globals.get(key);
          if (v !== undefined && !NON_ENV_ARGS.has(key)) env.set(key, v);
        }
      } else if (cmd.cmd === 'env') {
        // every pair is expanded with the environment from before the instruction, then set
        const pairs = envPairs(cmd.args, escape) ?? [];
        const expanded = pairs.map(([k, v]): [string, EnvValue] => {
          const rk = expandWith(env, escape, k);
          const rv = expandWith(env, escape, v);
          return [rk.result, { value: rv.result, unknown: [...rk.unknown, ...rv.unknown] }];
        });
        for (const [k, v] of expanded) env.set(k, v);
      } else if (cmd.cmd === 'workdir') {
        const p = expandWith(env, escape, cmd.args).result;
        workdir = cleanPath(p.startsWith('/') ? p : `${workdir}/${p}`);
      } else if (cmd.cmd === 'run') {
        for (const flag of cmd.flags) {
          if (!flag.startsWith('--mount')) continue;
          if (!flag.startsWith('--mount=')) {
            if (flag === '--mount') out.warnings.push(`${at}: missing a value on flag: --mount`);
            continue;
          }
          const unknown: string[] = [];
          const unmatched: string[] = [];
          let m: Mount;
          try {
            m = parseMount(flag.slice('--mount='.length), (word) => {
              const r = expandWith(env, escape, word);
              unknown.push(...r.unknown);
              unmatched.push(...r.unmatched);
              return r.result;
            });
          } catch (e) {
            out.warnings.push(`${at}: --mount=${flag.slice(8)}: ${(e as Error).message}`);
            continue;
          }
          if (m.type !== 'cache') continue;
          // convert_runmount.go: the default id is the target as written, cleaned, before the WORKDIR join
          const id = m.id !== '' ? m.id : cleanPath(m.target);
          const target = cleanPath(m.target).startsWith('/') ? m.target : cleanPath(`/${workdir}/${m.target}`);
          if (target === '/') {
            out.warnings.push(`${at}: invalid mount target "${target}"`);
            continue;
          }
          // an explicit from=scratch is what the frontend uses when there is no from=
          if (m.from !== '' && m.from !== 'scratch') {
            out.warnings.push(`${at}: cache mount ${target} has from=${m.from}: not persisted`);
            continue;
          }
          if (cleanPath('/' + m.source) !== '/') {
            out.warnings.push(`${at}: cache mount ${target} has source=${m.source}: not persisted`);
            continue;
          }
          const spec: CacheMountSpec = {
            id,
            cacheId: `${cacheNs}/${id}`,
            target,
            sharing: (m.sharing || 'shared') as CacheMountSpec['sharing'],
          };
          if (m.uid !== undefined) spec.uid = m.uid;
          if (m.gid !== undefined) spec.gid = m.gid;
          if (m.mode !== undefined) spec.mode = m.mode;
          const doubt = doubtNote(unknown, imageRoot ? unmatched : [], root);
          if (doubt)
            out.warnings.push(`${at}: cache mount ${target} uses ${doubt}: its id may differ from the build's`);
          out.mounts.push({ spec, line: cmd.line });
        }
      }
    } catch (e) {
      out.warnings.push(`${at}: ${(e as Error).message}`);
    }
  }
  out.workdir = workdir;
  return out;
}

/** The stages reached from the target: its base chain, COPY --from and RUN --mount from= sources, transitively
 * (convert.go allReachableStages). */
function reachable(target: Stage): Set<Stage> {
  const seen = new Set<Stage>();
  const visit = (s: Stage): void => {
    if (seen.has(s)) return;
    seen.add(s);
    if (s.base) visit(s.base);
    for (const d of s.deps) visit(d);
  };
  visit(target);
  return seen;
}

/** The cache mounts the build of `opts.target` (default: the last stage) declares, as CacheMountSpecs with the ids
 * the Dockerfile frontend sends, each once; `warnings` says what could not be read or reproduced. */
export function discoverCacheMounts(
  dockerfile: string,
  opts: { args: Record<string, string>; target?: string },
): DiscoveredMounts {
  const args = opts.args;
  const parsed = parseDockerfile(dockerfile);
  const warnings = [...parsed.warnings];
  const escape = parsed.escape;

  // instructions/parse.go Parse: ARGs before the first FROM are global; anything else there is an error
  const metaArgs: Instruction[] = [];
  const stages: Stage[] = [];
  const byName = new Map<string, Stage>();
  for (const ins of parsed.instructions) {
    if (ins.cmd === 'from') {
      const words = ins.args === '' ? [] : ins.args.split(WHITESPACE);
      let name = '';
      if (words.length === 3 && words[1].toLowerCase() === 'as') {
        name = words[2].toLowerCase();
        if (!STAGE_NAME.test(name)) {
          warnings.push(`Dockerfile:${ins.line}: invalid name for build stage: "${words[2]}"`);
          name = '';
        }
      } else if (words.length !== 1) {
        warnings.push(`Dockerfile:${ins.line}: FROM requires either one or three arguments`);
      }
      const stage: Stage = {
        line: ins.line,
        name,
        baseName: words[0] ?? '',
        commands: [],
        deps: new Set(),
      };
      stages.push(stage);
    } else if (stages.length === 0) {
      if (ins.cmd === 'arg') metaArgs.push(ins);
      else warnings.push(`Dockerfile:${ins.line}: no build stage in current context`);
    } else stages[stages.length - 1].commands.push(ins);
  }
  if (stages.length === 0) {
    warnings.push('Dockerfile: no build stages');
    return { mounts: [], warnings };
  }

  // convert.go: the global args are the platform args and TARGETSTAGE, then the ARGs before the first FROM (a build
  // arg overriding a default)
  const targetName = opts.target || stages[stages.length - 1].name;
  const globals: Env = new Map();
  for (const k of PLATFORM_ARGS)
    globals.set(k, Object.hasOwn(args, k) ? { value: args[k], unknown: [] } : { value: '', unknown: [k] });
  globals.set('TARGETSTAGE', {
    value: Object.hasOwn(args, 'TARGETSTAGE') ? args.TARGETSTAGE : targetName || 'default',
    unknown: [],
  });
  for (const ins of metaArgs) {
    for (const { key, value } of argPairs(ins.args, escape)) {
      if (Object.hasOwn(args, key)) globals.set(key, { value: args[key], unknown: [] });
      else if (value !== undefined) {
        try {
          const r = expandWith(globals, escape, value);
          globals.set(key, { value: r.result, unknown: [...r.unknown] });
        } catch (e) {
          warnings.push(`Dockerfile:${ins.line}: ${(e as Error).message}`);
        }
      }
    }
  }

  // FROM names expand with the global args; a stage is based on an earlier stage of that name (addState)
  for (const stage of stages) {
    try {
      stage.baseName = expandWith(globals, escape, stage.baseName).result;
    } catch (e) {
      warnings.push(`Dockerfile:${stage.line}: ${(e as Error).message}`);
    }
    stage.base = byName.get(stage.baseName.toLowerCase());
    if (stage.name !== '') byName.set(stage.name, stage);
  }
  // COPY --from (a name or an index) and RUN --mount from= (a name) make dependencies on any stage
  for (const stage of stages) {
    for (const cmd of stage.commands) {
      const froms: { from: string; index: boolean }[] = [];
      if (cmd.cmd === 'copy') {
        const from = flagValue(cmd.flags, 'from');
        if (from) froms.push({ from, index: true });
      } else if (cmd.cmd === 'run') {
        for (const f of cmd.flags) {
          if (!f.startsWith('--mount=')) continue;
          const from = rawMountFrom(f.slice(8));
          if (from) froms.push({ from, index: false });
        }
      }
      for (const { from, index } of froms) {
        const dep = index && /^[+-]?\d+$/.test(from) ? stages[Number(from)] : byName.get(from.toLowerCase());
        if (dep) stage.deps.add(dep);
      }
    }
  }

  let target: Stage | undefined;
  if (opts.target === undefined || opts.target === '') target = stages[stages.length - 1];
  else {
    target = byName.get(opts.target.toLowerCase());
    if (!target) {
      warnings.push(`Dockerfile: target stage "${opts.target}" could not be found`);
      return { mounts: [], warnings };
    }
  }
  const reached = reachable(target);

  const results = new Map<Stage, StageResult>();
  const mounts: CacheMountSpec[] = [];
  const firstLine = new Map<string, number>();
  for (const stage of stages) {
    const result = evaluateStage(stage, stage.base && results.get(stage.base), globals, args, escape);
    results.set(stage, result);
    if (!reached.has(stage)) continue;
    warnings.push(...result.warnings);
    for (const { spec, line } of result.mounts) {
      const prev = mounts.find((m) => m.cacheId === spec.cacheId);
      if (!prev) {
        mounts.push(spec);
        firstLine.set(spec.cacheId, line);
        continue;
      }
      const differs = (['sharing', 'uid', 'gid', 'mode'] as const).filter((k) => prev[k] !== spec[k]);
      if (differs.length > 0)
        warnings.push(
          `Dockerfile:${line}: cache mount ${spec.id} declared again with ${differs
            .map((k) => `${k}=${showValue(k, spec[k])}`)
            .join(', ')} (line ${firstLine.get(spec.cacheId)}: ${differs
            .map((k) => `${k}=${showValue(k, prev[k])}`)
            .join(', ')}): keeping the first`,
        );
    }
  }
  return { mounts, warnings };
}

function showValue(key: 'sharing' | 'uid' | 'gid' | 'mode', v: string | number | undefined): string {
  if (v === undefined) return 'unset';
  return key === 'mode' ? '0' + v.toString(8) : String(v);
}

/** The mounts a `cache-mounts` setting selects: `auto` all, `off` none, a list those whose id is listed (with or
 * without a leading slash). */
export function selectMounts(mounts: CacheMountSpec[], mode: CacheMountsMode): CacheMountSpec[] {
  if (mode === 'auto') return mounts;
  if (mode === 'off') return [];
  const bare = (id: string): string => id.replace(/^\/+/, '');
  const wanted = new Set(mode.map(bare));
  return mounts.filter((m) => wanted.has(bare(m.id)));
}
