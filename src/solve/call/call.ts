/**
 * Frontend methods instead of a build (`call = "check" | "outline" | "targets"`, `--call`, `--check`), as buildx runs
 * and prints them: the gateway solve carries `requestid=frontend.<name>` and the `subrequests` capability, the outer
 * solve is Internal and adds no default export, and the frontend answers with result metadata — `result.json`,
 * `result.txt`, `result.statuscode`, `version` (BuildKit frontend/subrequests) — which buildx prints
 * (commands/build.go printResult, commands/bake.go for several targets) and turns into the exit code.
 *
 * Pure: no I/O. The text renderers follow BuildKit's own (subrequests/lint PrintTo, outline PrintOutline,
 * targets PrintTargets) on `result.json`, so that bakekit prints what buildx prints whatever the frontend's own
 * `result.txt` says; a result of a newer version than these renderers know is printed as its `result.txt`, as buildx does.
 */
import type { ErrorRange } from '../../buildkit/errdefs/details.js';
import { formatSourceBlock } from '../../buildkit/errdefs/source.js';
import type { Range } from '../../buildkit/proto/ops.pb.js';
import * as path from 'node:path';
import { parseCallFunc, type CallFunc } from './call-func.js';
import { REMOTE_CONTEXT } from '../target/context-kind.js';
import { renderPrint, type BakeDefinition } from '../../bake/print.js';
import { tabwrite } from '../../bake/tabwriter.js';

/** buildx buildflags.CallFunc: the method (`lint`, `outline`, `targets`, or any other the frontend answers), and how to
 * print its result (`format=json`; `ignorestatus`: the exit code ignores `result.statuscode`). */
export type CallSpec = Pick<CallFunc, 'name' | 'format'> & { ignoreStatus?: boolean };

/** Versions of the result structures the renderers below know (BuildKit's subrequest definitions). */
const KNOWN_VERSION = '1.0.0';
const SUBREQUESTS_CAP = 'moby.buildkit.frontend.subrequests+forward';
/** buildx's fallback frontends for a daemon whose own Dockerfile frontend answers no subrequests (build/build.go) */
const PRINT_FALLBACK_IMAGE =
  'docker/dockerfile:1.7.1@sha256:a57df69d0ea827fb7266491f2813635de6f17269be881f696fbfdf2d83dda33e';
const LINT_FALLBACK_IMAGE =
  'docker/dockerfile:1.8.1@sha256:e87caa74dcb7d46cd820352bfea12591f3dba3ddc4285e19c7dcd13359f7cefd';

/**
 * A target's `call` as buildx bake reads it (commands/bake.go: ParseCallFunc of the attribute): `check` is `lint`;
 * `build` (and nothing) is no call. Throws buildx's error for a bad value.
 */
export function parseCall(value: string | undefined): CallSpec | undefined {
  if (!value) return undefined;
  const call = parseCallFunc(value);
  if (call.name === 'build' || call.name === '') return undefined;
  return call;
}

/** The gateway solve's frontend options for a call (buildx adds them to the gateway request only, not to the build's
 * own attributes). */
export function callFrontendOpt(call: CallSpec, attrs: Record<string, string>): Record<string, string> {
  const out = { ...attrs };
  out['frontend.caps'] = out['frontend.caps'] ? `${out['frontend.caps']},${SUBREQUESTS_CAP}` : SUBREQUESTS_CAP;
  out.requestid = `frontend.${call.name}`;
  return out;
}

/**
 * buildx fallbackPrintError: a frontend that does not know the request (`unsupported request frontend.lint`, the
 * Dockerfile frontend of BuildKit < 0.14 for lint) is asked again through a Dockerfile frontend image that does.
 * Undefined when the error is something else.
 */
export function callFallbackOpt(err: Error, opt: Record<string, string>): Record<string, string> | undefined {
  const request = opt.requestid;
  if (!request) return undefined;
  const message = (err as { details?: string }).details ?? err.message;
  const m = /unsupported request (frontend\.(?:outline|targets|lint))\b/.exec(message);
  if (!m) return undefined;
  return { ...opt, 'build-arg:BUILDKIT_SYNTAX': m[1] === 'frontend.lint' ? LINT_FALLBACK_IMAGE : PRINT_FALLBACK_IMAGE };
}

