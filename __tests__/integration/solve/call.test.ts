/**
 * On both daemons: `call = "check" | "outline" | "targets"` prints what `docker buildx bake` (the host's buildx,
 * the oracle) prints for the same bake file against the same daemon — a remote-driver builder on the standalone
 * buildkitd, the Engine's own `default` builder — and exits as it does; a build check in an ordinary build is shown
 * with its step and counted at the end.
 *
 * Only buildx's output is compared, never a daemon's error wording: the `error:` line after a failed check comes from
 * the frontend and changes between BuildKit versions.
 */
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBake } from '../../../src/solve/run/bake.js';
import { formatCallResult, printCallResults } from '../../../src/solve/call/call.js';
import { createPlainRenderer } from '../../../src/solve/render/plain.js';
import { BASE_IMAGE, DAEMONS, STANDALONE, requireTestHost } from '../../support/daemons.js';
import { makeProject, removeProjects } from '../../support/project.js';
import { run } from '../differential/harness.js';

// two violations: FromAsCasing (line 3) and LegacyKeyValueFormat (line 6); no RUN, so nothing needs a container
const LINTED = `FROM ${BASE_IMAGE} as base
ARG FOO=bar

# Final stage
FROM base AS final
ENV color blue
`;

const OUTLINED = `FROM ${BASE_IMAGE} AS base
# FOO the value of foo
ARG FOO=bar
ARG MODE
RUN --mount=type=secret,id=token,required=true --mount=type=ssh,id=agent true

FROM base AS final
COPY --from=base /etc/hostname /
`;

const BAKE = `
target "check-error" {
  dockerfile = "error.Dockerfile"
  call = "check"
}
target "check-warn" {
  dockerfile = "warn.Dockerfile"
  call = "check"
}
target "check-clean" {
  dockerfile = "outline.Dockerfile"
  call = "check"
}
target "outline" {
  context = "app"
  dockerfile = "../outline.Dockerfile"
  target = "base"
  call = "outline"
}
target "targets" {
  description = "the stages"
  dockerfile = "outline.Dockerfile"
  call = "targets"
}
target "build" {
  dockerfile = "warn.Dockerfile"
  output = ["type=cacheonly"]
}
group "calls" {
  targets = ["check-warn", "check-clean", "outline", "targets"]
}
`;

let dir: string;
let env: NodeJS.ProcessEnv;
const builder = `bakekit-call-${crypto.randomBytes(4).toString('hex')}`;

beforeAll(async () => {
  requireTestHost();
  dir = makeProject(
    {
      'docker-bake.hcl': BAKE,
      'error.Dockerfile': `# check=error=true\n${LINTED}`,
      'warn.Dockerfile': LINTED,
      'outline.Dockerfile': OUTLINED,
      'app/.keep': '',
    },
    'bakekit-call-',
  );
  // a buildx of our own: its config (and the remote builder on the standalone daemon) in the project directory
  env = {
    ...process.env,
    DOCKER_CONFIG: path.join(dir, '.docker'),
    BUILDX_CONFIG: path.join(dir, '.buildx'),
    BUILDX_NO_DEFAULT_ATTESTATIONS: '1',
  };
  fs.mkdirSync(env.DOCKER_CONFIG!, { recursive: true });
  fs.writeFileSync(path.join(env.DOCKER_CONFIG!, 'config.json'), '{}');
  const created = await run('docker', ['buildx', 'create', '--name', builder, '--driver', 'remote', STANDALONE], {
    cwd: dir,
    env,
  });
  if (created.code !== 0) throw new Error(`docker buildx create: ${created.out}`);
});
afterAll(() => removeProjects());

/** bakekit: what it prints on stdout for the targets' calls, and its exit code (as the CLI computes them). */
async function bakekit(endpoint: string, targets: string[]) {
  const result = await runBake({ files: [], targets, set: [], cwd: dir, env, builder: endpoint, cache: 'off' });
  const bad = result.targets.filter((t) => t.status !== 'done');
  expect(bad.map((t) => `${t.target}: ${t.error?.message}`)).toEqual([]);
  const printed = printCallResults(result, result.definition)!;
  return { ...printed, result };
}

async function buildx(endpoint: string, targets: string[]) {
  const which = endpoint === STANDALONE ? builder : 'default';
  const r = await run('docker', ['buildx', '--builder', which, 'bake', '--progress=quiet', ...targets], {
    cwd: dir,
    env,
  });
  return r;
}

