/**
 * What the docker actions read from the runner's environment, as docker/actions-toolkit reads it (src/github/github.ts,
 * src/buildx/build.ts, and @actions/github's Context): the event payload, the repository, the run's URL, and the
 * default Git context (`{{defaultContext}}`).
 */
import * as fs from 'node:fs';

type Env = Record<string, string | undefined>;

export interface EventPayload {
  repository?: { private?: boolean; name?: string; owner?: { login?: string } };
  pull_request?: { head?: { sha?: unknown } };
  [key: string]: unknown;
}

/** @actions/github Context.payload: the JSON at `GITHUB_EVENT_PATH`, `{}` when there is none. */
export function eventPayload(env: Env): EventPayload {
  const file = env.GITHUB_EVENT_PATH;
  if (!file || !fs.existsSync(file)) return {};
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as EventPayload;
  } catch {
    return {};
  }
}

/** GitHub.serverURL. */
export function serverURL(env: Env): string {
  return env.GITHUB_SERVER_URL || 'https://github.com';
}

/** @actions/github Context.repo as `owner/repo`: GITHUB_REPOSITORY, else the payload's repository. */
export function repository(env: Env, payload: EventPayload): string | undefined {
  if (env.GITHUB_REPOSITORY) {
    const [owner, repo] = env.GITHUB_REPOSITORY.split('/');
    return `${owner}/${repo}`;
  }
  const r = payload.repository;
  if (r?.owner?.login && r.name) return `${r.owner.login}/${r.name}`;
  return undefined;
}

/**
 * GitHub.workflowRunURL(true): `${GITHUB_SERVER_URL}/${owner}/${repo}/actions/runs/${GITHUB_RUN_ID}/attempts/${GITHUB_RUN_ATTEMPT}`
 * (attempt 1 when unset), the `builder-id` of the docker actions' provenance. Undefined outside a workflow run.
 */
export function workflowRunURL(env: Env, payload: EventPayload): string | undefined {
  const repo = repository(env, payload);
  if (!repo || !env.GITHUB_RUN_ID) return undefined;
  const attempt = env.GITHUB_RUN_ATTEMPT ? +env.GITHUB_RUN_ATTEMPT : 1;
  return `${serverURL(env)}/${repo}/actions/runs/${+env.GITHUB_RUN_ID}/attempts/${attempt}`;
}

/** actions-toolkit Util.parseBoolOrDefault: Go's ParseBool, false when unset or not a bool. */
function parseBoolOrDefault(v: string | undefined): boolean {
  return v !== undefined && ['1', 't', 'T', 'TRUE', 'true', 'True'].includes(v);
}

/**
 * actions-toolkit `Build.gitContext()` without options: the event's repository at the event's commit,
 * `${GITHUB_SERVER_URL}/${owner}/${repo}.git#${GITHUB_SHA}` (for a pull request the merge commit, or its head with
 * `DOCKER_DEFAULT_GIT_CONTEXT_PR_HEAD_REF`). With `BUILDX_SEND_GIT_QUERY_AS_INPUT` the query form
 * `…/repo.git?ref=${sha}` (the toolkit also requires buildx ≥ 0.29 for it; bakekit follows buildx ≥ 0.29).
 */
export function gitContext(env: Env, payload: EventPayload): string {
  const repo = repository(env, payload);
  if (!repo) throw new Error("the default Git context needs GITHUB_REPOSITORY ('owner/repo')");
  let ref = env.GITHUB_REF ?? '';
  if (!ref.startsWith('refs/')) ref = `refs/heads/${ref}`;
  else if (ref.startsWith('refs/pull/') && parseBoolOrDefault(env.DOCKER_DEFAULT_GIT_CONTEXT_PR_HEAD_REF))
    ref = ref.replace(/\/merge$/g, '/head');
  const baseURL = `${serverURL(env)}/${repo}.git`;
  let pinned = env.GITHUB_SHA || ref;
  if (ref.startsWith('refs/pull/') && ref.endsWith('/head')) {
    const head = payload.pull_request?.head?.sha;
    pinned = typeof head === 'string' ? head : ref;
  }
  if (parseBoolOrDefault(env.BUILDX_SEND_GIT_QUERY_AS_INPUT)) return `${baseURL}?ref=${pinned}`;
  return `${baseURL}#${pinned}`;
}

/** actions-toolkit Util.isValidRef: what `source` names a remote (Git) bake definition rather than a directory. */
export function isValidRef(ref: string): boolean {
  try {
    const u = new URL(ref);
    if (u.protocol === 'http:' || u.protocol === 'https:') return true;
  } catch {
    // not a URL
  }
  return ['git://', 'github.com/', 'git@'].some((p) => ref.startsWith(p));
}