// ---------------------------------------------------------------------------------------------------------------
// Result structures (BuildKit frontend/subrequests, as encoding/json writes them: pb messages with omitempty)

/** pb.Location (not in ops.proto: only these JSON results carry one). */
interface PbLocation {
  sourceIndex?: number;
  ranges?: Range[];
}
/** pb.SourceInfo as JSON: `data` is base64 text there. */
interface PbSourceInfo {
  filename?: string;
  data?: string;
  language?: string;
}

export interface LintWarning {
  ruleName: string;
  description?: string;
  url?: string;
  detail?: string;
  location?: PbLocation;
}

export interface LintResults {
  warnings?: LintWarning[] | null;
  sources?: Array<PbSourceInfo | null> | null;
  buildError?: { message: string; location?: PbLocation };
}

interface OutlineResult {
  name?: string;
  description?: string;
  args?: Array<{ name: string; description?: string; value?: string }>;
  secrets?: Array<{ name: string; required?: boolean }>;
  ssh?: Array<{ name: string; required?: boolean }>;
}

interface TargetsResult {
  targets?: Array<{ name?: string; default?: boolean; description?: string }> | null;
}

/** Go's golang.org/x/mod/semver-free comparison buildx uses (docker/docker/api/types/versions.LessThan). */
function versionLess(a: string, b: string): boolean {
  const pa = a.split('.');
  const pb = b.split('.');
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = Number.parseInt(pa[i] ?? '0', 10) || 0;
    const y = Number.parseInt(pb[i] ?? '0', 10) || 0;
    if (x !== y) return x < y;
  }
  return false;
}

/** buildx's printers: tabwriter.NewWriter(w, 0, 0, PADDING, ' ', 0). */
const table = (rows: string[][], padding: number) =>
  tabwrite(rows, { minwidth: 0, tabwidth: 0, padding, padchar: ' ' });

function ranges(loc: PbLocation | undefined): ErrorRange[] {
  return (loc?.ranges ?? []).map((r) => ({
    start: { line: r.start?.line ?? 0, character: r.start?.character ?? 0 },
    end: { line: r.end?.line ?? 0, character: r.end?.character ?? 0 },
  }));
}

/** errdefs Source.Print: the snippet block with its trailing newline, or nothing. */
function sourceBlock(
  source: PbSourceInfo | null | undefined,
  loc: PbLocation | undefined,
  filename: string | undefined,
): string {
  if (!source) return '';
  const lines = formatSourceBlock(
    filename ?? source.filename ?? '',
    Buffer.from(source.data ?? '', 'base64'),
    ranges(loc),
  );
  return lines.length ? lines.join('\n') + '\n' : '';
}

/** Lint warnings in the order BuildKit prints them (LintResults.PrintTo): source-less first, then by file and line. */
export function sortedLintWarnings(results: LintResults): LintWarning[] {
  const sources = results.sources ?? [];
  const index = (w: LintWarning) => (w.location ? (w.location.sourceIndex ?? 0) : -1);
  return [...(results.warnings ?? [])].sort((a, b) => {
    const ia = index(a);
    const ib = index(b);
    if (ia < 0 && ib < 0) return a.ruleName < b.ruleName ? -1 : a.ruleName > b.ruleName ? 1 : 0;
    if (ia < 0 || ib < 0) return ia < 0 ? -1 : 1;
    const fa = sources[ia]?.filename ?? '';
    const fb = sources[ib]?.filename ?? '';
    if (fa !== fb) return fa < fb ? -1 : 1;
    const ra = a.location?.ranges ?? [];
    const rb = b.location?.ranges ?? [];
    if (ra.length === 0 && rb.length === 0) return a.ruleName < b.ruleName ? -1 : a.ruleName > b.ruleName ? 1 : 0;
    if (ra.length === 0 || rb.length === 0) return ra.length === 0 ? -1 : 1;
    return (ra[0].start?.line ?? 0) - (rb[0].start?.line ?? 0);
  });
}

