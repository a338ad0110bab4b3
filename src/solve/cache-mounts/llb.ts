/**
 * The LLB definitions that move a cache mount's contents out of and into the daemon (pure: bytes in, bytes out).
 * Each is one command run in a small helper image with the target's cache mount mounted at /cache:
 * - save: `tar -cf /out/cache.tar -C /cache .`, /out being the solve's result, which a `local` exporter sends back;
 * - restore: unpack /in/cache.tar (a local source the session serves) into /cache, when the mount is empty.
 *
 * What makes this work is the mount's identity on the daemon. BuildKit keys a cache directory by the mount's id AND
 * the record id of the mount's base (solver/llbsolver/mounts/mount.go getRefCacheDir: `id:ref.ID()`). The Dockerfile
 * frontend bases a cache mount on scratch, or, when the mount has uid/gid/mode, on a `mkdir /cache` FileOp
 * (dockerfile2llb/convert_runmount.go setCacheUIDGID). That FileOp's result is found again by its cache key, which
 * is the JSON of its actions (solver/llbsolver/ops/file.go CacheMap): our mkdir must be the frontend's to the field
 * (path, mode & 0777, makeParents false, owner by id, timestamp -1, as client/llb/fileop.go marshals it), so that
 * both resolve to the same record and so to the same cache directory. It must not be marked ignore_cache either (a
 * new record would be a new directory).
 *
 * Nor may the exec ops be marked ignore_cache, although they must always run: for an exec with ignore_cache, BuildKit
 * PRUNES the cache mounts it names before solving (solver/llbsolver/vertex.go detectPrunedCacheID, bridge.go
 * `w.PruneCacheMounts`: that is how `--no-cache` empties cache mounts), so the save would read, and the restore fill,
 * a new empty directory, and the build's own directory would be gone. Instead each exec carries a value of its own in
 * its environment (`BAKEKIT_TRANSFER=<random>`): a cache key no earlier solve has, so the exec runs.
 */
import * as crypto from 'node:crypto';
import { formatReference, parseReference } from '../../buildkit/registry/reference.js';
import { encodeMessage } from '../../buildkit/proto/registry.js';
import type { Mount, Op, OpMetadata } from '../../buildkit/proto/ops.pb.js';
import { CacheSharingOpt, MountType } from '../../buildkit/proto/ops.pb.js';
import type { Encodable } from '../../buildkit/proto/types.js';
import type { CacheMountSpec } from './types.js';

/** busybox (tar, sh, ls), pinned by digest: a few hundred kilobytes, on every platform a runner has. */
export const DEFAULT_HELPER_IMAGE =
  'docker.io/library/busybox:1.37.0@sha256:bdf57e528e45e4433820e045b29b4597825a1c9e38353532d90a01445013f82e';

/** Where the helper sees the cache mount, the archive it writes, and the archive it reads. */
export const CACHE_DIR = '/cache';
export const OUT_DIR = '/out';
export const IN_DIR = '/in';
export const ARCHIVE_NAME = 'cache.tar';

/** pb.Empty (a mount or action on scratch) and pb.SkipOutput (a mount that is not an output). */
const EMPTY = '-1';
const SKIP_OUTPUT = '-1';

/** The helper runs with a plain PATH (llb's default for Linux) as root. */
const ENV = ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'];

/** What the save's shell runs: the archive keeps modes, symlinks, empty directories and numeric owners. */
export const SAVE_SCRIPT = `set -e; tar -cf ${OUT_DIR}/${ARCHIVE_NAME} -C ${CACHE_DIR} .`;

/**
 * What the restore's shell runs. Only an empty mount is filled: on a daemon that kept the mount (a self-hosted
 * runner, a second build on the same builder) its contents are at least as new as the archive, and unpacking an older
 * archive over them would roll files back (a counter, an index) while leaving newer ones, a mix no build produced.
 * Owners are restored by number (`--numeric-owner` where the tar has it; busybox tar as root restores the archive's
 * uid/gid anyway, and the archive was written in the same image, so names map back to the same numbers).
 */
export const RESTORE_SCRIPT = [
  'set -e',
  `if [ -n "$(ls -A ${CACHE_DIR})" ]; then echo "bakekit: the cache mount is not empty: kept as it is"; exit 0; fi`,
  'opt=; if tar --help 2>&1 | grep -q -- --numeric-owner; then opt=--numeric-owner; fi',
  `tar -xpf ${IN_DIR}/${ARCHIVE_NAME} $opt -C ${CACHE_DIR}`,
  'echo "bakekit: restored"',
].join('; ');

