/**
 * The action's main step: inputs → one bake run → outputs, job log groups, annotations, job summary.
 * A thin shell over build/: everything it does to targets is a `--set`-like override or a secret binding.
 */
import * as path from 'node:path';
import type { BakeRunOptions } from '../build/bake.js';
import { enableCompileCache } from '../build/compile-cache.js';
import type { Redact } from '../build/redact.js';
import type { TargetSpec } from '../build/spec.js';
import { readInputs, type ActionInputs } from './inputs.js';
import * as core from './toolkit.js';

const GIT_URL = /^(https?:\/\/|git@|git:\/\/|ssh:\/\/)/;

/** Overrides the action adds: defaults that never replace what the bake file says (docker/bake-action#349). */
export function defaultOverrides(inputs: ActionInputs, targets: Record<string, Record<string, unknown>>): string[] {
  const set: string[] = [];
  for (const [name, t] of Object.entries(targets)) {
    const attest = Array.isArray(t.attest) ? (t.attest as Array<{ type?: string } | string>) : [];
    const has = (type: string) => attest.some((a) => (typeof a === 'string' ? a.includes(`type=${type}`) : a.type === type));
    if (inputs.provenance && !has('provenance')) set.push(`${name}.attest+=type=provenance,${inputs.provenance}`);
    if (inputs.sbom && !has('sbom')) set.push(`${name}.attest+=type=sbom,${inputs.sbom}`);
  }
  return set;
}