export function printLint(results: LintResults, filename?: string): string {
  const sources = results.sources ?? [];
  let out = '';
  for (const w of sortedLintWarnings(results)) {
    out += `\nWARNING: ${w.ruleName}${w.url ? ` - ${w.url}` : ''}\n${w.detail ?? ''}\n`;
    const i = w.location ? (w.location.sourceIndex ?? 0) : -1;
    if (i >= 0) out += sourceBlock(sources[i], w.location, filename);
  }
  return out;
}

export function printOutline(o: OutlineResult): string {
  let out = '';
  if (o.name || o.description) {
    const rows = [['TARGET:', o.name || '(default)']];
    if (o.description) rows.push(['DESCRIPTION:', o.description]);
    out += table(rows, 1) + '\n';
  }
  if (o.args?.length)
    out +=
      table(
        [['BUILD ARG', 'VALUE', 'DESCRIPTION'], ...o.args.map((a) => [a.name, a.value ?? '', a.description ?? ''])],
        3,
      ) + '\n';
  if (o.secrets?.length)
    out += table([['SECRET', 'REQUIRED'], ...o.secrets.map((s) => [s.name, s.required ? 'true' : ''])], 3) + '\n';
  if (o.ssh?.length)
    out += table([['SSH', 'REQUIRED'], ...o.ssh.map((s) => [s.name, s.required ? 'true' : ''])], 3) + '\n';
  return out;
}

export function printTargets(l: TargetsResult): string {
  const rows = [['TARGET', 'DESCRIPTION']];
  for (const t of l.targets ?? []) {
    let name = t.name ?? '';
    if (name === '' && t.default) name = '(default)';
    else if (t.default) name = `${name} (default)`;
    rows.push([name, t.description ?? '']);
  }
  return table(rows, 1);
}

export interface CallOutput {
  /** what buildx writes to stdout for the result */
  text: string;
  /** the exit code the result asks for (`result.statuscode`, unless ignored; 1 with `error`) */
  exitCode: number;
  /** an error buildx prints after the text as `error: …` (a lint build error, a result that cannot be read) */
  error?: string;
}

function parseJson<T>(text: string | undefined): T {
  return JSON.parse(text ?? 'null') as T;
}

/**
 * buildx printResult for one call's result metadata. `dockerfile`: the Dockerfile as buildx names it in lint source
 * blocks (the target's Dockerfile path as the bake definition gives it, `inline` for an inline one).
 */
export function formatCallResult(call: CallSpec, res: Record<string, string>, dockerfile?: string): CallOutput {
  const json = call.format === 'json';
  // printValue: JSON as it came, a result newer than the renderer as its text, else rendered from result.json
  const value = (render: () => string): string => {
    if (json) return `${res['result.json'] ?? ''}\n`;
    if (res.version && versionLess(KNOWN_VERSION, res.version) && res['result.txt']) return res['result.txt'];
    return render();
  };
  let text = '';
  try {
    switch (call.name) {
      case 'outline':
        text = value(() => printOutline(parseJson<OutlineResult>(res['result.json']) ?? {}));
        break;
      case 'targets':
        text = value(() => printTargets(parseJson<TargetsResult>(res['result.json']) ?? {}));
        break;
      case 'lint': {
        const results: LintResults =
          (res['result.json'] !== undefined ? parseJson<LintResults>(res['result.json']) : undefined) ?? {};
        const count = results.warnings?.length ?? 0;
        if (!json && count > 0)
          text += `Check complete, ${count === 1 ? '1 warning has' : `${count} warnings have`} been found!\n`;
        text += value(() => printLint(results, dockerfile));
        if (results.buildError) {
          if (!json && count > 0) text += '\n';
          const i = results.buildError.location?.sourceIndex ?? 0;
          const error = `${results.buildError.message}\n${sourceBlock((results.sources ?? [])[i], results.buildError.location, dockerfile)}`;
          return { text, exitCode: 1, error };
        }
        if (count === 0 && !json) text += 'Check complete, no warnings found.\n';
        break;
      }
      default:
        if (res['result.json'] !== undefined && json) text = `${res['result.json']}\n`;
        else if (res['result.txt'] !== undefined) text = res['result.txt'];
        else
          text = `${goCallString(call)} map[${Object.keys(res)
            .sort()
            .map((k) => `${k}:${res[k]}`)
            .join(' ')}]\n`;
    }
  } catch (err) {
    return { text, exitCode: 1, error: (err as Error).message };
  }
  let exitCode = 0;
  const status = res['result.statuscode'];
  if (!call.ignoreStatus && status !== undefined && /^[+-]?\d+$/.test(status)) exitCode = Number.parseInt(status, 10);
  return { text, exitCode };
}

