/**
 * The action's main step (its entry is index.ts): inputs → one bake run → outputs, job log groups, annotations, job
 * summary.
 * A thin shell over build/: everything it does to targets is a `--set`-like override or a secret binding.
 */
import * as path from 'node:path';
import type { BakeRunOptions } from '../solve/run/bake.js';
import { metadataProvenanceMode } from '../solve/run/metadata-provenance.js';
import type { Redact } from '../solve/run/redact.js';
import type { SecretEntry, TargetSpec } from '../solve/target/spec.js';
import { eventPayload, gitContext, workflowRunURL } from './github-context.js';
import { readInputs } from './inputs.js';
import * as core from './toolkit.js';

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
    const payload = eventPayload(process.env);
    const builderId = workflowRunURL(process.env, payload);
    const inputs = readInputs(undefined, { builderId });
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
    const cwd = path.resolve(workspace, inputs.workdir);
    if (inputs.matrix || inputs.matrixChanged || inputs.matrixFields.length) {
      // matrix mode: no build; the resolved definition becomes a strategy.matrix for the build jobs
      const { runMatrixStep } = await import('./matrix.js');
      await runMatrixStep(inputs, cwd, controller.signal);
      return;
    }
    if (inputs.merge) {
      // merge mode: no build; the digests the build jobs pushed become one index per target
      const { runMergeStep } = await import('./merge.js');
      await runMergeStep(inputs, cwd, controller.signal);
      return;
    }
    // Loaded only now (and the build machinery only after the definition resolved): start-up is paid by every
    // step, and a merge step or a bad bake file never needs gRPC (see docs/benchmarks.md, "Start-up").
    // `source`: a directory the bake runs in, or a Git URL (`{{defaultContext}}`: this event's repository at its commit)
    const source = (await import('./source.js')).resolveSource(inputs.source, cwd, () =>
      gitContext(process.env, payload),
    );
    // a large working directory that the targets build from is walked while the rest loads (early-identity.ts)
    const early =
      source.kind === 'local'
        ? (await import('../solve/run/early-identity.js')).listWorkingDirectoryEarly({
            files: inputs.files,
            targets: inputs.targets,
            set: inputs.set,
            cwd: source.dir,
            env: process.env,
          })
        : undefined;
    const [
      { bindSecrets, identifyLocalDirs, metadataFileContent, resolveDefinition, runBake, targetSpecs },
      { makeRedactor, secretValues },
      { gitHost, redactGitUrl },
      { provenanceDefaults },
    ] = await Promise.all([
      import('../solve/run/bake.js'),
      import('../solve/run/redact.js'),
      import('../solve/run/git-auth.js'),
      import('./defaults.js'),
    ]);
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
    // bake-action: the token for a remote definition is BUILDX_BAKE_GIT_AUTH_TOKEN, else github-token
    const gitAuthToken = process.env.BUILDX_BAKE_GIT_AUTH_TOKEN ?? inputs.githubToken;
    const gitAuthSecrets: SecretEntry[] = [];
    if (source.kind === 'git') {
      core.info(`source: ${redactGitUrl(source.url)}`);
      // The daemon fetches the repository; the token goes host-scoped, as buildx ≥ 0.32 passes BUILDX_BAKE_GIT_AUTH_TOKEN
      // (bake/gitauth.go), unless the workflow gave a GIT_AUTH_TOKEN secret of its own: to the read of the definition
      // and to the builds whose context is on that host (runTargetSpecs), not to the others.
      const host = gitHost(source.url);
      if (gitAuthToken && !secrets.some((s) => s.id === 'GIT_AUTH_TOKEN' || s.id === `GIT_AUTH_TOKEN.${host}`)) {
        core.setSecret(gitAuthToken);
        gitAuthSecrets.push({ id: `GIT_AUTH_TOKEN.${host}`, value: gitAuthToken });
      }
    }
    const opts: BakeRunOptions = {
      files: inputs.files,
      targets: inputs.targets,
      set,
      cwd: source.kind === 'local' ? source.dir : cwd,
      env: process.env,
      builder: inputs.builder,
      nodes: inputs.nodes,
      push: inputs.push,
      load: inputs.load,
      noCache: inputs.noCache,
      pull: inputs.pull,
      call: inputs.call,
      vars: inputs.vars,
      sbom: inputs.sbom,
      provenance: inputs.provenance,
      secrets,
      cache: inputs.cache,
      warm: inputs.warm,
      // gha cache exports get it as `ghtoken`, as docker/actions-toolkit gives them for build-push-action (cache/gha.ts)
      githubToken: inputs.githubToken,
      allow,
      execution: inputs.execution,
      maxParallelism: inputs.maxParallelism,
      publish: inputs.publish,
      // bake-action's `metadata` is buildx's metadata file, so it has each build's provenance unless the job says not
      metadataProvenance: metadataProvenanceMode(process.env.BUILDX_METADATA_PROVENANCE),
      // … and its warnings: bake-action runs buildx with BUILDX_METADATA_WARNINGS=true
      metadataWarnings: true,
      signal: controller.signal,
      // unknown attributes: a warning on the line (resolved twice when defaults apply: each reported once)
      onBakeWarning: (w) => {
        if (warned.has(w.message)) return;
        warned.add(w.message);
        // a remote definition's files are not in the workspace: no file to annotate
        core.warning(
          w.detail,
          w.file && !opts.sourceFiles
            ? {
                title: 'bake file',
                file: path.relative(workspace, path.resolve(opts.cwd, w.file)),
                startLine: w.line,
                startColumn: w.column,
              }
            : {},
        );
      },
    };
    const warned = new Set<string>();
    if (inputs.cacheMounts !== 'off') {
      // the GitHub Actions cache as the store when there is one (@actions/cache itself is loaded only when a mount is
      // restored or saved); its own lines (hits, sizes, retries) are debug lines
      const { cacheMountsOptions } = await import('./cache-mounts.js');
      const decision = cacheMountsOptions(inputs, process.env, (line) => core.debug(redact(line)));
      if (decision.note) core[decision.note.level](decision.note.message);
      opts.cacheMounts = decision.options;
    }
    if (source.kind === 'git') {
      // buildx's remote definition: the bake files come from the repository too (fetched by the daemon, with the token
      // above), `cwd://` ones from the working directory (solve/run/remote-definition.ts)
      const { readRemoteBakeFiles } = await import('../solve/run/remote-definition.js');
      // its local contexts are the repository's, unless `cwd://` (bake/remote-context.ts, buildx's updateContext)
      opts.remoteDefinition = source.url;
      opts.gitAuthSecrets = gitAuthSecrets;
      opts.sourceFiles = await readRemoteBakeFiles(source.url, {
        files: inputs.files,
        cwd,
        env: process.env,
        builder: inputs.builder,
        secrets: [...secrets, ...gitAuthSecrets],
        signal: controller.signal,
      });
    }
    let definition = await resolveDefinition(opts);
    // Added after a first resolution, because they depend on what the targets say: bake-action's default provenance.
    const targets = definition.target as Record<string, Record<string, unknown>>;
    const defaults = [
      // cache warming exports no image for an attestation to go with
      ...(inputs.warm
        ? []
        : provenanceDefaults(
            {
              provenance: inputs.provenance,
              load: inputs.load,
              privateRepository: payload.repository?.private === true,
              builderId,
              env: process.env,
            },
            targets,
          )),
    ];
    if (defaults.length) {
      opts.set = [...opts.set, ...defaults];
      definition = await resolveDefinition(opts);
    }
    const dirIdentities = await identifyLocalDirs(definition, opts, early);
    const specs = new Map<string, TargetSpec>(targetSpecs(definition, opts.cwd).map((s) => [s.name, s]));
    // The runner masks `::add-mask::` values in the log, but not in the summary file, and a value printed before it
    // was registered stays visible: everything written is redacted here too (see solve/run/redact.ts).
    redact = makeRedactor([
      ...secretValues(bindSecrets([...specs.values()], secrets), opts),
      inputs.githubToken,
      gitAuthToken,
      process.env.ACTIONS_RUNTIME_TOKEN,
    ]);
    const { GitHubLogRenderer } = await import('./render-github.js');
    const renderer = new GitHubLogRenderer(
      {
        write: (line) => process.stdout.write(redact(line) + '\n'),
        startGroup: (name) => core.startGroup(redact(name)),
        endGroup: () => core.endGroup(),
        error: (message, props) =>
          core.error(redact(message), { ...props, title: props.title === undefined ? undefined : redact(props.title) }),
        // build-check annotations carry their Dockerfile and line (render-github.ts)
        warning: (message, props) =>
          core.warning(
            redact(message),
            props ? { ...props, title: props.title === undefined ? undefined : redact(props.title) } : {},
          ),
      },
      {
        workspace,
        dockerfileDir: (t) => {
          const df = specs.get(t)?.dockerfile;
          return df ? path.dirname(df) : undefined;
        },
      },
      { call: inputs.call },
    );
    opts.onEvent = renderer.onEvent;
    const result = await runBake(opts, definition, dirIdentities);
    // a check that found problems fails the step as `docker buildx bake --check` exits 1 (render-github.ts)
    const callExit = renderer.finish(result);

    core.setOutput('metadata', redact(JSON.stringify(metadataFileContent(result))));
    const digests: Record<string, string> = {};
    const images: Record<string, string[]> = {};
    for (const [target, md] of Object.entries(result.metadata)) {
      if (typeof md['containerimage.digest'] === 'string') digests[target] = md['containerimage.digest'];
      if (typeof md['image.name'] === 'string') images[target] = md['image.name'].split(',');
    }
    core.setOutput('digests', JSON.stringify(digests));
    core.setOutput('images', JSON.stringify(images));
    // what became of each cache mount (its failures were warned as they happened: warning events, never a failed build)
    const mounts = result.cacheMounts ?? [];
    core.setOutput('cache-mounts', redact(JSON.stringify(mounts)));
    if (mounts.length) {
      const { cacheMountLogLines } = await import('./cache-mounts.js');
      core.startGroup(`Cache mounts (${opts.cacheMounts?.store.description ?? 'no store'})`);
      for (const line of cacheMountLogLines(mounts)) core.info(redact(line));
      core.endGroup();
    }

    // bake-action writes no summary for a call other than build (its main.ts: "Build summary skipped for … subrequest")
    if (inputs.summary && !isCallSubrequest(inputs.call)) {
      try {
        const { summaryMarkdown, writeSummary } = await import('./summary.js');
        await writeSummary(
          redact(summaryMarkdown(result, (t) => ({ steps: renderer.stepCounts(t), spec: specs.get(t) }))),
        );
      } catch (err) {
        core.warning(`could not write the job summary: ${(err as Error).message}`);
      }
    }
    if (!result.ok) {
      // The failures themselves were annotated on their Dockerfile lines; this only marks the step failed (with
      // keep-going, every failure is listed).
      const failed = result.targets.filter((t) => t.status === 'failed').map((t) => t.target);
      const unpublished =
        result.publish && !result.publish.published && !result.publish.failedTarget ? '; nothing published' : '';
      core.setFailed(
        failed.length
          ? `${failed.length} target(s) failed: ${failed.join(', ')}${unpublished}`
          : `the build was cancelled${unpublished}`,
      );
    } else if (callExit !== 0) {
      core.setFailed(`the check found problems (exit code ${callExit})`);
    }
  } catch (err) {
    core.setFailed(redact((err as Error).message));
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

/** `call` names a method other than `build` (`check`, `outline`, `targets`; `,format=…` options aside). */
function isCallSubrequest(call: string | undefined): boolean {
  const name =
    call
      ?.split(',')
      .find((f) => !f.includes('='))
      ?.trim() ?? '';
  return name !== '' && name !== 'build';
}
