/**
 * `--publish all-or-nothing` (action input `publish`): push nothing under a name unless every target built
 * (docker/bake-action #112, #359: "publish only if all targets succeed").
 *
 * BuildKit pushes while it exports, target by target, so the push is split in two:
 *   1. during the build every pushed image output (`type=registry`, `type=image,push=true`) is exported with
 *      `push-by-digest=true` to the repositories of its names: the blobs and the manifest (a multi-platform index with
 *      its manifests) reach the registry, but no tag names them. The exporter answers `containerimage.digest` (and
 *      `containerimage.descriptor`) as for a normal push;
 *   2. once every target built, each name is tagged through the registry API (src/buildkit/registry/, with the Docker
 *      config credentials merge.ts uses): the manifest fetched by that digest, PUT under the name's tag. That is the
 *      manifest a normal push would have put there, byte for byte, so the tag gets the same digest.
 * If any target failed or was cancelled, no name is tagged: what was pushed by digest stays in the registry, untagged
 * (a registry's garbage collection removes untagged manifests where it is configured to). The metadata (`image.name`)
 * names an image only once it is tagged.
 *
 * Left as they are: outputs that do not push (`type=docker`, `oci`, `local`, `tar`; loaded or written as they build),
 * an output the user already pushes by digest (`push-by-digest=true`: it is untagged by the user's choice), cache
 * exports, and targets with a `call` other than build (they export nothing).
 */
import { RegistryClient, parseReference, type ImageRef } from '../../buildkit/registry/index.js';
import { parseGoBool } from '../target/attribute-values.js';
import type { AttrEntry, TargetSpec } from '../target/spec.js';
import type { RunResult } from '../run/run.js';
import type { EventSink } from '../run/events.js';
import { TargetFailedError } from '../run/target-errors.js';
import { credentialsFromEnv } from './merge.js';

export type { PublishPolicy } from '../run/policies.js';

/** A target's push, held back until every target built. */
export interface DeferredPush {
  target: string;
  /** the names to tag, as the target gives them (its `tags`, else the output's `name`) */
  names: string[];
  /** where the image is pushed by digest meanwhile: the names' repositories */
  repositories: string[];
  /** the output's `registry.insecure=true`: its registries are reached over plain HTTP */
  insecure: boolean;
}

/** What `all-or-nothing` did after the build. */
export interface PublishReport {
  policy: 'all-or-nothing';
  /** every target built and every name was tagged */
  published: boolean;
  /** why nothing was tagged: the targets that did not build (the failed ones; else the cancelled ones) */
  blockedBy: string[];
  /** whether those failed or were cancelled (the run was) */
  blockedHow?: 'failed' | 'cancelled';
  /** the names tagged, with the digest each now names */
  tagged: Array<{ target: string; name: string; digest: string }>;
  /** images pushed by digest during the build that no tag names (`repository@digest`) */
  untagged: Array<{ target: string; reference: string }>;
  /** tagging failed part-way: the target it failed for (its outcome is failed with the error) */
  failedTarget?: string;
}

/** A push that cannot be deferred, or a name that cannot be tagged. */
export class PublishError extends Error {
  override readonly name = 'PublishError';
}

/** `repo:tag` names → their repositories (buildx toRepoOnly): where a push by digest goes. */
export function repoOnly(names: string[]): string[] {
  const out: string[] = [];
  for (const n of names) {
    const r = parseReference(n);
    const repo = `${r.domain}/${r.path}`;
    if (!out.includes(repo)) out.push(repo);
  }
  return out;
}

const NAMED_OUTPUTS = new Set(['image', 'registry', 'oci', 'docker']);

/** An output that pushes under names (not by digest): what all-or-nothing defers. */
export function isTaggedPush(o: AttrEntry): boolean {
  const pushes = o.type === 'registry' || (o.type === 'image' && parseGoBool(o.push) === true);
  return pushes && parseGoBool(o['push-by-digest']) !== true;
}

/**
 * The specs with every tagged push turned into a push by digest to the same repositories, and what to tag later.
 * The target's `tags` (which name all its image outputs, plan.ts) move onto its other outputs' `name`, so that those
 * keep their names.
 */
export function deferPushes(specs: TargetSpec[]): { specs: TargetSpec[]; deferred: DeferredPush[] } {
  const deferred: DeferredPush[] = [];
  const out = specs.map((spec) => {
    if (spec.call && spec.call !== 'build') return spec;
    const pushes = spec.outputs.filter(isTaggedPush);
    if (!pushes.length) return spec;
    if (pushes.length > 1) {
      throw new PublishError(
        `publish all-or-nothing: target "${spec.name}" pushes through ${pushes.length} image outputs; only one can be held back and tagged (give it one)`,
      );
    }
    const push = pushes[0];
    const names = (spec.tags.length ? spec.tags : (push.name ?? '').split(',')).map((n) => n.trim()).filter(Boolean);
    if (!names.length) return spec; // plan.ts refuses a push without a name
    let repositories: string[];
    try {
      repositories = repoOnly(names);
    } catch (err) {
      throw new PublishError(`publish all-or-nothing: target "${spec.name}": ${(err as Error).message}`, {
        cause: err,
      });
    }
    deferred.push({
      target: spec.name,
      names,
      repositories,
      insecure: parseGoBool(push['registry.insecure']) === true,
    });
    const outputs = spec.outputs.map((o): AttrEntry => {
      if (o === push)
        return { ...o, type: 'image', push: 'true', 'push-by-digest': 'true', name: repositories.join(',') };
      return spec.tags.length && NAMED_OUTPUTS.has(o.type) ? { ...o, name: spec.tags.join(',') } : o;
    });
    return { ...spec, outputs, tags: [] };
  });
  return { specs: out, deferred };
}