/** buildflags.CallFunc's String(), which buildx prints for a result it cannot show. */
function goCallString(call: CallSpec): string {
  const parts: string[] = [];
  if (call.name) parts.push(`Name:${JSON.stringify(call.name)}`);
  if (call.format) parts.push(`Format:${JSON.stringify(call.format)}`);
  if (call.ignoreStatus) parts.push('IgnoreStatus:true');
  return parts.join(' ');
}

export interface CallTargetResult {
  target: string;
  /** the bake target's description */
  description?: string;
  call: CallSpec;
  /** the call's result metadata (and the exporter response), as strings */
  response: Record<string, string>;
  /** see formatCallResult */
  dockerfile?: string;
}

/**
 * buildx bake's printing of several call results (commands/bake.go): targets by name, each as its name, its
 * description, a blank line and the result, a blank line between targets; a result's error as `error: …`. The
 * command line's call (`--call outline,format=json`) decides format and ignorestatus for all. JSON (`format=json`)
 * is one document: `definition` is the bake definition as `--print` writes it (`{group, target}`), each call target
 * gaining its result under the call's name (`check` for lint).
 */
export function formatBakeCallResults(
  results: CallTargetResult[],
  options: {
    cliCall?: CallSpec;
    definition?: { group?: Record<string, unknown>; target: Record<string, unknown> };
  } = {},
): { text: string; exitCode: number } {
  const sorted = [...results].sort((a, b) => (a.target < b.target ? -1 : a.target > b.target ? 1 : 0));
  const formatOf = (r: CallTargetResult): CallSpec => ({
    ...r.call,
    ...(options.cliCall ? { format: options.cliCall.format, ignoreStatus: options.cliCall.ignoreStatus } : {}),
  });
  let exitCode = 0;
  if (options.cliCall?.format === 'json') {
    const json: Record<string, Record<string, unknown>> = {};
    for (const r of sorted) {
      const call = formatOf(r);
      const entry: Record<string, unknown> = {};
      const out = formatCallResult(call, r.response, r.dockerfile);
      if (out.error !== undefined) {
        entry.error = out.error;
        exitCode = 1;
      } else if (out.exitCode !== 0 && exitCode === 0) exitCode = out.exitCode;
      let parsed: unknown;
      try {
        parsed = JSON.parse(out.text);
      } catch {
        parsed = undefined;
      }
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) Object.assign(entry, parsed);
      else entry[call.name] = out.text.trim();
      json[r.target] = entry;
    }
    const targets: Record<string, Record<string, unknown>> = {};
    const def = options.definition ?? { target: {} };
    for (const name of Object.keys(def.target).sort()) {
      targets[name] = { build: def.target[name] };
      const r = sorted.find((x) => x.target === name);
      if (r && json[name]) targets[name][r.call.name === 'lint' ? 'check' : r.call.name] = sortKeys(json[name]);
    }
    const doc = { ...(def.group && Object.keys(def.group).length ? { group: def.group } : {}), target: targets };
    return { text: `${JSON.stringify(doc, null, 2)}\n`, exitCode };
  }
  let text = '';
  sorted.forEach((r, i) => {
    if (i > 0) text += '\n';
    text += `${r.target}\n`;
    if (r.description) text += `${r.description}\n`;
    text += '\n';
    const out = formatCallResult(formatOf(r), r.response, r.dockerfile);
    text += out.text;
    if (out.error !== undefined) {
      text += `error: ${out.error}\n`;
      exitCode = 1;
    } else if (out.exitCode !== 0 && exitCode === 0) exitCode = out.exitCode;
  });
  return { text, exitCode };
}