describe.each(DAEMONS)('calls on $name', ({ endpoint }) => {
  it('check, outline and targets print what docker buildx bake prints, with its exit code', async () => {
    const [ours, theirs] = await Promise.all([bakekit(endpoint, ['calls']), buildx(endpoint, ['calls'])]);
    expect(ours.text).toBe(theirs.out);
    expect(ours.exitCode).toBe(theirs.code);
    // the outline of the stage the target names, the stages with the description, the clean check
    expect(ours.text).toContain('TARGET: base\n');
    expect(ours.text).toMatch(/^FOO {9}bar {5}the value of foo$/m);
    expect(ours.text).toContain('token    true\n');
    expect(ours.text).toContain(
      'targets\nthe stages\n\nTARGET          DESCRIPTION\nbase            \nfinal (default) \n',
    );
    expect(ours.text).toContain('check-clean\n\nCheck complete, no warnings found.\n');
  });

  it('check with two violations: both with their Dockerfile lines; exit 1 (the result status), 0 with ignorestatus', async () => {
    const { result, text, exitCode } = await bakekit(endpoint, ['check-warn']);
    expect(text).toContain('Check complete, 2 warnings have been found!\n');
    expect(text).toContain('\nWARNING: FromAsCasing - https://docs.docker.com/go/dockerfile/rule/from-as-casing/\n');
    expect(text).toContain('warn.Dockerfile:1\n--------------------\n   1 | >>> FROM localhost:5000/busybox as base\n');
    expect(text).toContain(
      '\nWARNING: LegacyKeyValueFormat - https://docs.docker.com/go/dockerfile/rule/legacy-key-value-format/\n',
    );
    expect(text).toContain('   6 | >>> ENV color blue\n');
    expect(text).not.toContain('error:');
    expect(exitCode).toBe(1);
    expect(formatCallResult({ name: 'lint', ignoreStatus: true }, result.targets[0].call!.response).exitCode).toBe(0);
    // no build record, no image: the build was internal and exported nothing
    expect(result.metadata['check-warn']).not.toHaveProperty('buildx.build.ref');
    expect(result.metadata['check-warn']).toHaveProperty(['result.json', 'warnings']);
  });

  it('check under `# check=error=true`: both violations, then the error; exit 1, as buildx', async () => {
    const [ours, theirs] = await Promise.all([bakekit(endpoint, ['check-error']), buildx(endpoint, ['check-error'])]);
    expect(ours.text).toContain('Check complete, 2 warnings have been found!\n');
    expect(ours.text).toContain('   2 | >>> FROM localhost:5000/busybox as base\n');
    expect(ours.text).toContain('   7 | >>> ENV color blue\n');
    expect(ours.text).toMatch(/\nerror: .+\n/);
    expect(ours.exitCode).toBe(1);
    expect(theirs.code).toBe(1);
    // the error is the daemon's (its list of rules comes from a Go map: any order)
    const withoutError = (text: string) => text.replace(/\nerror: .*\n/, '\nerror: <daemon error>\n');
    expect(withoutError(ours.text)).toBe(withoutError(theirs.out));
  });

  it('a build check in an ordinary build is shown with its step and counted at the end', async () => {
    const lines: string[] = [];
    const renderer = createPlainRenderer((l) => lines.push(l), { multiTarget: false });
    const result = await runBake({
      files: [],
      targets: ['build'],
      set: [],
      cwd: dir,
      env,
      builder: endpoint,
      cache: 'off',
      onEvent: (event) => renderer.onEvent(event),
    });
    renderer.finish(result);
    expect(result.ok).toBe(true);
    const text = lines.join('\n');
    // each warning right under its step's header, the load of the Dockerfile
    expect(text).toMatch(
      /^#(\d+) \[internal\] load build definition from warn\.Dockerfile\n(#\1 .*\n)*#\1 WARN: FromAsCasing: 'as' and 'FROM' keywords' casing do not match \(line 1\)$/m,
    );
    expect(text).toMatch(
      /^#(\d+) \[internal\] load build definition from warn\.Dockerfile\n(#\1 .*\n)*#\1 WARN: LegacyKeyValueFormat: .* \(line 6\)$/m,
    );
    const end = lines.indexOf(' 2 warnings found:');
    expect(end).toBeGreaterThan(0);
    expect(lines.slice(end)).toContain('   6 | >>> ENV color blue');
    expect(lines.slice(end)).toContain('More info: https://docs.docker.com/go/dockerfile/rule/from-as-casing/');
  });
});