/** The registry operations tagging needs (RegistryClient's; a test may pass its own). */
export interface TaggingClient {
  getManifest(ref: ImageRef, reference: string): Promise<{ bytes: Buffer; mediaType: string; digest: string }>;
  putManifest(ref: ImageRef, reference: string, bytes: Buffer, mediaType: string): Promise<string>;
}

export interface PublishOptions {
  /** credentials: the Docker config this environment points at (as merge.ts) */
  env: NodeJS.ProcessEnv;
  signal?: AbortSignal;
  onEvent?: EventSink;
  /** the client for a set of plain-HTTP hosts (`registry.insecure` outputs); default: a RegistryClient */
  client?: (insecureHosts: string[]) => TaggingClient;
}

/**
 * After the run: tags every deferred push when every target built, else nothing. Returns the result with its metadata
 * naming only what was tagged and a `publish` report; a tagging failure fails that target (TargetFailedError with a
 * PublishError) and stops tagging.
 */
export async function publishDeferred(
  deferred: DeferredPush[],
  result: RunResult,
  opts: PublishOptions,
): Promise<RunResult & { publish: PublishReport }> {
  const emit = opts.onEvent ?? (() => {});
  const metadata = Object.fromEntries(Object.entries(result.metadata).map(([k, v]) => [k, { ...v }]));
  const targets = result.targets.map((t) => ({ ...t }));
  const report: PublishReport = { policy: 'all-or-nothing', published: false, blockedBy: [], tagged: [], untagged: [] };
  const digestOf = (target: string) => {
    const d = metadata[target]?.['containerimage.digest'];
    return typeof d === 'string' ? d : undefined;
  };
  const notBuilt = targets.filter((t) => t.status !== 'done');
  if (notBuilt.length) {
    const failed = notBuilt.filter((t) => t.status === 'failed');
    report.blockedBy = (failed.length ? failed : notBuilt).map((t) => t.target);
    report.blockedHow = failed.length ? 'failed' : 'cancelled';
    for (const d of deferred) {
      const digest = digestOf(d.target);
      if (metadata[d.target]) delete metadata[d.target]['image.name'];
      if (digest)
        for (const repo of d.repositories) report.untagged.push({ target: d.target, reference: `${repo}@${digest}` });
    }
    // the shells say so at the end, with every target's end (render/report.ts publishLines)
    return { ...result, metadata, targets, publish: report };
  }

  for (const d of deferred) {
    try {
      const digest = digestOf(d.target);
      if (!digest) throw new PublishError(`the build returned no image digest to tag`);
      const insecureHosts = d.insecure ? [...new Set(d.names.map((n) => parseReference(n).domain))] : [];
      const client =
        opts.client?.(insecureHosts) ??
        new RegistryClient({ insecureHosts, signal: opts.signal, ...credentialsFromEnv(opts.env) });
      const manifests = new Map<string, { bytes: Buffer; mediaType: string }>();
      for (const name of d.names) {
        const ref = parseReference(name);
        if (!ref.tag && ref.digest) {
          if (ref.digest !== digest)
            throw new PublishError(`${name} asks for digest ${ref.digest}, but the build pushed ${digest}`);
          continue; // a name by digest is published by the push itself
        }
        const repo = { domain: ref.domain, path: ref.path };
        const key = `${repo.domain}/${repo.path}`;
        let manifest = manifests.get(key);
        if (!manifest) {
          manifest = await client.getManifest(repo, digest);
          manifests.set(key, manifest);
        }
        const tag = ref.tag ?? 'latest';
        await client.putManifest(repo, tag, manifest.bytes, manifest.mediaType);
        report.tagged.push({ target: d.target, name, digest });
        emit({ type: 'info', target: d.target, message: `tagged ${key}:${tag} → ${digest}` });
      }
      if (metadata[d.target]) metadata[d.target]['image.name'] = d.names.join(',');
    } catch (err) {
      const cause =
        err instanceof PublishError
          ? err
          : new PublishError(`tagging ${d.names.join(', ')} failed: ${(err as Error).message}`, { cause: err });
      const outcome = targets.find((t) => t.target === d.target);
      if (outcome) Object.assign(outcome, { status: 'failed', error: new TargetFailedError(d.target, cause) });
      if (metadata[d.target]) delete metadata[d.target]['image.name'];
      report.failedTarget = d.target;
      for (const rest of deferred.slice(deferred.indexOf(d) + 1))
        if (metadata[rest.target]) delete metadata[rest.target]['image.name'];
      return { ...result, ok: false, metadata, targets, publish: report };
    }
  }
  report.published = true;
  return { ...result, metadata, targets, publish: report };
}