/** `docker-image://` + the reference as llb.Image names it (normalised, `:latest` when it has neither tag nor
 * digest): the daemon resolves the identifier as given, and an equal one is one vertex with the frontend's. */
export function imageIdentifier(ref: string): string {
  const parsed = parseReference(ref);
  if (!parsed.tag && !parsed.digest) parsed.tag = 'latest';
  return `docker-image://${formatReference(parsed)}`;
}

const SHARING: Record<CacheMountSpec['sharing'], (typeof CacheSharingOpt)[keyof typeof CacheSharingOpt]> = {
  shared: CacheSharingOpt.SHARED,
  private: CacheSharingOpt.PRIVATE,
  locked: CacheSharingOpt.LOCKED,
};

/** The mkdir action of the frontend's setCacheUIDGID: `llb.Mkdir("/cache", mode, WithUIDGID(uid, gid))` on scratch. */
export function cacheBaseMkdir(spec: Pick<CacheMountSpec, 'uid' | 'gid' | 'mode'>) {
  return {
    path: '/cache',
    mode: (spec.mode ?? 0o755) & 0o777,
    makeParents: false,
    owner: { user: { byID: spec.uid ?? 0 }, group: { byID: spec.gid ?? 0 } },
    timestamp: '-1',
  };
}

/** Whether the frontend bases this mount on a mkdir FileOp (any of uid, gid, mode given). */
export function hasOwnedBase(spec: Pick<CacheMountSpec, 'uid' | 'gid' | 'mode'>): boolean {
  return spec.uid !== undefined || spec.gid !== undefined || spec.mode !== undefined;
}

/** Ops in the order llb marshals them (each after its inputs, the terminal op last), with their metadata. */
class DefinitionBuilder {
  private readonly ops: Buffer[] = [];
  private readonly metadata: Record<string, Encodable<OpMetadata>> = {};

  add(op: Encodable<Op>, md: Encodable<OpMetadata> = {}): string {
    const bytes = encodeMessage('pb.Op', op);
    const digest = `sha256:${crypto.createHash('sha256').update(bytes).digest('hex')}`;
    if (!this.metadata[digest]) {
      this.ops.push(bytes);
      this.metadata[digest] = md;
    }
    return digest;
  }

  /** The terminal op (output `index` of `digest`) closes the definition. */
  finish(digest: string, index = 0): Buffer {
    this.add({ inputs: [{ digest, index: String(index) }] });
    return encodeMessage('pb.Definition', { def: this.ops, metadata: this.metadata });
  }
}

interface ExecParts {
  spec: CacheMountSpec;
  /** a value no other solve's exec has (see the header) */
  nonce: string;
  image: string;
  script: string;
  name: string;
}

/**
 * The exec op's inputs and mounts: the image at /, the cache mount at /cache (on scratch, or on the mkdir FileOp),
 * plus `extra` (the output or the archive). Mounts are sorted by destination, as llb sorts them.
 */
function execOp(
  b: DefinitionBuilder,
  parts: ExecParts,
  extra: { dest: string; input?: string; output: boolean; readonly: boolean },
): string {
  const inputs: Array<{ digest: string; index: string }> = [];
  const inputOf = (digest: string): string => {
    let i = inputs.findIndex((x) => x.digest === digest);
    if (i < 0) i = inputs.push({ digest, index: '0' }) - 1;
    return String(i);
  };
  const image = b.add(
    { source: { identifier: imageIdentifier(parts.image), attrs: {} } },
    { caps: { 'source.image': true } },
  );
  // inputs in mount order, as llb numbers them: the image (at /) first
  const imageInput = inputOf(image);
  let cacheBase = EMPTY;
  if (hasOwnedBase(parts.spec)) {
    const mkdir = b.add(
      { file: { actions: [{ input: EMPTY, secondaryInput: EMPTY, output: '0', mkdir: cacheBaseMkdir(parts.spec) }] } },
      // not ignore_cache, and always the same op: the record this resolves to is part of the cache directory's identity
      { caps: { 'file.base': true } },
    );
    cacheBase = inputOf(mkdir);
  }
  const mounts: Array<Encodable<Mount> & { dest: string }> = [
    // The image's filesystem, output 0. Not for its contents (nothing is written there): a root mount without an output
    // is mounted from the image's immutable snapshot, on which runc cannot even create /proc
    // (frontend/gateway/container/container.go makes a mutable root only for an output, or a read-only root).
    { input: imageInput, dest: '/', output: '0' },
    {
      input: cacheBase,
      ...(cacheBase !== EMPTY ? { selector: '/cache' } : {}),
      dest: CACHE_DIR,
      output: SKIP_OUTPUT,
      mountType: MountType.CACHE,
      cacheOpt: { ID: parts.spec.cacheId, sharing: SHARING[parts.spec.sharing] },
    },
    {
      input: extra.input !== undefined ? inputOf(extra.input) : EMPTY,
      dest: extra.dest,
      output: extra.output ? '1' : SKIP_OUTPUT,
      ...(extra.readonly ? { readonly: true } : {}),
    },
  ].sort((x, y) => (x.dest < y.dest ? -1 : x.dest > y.dest ? 1 : 0));
  const caps: Record<string, boolean> = {
    'exec.meta.base': true,
    'exec.mount.bind': true,
    'exec.mount.cache': true,
    'exec.mount.cache.sharing': true,
  };
  if (cacheBase !== EMPTY) caps['exec.mount.selector'] = true;
  return b.add(
    {
      inputs,
      exec: {
        meta: {
          args: ['/bin/sh', '-c', parts.script],
          env: [...ENV, `BAKEKIT_TRANSFER=${parts.nonce}`],
          cwd: '/',
          user: '0:0',
          removeMountStubsRecursive: true,
        },
        mounts,
      },
    },
    // no ignore_cache (see the header): the nonce in the environment is what makes it run
    { description: { 'llb.customname': parts.name }, caps },
  );
}