/** Go marshals a map with its keys sorted. */
function sortKeys(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.keys(o)
      .sort()
      .map((k) => [k, o[k]]),
  );
}

/** A lint warning as a GitHub annotation (what docker/bake-action makes of a build check): the rule's description as
 * the title, `Rule: message` and its URL as the message, at the first line of its first range. */
export interface CheckAnnotation {
  title: string;
  message: string;
  /** the source's file name as the frontend gave it (relative to the Dockerfile's directory) */
  file?: string;
  /** the source text the warning refers to (to match it with the file on disk) */
  data?: Buffer;
  startLine?: number;
}

export function lintAnnotations(response: Record<string, string>): CheckAnnotation[] {
  let results: LintResults;
  try {
    results = parseJson<LintResults>(response['result.json']) ?? {};
  } catch {
    return [];
  }
  const sources = results.sources ?? [];
  return sortedLintWarnings(results).map((w) => {
    const source = w.location ? sources[w.location.sourceIndex ?? 0] : undefined;
    const a: CheckAnnotation = {
      title: w.description || w.ruleName,
      message: `${w.ruleName}: ${w.detail ?? ''}${w.url ? `\nMore info: ${w.url}` : ''}`,
    };
    if (source?.filename) {
      a.file = source.filename;
      a.data = Buffer.from(source.data ?? '', 'base64');
      const line = w.location?.ranges?.[0]?.start?.line;
      if (line) a.startLine = line;
    }
    return a;
  });
}

/** The bake target fields callResults reads (src/bake's Target). */
interface DefinitionTarget {
  context?: string;
  dockerfile?: string;
  dockerfileInline?: string;
  description?: string;
}

/** The Dockerfile as buildx bake names it in lint output (bake.go toBuildOpt: the context joined with a relative
 * Dockerfile path; `inline` for an inline one; opt.go dockerfileSrcName). */
export function bakeDockerfileName(t: DefinitionTarget): string {
  if (t.dockerfileInline !== undefined) return 'inline';
  const rawContext = (t.context ?? '.').replace(/^cwd:\/\//, '');
  const dockerfile = path.posix.normalize((t.dockerfile ?? 'Dockerfile').replace(/^cwd:\/\//, ''));
  if (REMOTE_CONTEXT.test(rawContext) || path.isAbsolute(dockerfile)) return dockerfile;
  const context = path.posix.normalize(rawContext);
  return path.join(context, dockerfile);
}

/**
 * What buildx bake prints on stdout after a run with calls (formatBakeCallResults over the targets that had one), and
 * the exit code they ask for; undefined when no target had a call. `cliCall`: the command line's `--call`/`--check`.
 */
export function printCallResults(
  result: { targets: Array<{ target: string; call?: { spec: CallSpec; response: Record<string, string> } }> },
  definition: BakeDefinition,
  cliCall?: string,
): { text: string; exitCode: number } | undefined {
  const calls = result.targets.filter((t) => t.call);
  if (!calls.length) return undefined;
  const results: CallTargetResult[] = calls.map((t) => {
    const def: DefinitionTarget = definition.target[t.target] ?? {};
    return {
      target: t.target,
      description: def.description,
      call: t.call!.spec,
      response: t.call!.response,
      dockerfile: bakeDockerfileName(def),
    };
  });
  let cli: CallSpec | undefined;
  try {
    cli = cliCall ? parseCallFunc(cliCall) : undefined;
  } catch {
    cli = undefined; // checked when the command line was read
  }
  // JSON: every target's definition as --print writes it, with the call results
  const printed =
    cli?.format === 'json'
      ? (JSON.parse(renderPrint(definition)) as { group?: Record<string, unknown>; target: Record<string, unknown> })
      : undefined;
  return formatBakeCallResults(results, { cliCall: cli, definition: printed });
}