export async function run(): Promise<void> {
  const controller = new AbortController();
  const onSignal = (sig: NodeJS.Signals) => {
    core.info(`${sig} received: cancelling the running builds`);
    controller.abort(new Error(`cancelled by ${sig}`));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  let redact: Redact = (text) => text;
  try {
    const inputs = readInputs();
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
    const cwd = path.resolve(workspace, inputs.workdir);
    if (inputs.merge) {
      // merge mode: no build; the digests the build jobs pushed become one index per target
      const { runMergeStep } = await import('./merge.js');
      await runMergeStep(inputs, cwd, controller.signal);
      return;
    }
    // Loaded only now (and the build machinery only after the definition resolved): start-up is paid by every
    // step, and a merge step or a bad bake file never needs gRPC (see docs/benchmarks.md, "Start-up").
    const { bindSecrets, identifyLocalDirs, resolveDefinition, runBake, targetSpecs } = await import('../build/bake.js');
    const { makeRedactor, secretValues } = await import('../build/redact.js');
    const set = [...inputs.set];
    // The workflow's SSH agents and keys join every target's `ssh` as `--set *.ssh+=` does (same id: this entry wins).
    // Forwarding the runner's agent is then the workflow's own choice, not the bake file's: it grants `ssh`.
    for (const entry of inputs.ssh) set.push(`*.ssh+=${entry}`);
    const allow = inputs.ssh.some((entry) => /^[^=]*=?$/.test(entry)) ? [...inputs.allow, 'ssh'] : inputs.allow;
    const secrets: NonNullable<BakeRunOptions['secrets']> = [
      ...inputs.secrets.map((s) => ({ id: s.id, value: s.value })),
      ...inputs.secretEnvs.map((s) => ({ id: s.id, env: s.env })),
      ...inputs.secretFiles.map((s) => ({ id: s.id, src: path.resolve(cwd, s.path) })),
    ];
    if (inputs.source && GIT_URL.test(inputs.source)) {
      // A git source is built as a BuildKit git context; the daemon fetches it with the workflow's token.
      set.push(`*.context=${inputs.source}`);
      if (inputs.githubToken) {
        const host = new URL(inputs.source.replace(/^git@([^:]+):/, 'ssh://$1/')).host;
        secrets.push({ id: `GIT_AUTH_TOKEN.${host}`, value: inputs.githubToken });
      }
    }
    const opts: BakeRunOptions = {
      files: inputs.files,
      targets: inputs.targets,
      set,
      cwd: inputs.source && !GIT_URL.test(inputs.source) ? path.resolve(cwd, inputs.source) : cwd,
      env: process.env,
      builder: inputs.builder,
      nodes: inputs.nodes,
      push: inputs.push,
      load: inputs.load,
      noCache: inputs.noCache,
      pull: inputs.pull,
      secrets,
      cache: inputs.cache,
      warm: inputs.warm,
      allow,
      signal: controller.signal,
      // unknown attributes: a warning on the line (resolved twice when defaults apply: each reported once)
      onBakeWarning: (w) => {
        if (warned.has(w.message)) return;
        warned.add(w.message);
        core.warning(w.detail, w.file ? { title: 'bake file', file: path.relative(workspace, path.resolve(opts.cwd, w.file)), startLine: w.line, startColumn: w.column } : {});
      },
    };
    const warned = new Set<string>();
    let definition = await resolveDefinition(opts);
    const defaults = defaultOverrides(inputs, definition.target as Record<string, Record<string, unknown>>);
    if (defaults.length) {
      opts.set = [...opts.set, ...defaults];
      definition = await resolveDefinition(opts);
    }
    const dirIdentities = await identifyLocalDirs(definition, opts);
    const specs = new Map<string, TargetSpec>(targetSpecs(definition, opts.cwd).map((s) => [s.name, s]));
    // The runner masks `::add-mask::` values in the log, but not in the summary file, and a value printed before it
    // was registered stays visible: everything written is redacted here too (see build/redact.ts).
    redact = makeRedactor([...secretValues(bindSecrets([...specs.values()], secrets), opts), inputs.githubToken, process.env.ACTIONS_RUNTIME_TOKEN]);
    const { GitHubLogRenderer } = await import('./render-github.js');
    const renderer = new GitHubLogRenderer(
      {
        write: (line) => process.stdout.write(redact(line) + '\n'),
        startGroup: (name) => core.startGroup(redact(name)),
        endGroup: () => core.endGroup(),
        error: (message, props) => core.error(redact(message), { ...props, title: props.title === undefined ? undefined : redact(props.title) }),
        warning: (message) => core.warning(redact(message)),
      },
      {
        workspace,
        dockerfileDir: (t) => {
          const df = specs.get(t)?.dockerfile;
          return df ? path.dirname(df) : undefined;
        },
      },
    );
    opts.onEvent = renderer.onEvent;
    const result = await runBake(opts, definition, dirIdentities);
    renderer.finish(result);

    core.setOutput('metadata', redact(JSON.stringify(result.metadata)));
    const digests: Record<string, string> = {};
    const images: Record<string, string[]> = {};
    for (const [target, md] of Object.entries(result.metadata)) {
      if (typeof md['containerimage.digest'] === 'string') digests[target] = md['containerimage.digest'];
      if (typeof md['image.name'] === 'string') images[target] = md['image.name'].split(',');
    }
    core.setOutput('digests', JSON.stringify(digests));
    core.setOutput('images', JSON.stringify(images));

    if (inputs.summary) {
      try {
        const { summaryMarkdown, writeSummary } = await import('./summary.js');
        await writeSummary(redact(summaryMarkdown(result, (t) => ({ steps: renderer.stepCounts(t), spec: specs.get(t) }))));
      } catch (err) {
        core.warning(`could not write the job summary: ${(err as Error).message}`);
      }
    }
    if (!result.ok) {
      // The failures themselves were annotated on their Dockerfile lines; this only marks the step failed.
      const failed = result.targets.filter((t) => t.status === 'failed').map((t) => t.target);
      core.setFailed(failed.length ? `${failed.length} target(s) failed: ${failed.join(', ')}` : 'the build was cancelled');
    }
  } catch (err) {
    core.setFailed(redact((err as Error).message));
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

// before run() imports the rest of the bundle, so that its compiled code is cached (see build/compile-cache.ts)
enableCompileCache();
void run();