export interface TransferDefinitionOptions {
  /** the helper image (default: DEFAULT_HELPER_IMAGE) */
  image?: string;
  /** what makes the exec's cache key new (default: random); tests fix it */
  nonce?: string;
}

/** The save: a solve whose result (the exec's output 1, /out) is a directory holding `cache.tar`. */
export function saveDefinition(spec: CacheMountSpec, opts: TransferDefinitionOptions = {}): Buffer {
  const b = new DefinitionBuilder();
  const exec = execOp(
    b,
    {
      spec,
      image: opts.image ?? DEFAULT_HELPER_IMAGE,
      nonce: opts.nonce ?? crypto.randomBytes(16).toString('hex'),
      script: SAVE_SCRIPT,
      name: `[bakekit] saving cache mount ${spec.id}`,
    },
    { dest: OUT_DIR, output: true, readonly: false },
  );
  return b.finish(exec, 1);
}

export interface LocalArchiveSource {
  /** the session serving the directory that holds `cache.tar` */
  sessionId: string;
  /** the directory's name in that session's FileSync */
  name: string;
  /** `local.unique`: a value of ours, so that this transfer is not matched with another session's cached one */
  unique: string;
  /** `local.sharedkeyhint` */
  sharedKeyHint?: string;
}

/** The local source llb.Local(name, SessionID, SharedKeyHint, …) makes for the archive's directory. */
export function localSourceOp(src: LocalArchiveSource): Encodable<Op> {
  return {
    source: {
      identifier: `local://${src.name}`,
      attrs: {
        'local.session': src.sessionId,
        'local.unique': src.unique,
        'local.includepattern': JSON.stringify([ARCHIVE_NAME]),
        ...(src.sharedKeyHint ? { 'local.sharedkeyhint': src.sharedKeyHint } : {}),
      },
    },
  };
}

/**
 * The restore: unpacks the archive the session serves into the cache mount. Its result is the root mount's
 * output, only there so that the solve evaluates the exec; nothing is exported.
 */
export function restoreDefinition(
  spec: CacheMountSpec,
  src: LocalArchiveSource,
  opts: TransferDefinitionOptions = {},
): Buffer {
  const b = new DefinitionBuilder();
  const local = b.add(localSourceOp(src), {
    caps: {
      'source.local': true,
      'source.local.sessionid': true,
      'source.local.unique': true,
      'source.local.includepatterns': true,
      ...(src.sharedKeyHint ? { 'source.local.sharedkeyhint': true } : {}),
    },
    description: { 'llb.customname': `[bakekit] loading the archive of cache mount ${spec.id}` },
  });
  const exec = execOp(
    b,
    {
      spec,
      image: opts.image ?? DEFAULT_HELPER_IMAGE,
      nonce: opts.nonce ?? crypto.randomBytes(16).toString('hex'),
      script: RESTORE_SCRIPT,
      name: `[bakekit] restoring cache mount ${spec.id}`,
    },
    { dest: IN_DIR, input: local, output: false, readonly: true },
  );
  // the root mount's output: a solve needs a result to evaluate the exec (a snapshot of nothing new)
  return b.finish(exec, 0);
}
