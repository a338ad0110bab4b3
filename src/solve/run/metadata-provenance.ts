/**
 * `buildx.build.provenance` in the metadata file, as buildx (build/provenance.go setRecordProvenance) writes it.
 *
 * When a metadata file is asked for, buildx reads each finished build's record from the daemon's build history, takes
 * the SLSA provenance BuildKit attached to it (a history record's provenance is always made in max mode, SLSA v0.2
 * unless the build arg BUILDKIT_HISTORY_PROVENANCE_V1 asks for v1), and puts it in the target's exporter response:
 * `buildx.build.provenance` for a single-platform build, `buildx.build.provenance/<platform>` per platform otherwise.
 * `BUILDX_METADATA_PROVENANCE` chooses how much: `min` (the default) keeps the predicate without its `buildConfig`
 * and `metadata`, `max` keeps both, `disabled` (or a false boolean) leaves the key out.
 *
 * buildx passes the predicate through BuildKit's Go types (provenance/types ProvenancePredicateSLSA02; a v1 predicate
 * is converted with ConvertToSLSA02) and marshals it again. `slsa02Predicate` below does what that round trip does to
 * the daemon's JSON: the fields those types know, in their order, empty ones left out where the types say
 * `omitempty`, maps with sorted keys. `buildConfig` and the BuildKit metadata under `metadata` (max mode only) are
 * the daemon's own marshaling of the same types, kept as written. No library does this: it is the shape of buildx's
 * Go structs.
 */
import { parseGoBool } from '../../bake/entries.js';
import type { BuildkitClient } from '../../buildkit/client.js';
import type { BuildHistoryRecord, BuildResultInfo } from '../../buildkit/proto/control.pb.js';

export type MetadataProvenanceMode = 'min' | 'max' | 'disabled';

/** buildx confutil.ParseMetadataProvenance: `min`, `max`, `disabled`; a false boolean disables; anything else is min. */
export function metadataProvenanceMode(value: string | undefined): MetadataProvenanceMode {
  if (value === 'min' || value === 'max' || value === 'disabled') return value;
  if (value !== undefined && parseGoBool(value) === false) return 'disabled';
  return 'min';
}

const PREDICATE_SLSA_V1 = 'https://slsa.dev/provenance/v1';
const IN_TOTO_JSON = 'application/vnd.in-toto+json';
const PREDICATE_TYPE = 'in-toto.io/predicate-type';

/**
 * The provenance entries of build `ref`'s record, base64 of the predicate's JSON as buildx puts them in the exporter
 * response (the metadata file embeds them as objects). Empty when the mode is `disabled`, the daemon keeps no build
 * history, or the record has no provenance.
 */
export async function recordProvenance(
  client: BuildkitClient,
  ref: string,
  mode: MetadataProvenanceMode,
  signal?: AbortSignal,
): Promise<Record<string, string>> {
  if (mode === 'disabled') return {};
  const record = await client.buildRecord(ref, signal);
  if (!record) return {};
  const out: Record<string, string> = {};
  await Promise.all(
    provenanceDescriptors(record).map(async ({ key, digest, predicateType }) => {
      const blob = await client.readBlob(digest, signal);
      out[key] = encodeProvenance(blob, predicateType, mode);
    }),
  );
  return out;
}

/** buildx fetchProvenance: the record's results (per platform, or its single result) and their provenance blobs. */
export function provenanceDescriptors(
  record: BuildHistoryRecord,
): Array<{ key: string; digest: string; predicateType: string }> {
  const out: Array<{ key: string; digest: string; predicateType: string }> = [];
  const add = (key: string, res: BuildResultInfo | undefined) => {
    const a = res?.Attestations?.find(
      (d) =>
        d.media_type === IN_TOTO_JSON && d.annotations?.[PREDICATE_TYPE]?.startsWith('https://slsa.dev/provenance/'),
    );
    if (a?.digest) out.push({ key, digest: a.digest, predicateType: a.annotations![PREDICATE_TYPE] });
  };
  const platforms = Object.keys(record.Results ?? {});
  if (platforms.length > 0) for (const p of platforms) add(`buildx.build.provenance/${p}`, record.Results![p]);
  else add('buildx.build.provenance', record.Result);
  return out;
}

/** buildx encodeProvenance: the predicate as its Go types marshal it, without buildConfig and metadata in min mode,
 * base64-encoded. */
export function encodeProvenance(
  blob: Buffer,
  predicateType: string,
  mode: Exclude<MetadataProvenanceMode, 'disabled'>,
): string {
  const parsed = JSON.parse(blob.toString('utf8')) as unknown;
  const pred = predicateType === PREDICATE_SLSA_V1 ? slsa1ToSlsa02(obj(parsed)) : slsa02Predicate(obj(parsed));
  if (mode === 'min') {
    delete pred.buildConfig;
    delete pred.metadata;
  }
  return Buffer.from(JSON.stringify(pred)).toString('base64');
}

type Json = null | boolean | number | string | Json[] | JsonObject;
type JsonObject = { [key: string]: Json };

/** A JSON object, or an empty one for anything else (Go leaves a struct at its zero value for a null). */
function obj(v: unknown): JsonObject {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as JsonObject) : {};
}
function str(v: unknown): string {
  return typeof v === 'string' ? v : '';
}
function list(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

/** Go's encoding/json for a struct: fields in order, a `omitempty` field left out when empty (false, 0, "", an empty
 * or null slice or map, a nil pointer). Keys marked `!` are written whatever their value. */
function struct(fields: Array<[key: string, value: Json | undefined, always?: '!']>): JsonObject {
  const out: JsonObject = {};
  for (const [key, value, always] of fields) {
    if (value === undefined) continue;
    if (!always && isEmpty(value)) continue;
    out[key] = value;
  }
  return out;
}
function isEmpty(v: Json): boolean {
  if (v === null || v === false || v === 0 || v === '') return true;
  if (Array.isArray(v)) return v.length === 0;
  return typeof v === 'object' && Object.keys(v).length === 0;
}

/** A Go map (`map[string]string`, `map[string]any`): keys sorted, as encoding/json writes them. */
function sortedMap(v: unknown, value: (x: unknown) => Json = (x) => x as Json): JsonObject | undefined {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return undefined;
  const out: JsonObject = {};
  for (const k of Object.keys(v).sort()) out[k] = value((v as JsonObject)[k]);
  return out;
}
const stringMap = (v: unknown) => sortedMap(v, str);

/** types.ProvenancePredicateSLSA02: the embedded slsa02.ProvenancePredicate's builder, buildType and materials, then
 * its own invocation, buildConfig and metadata. */
function slsa02Predicate(p: JsonObject): JsonObject {
  const inv = obj(p.invocation);
  return struct([
    ['builder', { id: str(obj(p.builder).id) }, '!'],
    ['buildType', str(p.buildType), '!'],
    ['materials', list(p.materials).map((m) => material(obj(m)))],
    [
      'invocation',
      struct([
        ['configSource', configSource02(obj(inv.configSource)), '!'],
        ['parameters', parameters(obj(inv.parameters)), '!'],
        ['environment', environment(obj(inv.environment)), '!'],
      ]),
      '!',
    ],
    ['buildConfig', p.buildConfig ?? undefined],
    ['metadata', p.metadata == null ? undefined : metadata02(obj(p.metadata))],
  ]);
}

/** common.ProvenanceMaterial */
function material(m: JsonObject): JsonObject {
  return struct([
    ['uri', str(m.uri)],
    ['digest', stringMap(m.digest)],
  ]);
}

/** slsa02.ConfigSource */
function configSource02(c: JsonObject): JsonObject {
  return struct([
    ['uri', str(c.uri)],
    ['digest', stringMap(c.digest)],
    ['entryPoint', str(c.entryPoint)],
  ]);
}

/** types.ProvenanceConfigSourceSLSA1 (also the config source of a frontend input in the parameters) */
function configSource1(c: JsonObject): JsonObject {
  return struct([
    ['uri', str(c.uri)],
    ['digest', stringMap(c.digest)],
    ['path', str(c.path)],
  ]);
}

/** types.Parameters: the build request as BuildKit recorded it. */
function parameters(p: JsonObject): JsonObject {
  const idList = (v: unknown) =>
    list(v).map((s) =>
      s === null
        ? null
        : struct([
            ['id', str(obj(s).id), '!'],
            ['optional', obj(s).optional === true],
          ]),
    );
  const inputs = sortedMap(p.inputs, (r) => requestProvenance(r) ?? null);
  return struct([
    ['frontend', str(p.frontend)],
    ['args', stringMap(p.args)],
    ['secrets', idList(p.secrets)],
    ['ssh', idList(p.ssh)],
    ['locals', list(p.locals).map((l) => (l === null ? null : { name: str(obj(l).name) }))],
    ['inputs', inputs],
    ['root', requestProvenance(p.root)],
    ['compatibilityVersion', typeof p.compatibilityVersion === 'number' ? Math.trunc(p.compatibilityVersion) : 0],
  ]);
}

/** types.RequestProvenance (a nil pointer stays out) */
function requestProvenance(v: unknown): JsonObject | undefined {
  if (v === null || v === undefined) return undefined;
  const r = obj(v);
  return struct([
    ['configSource', configSource1(obj(r.configSource)), '!'],
    ['request', r.request == null ? undefined : parameters(obj(r.request))],
  ]);
}

/**
 * types.Environment: `platform` and `dockerfileVersion` plus any other key (ProvenanceCustomEnv), which its
 * MarshalJSON writes as one Go map, so every key sorted. `platform` is always there; `dockerfileVersion` only when it
 * is not empty, unless the daemon wrote it empty (then it is a custom key and kept).
 */
function environment(e: JsonObject): JsonObject {
  return sortedMap({ ...e, platform: str(e.platform) }, goAny)!;
}

/** A value Go decoded into `any` and wrote again: objects become maps, so their keys come out sorted at every depth. */
function goAny(v: unknown): Json {
  if (Array.isArray(v)) return v.map(goAny);
  return sortedMap(v, goAny) ?? (v as Json);
}

/** types.ProvenanceMetadataSLSA02 (max mode): slsa02.ProvenanceMetadata's fields, then BuildKit's two. */
function metadata02(m: JsonObject): JsonObject {
  const c = obj(m.completeness);
  return struct([
    ['buildInvocationID', str(m.buildInvocationID)],
    ['buildStartedOn', m.buildStartedOn ?? undefined],
    ['buildFinishedOn', m.buildFinishedOn ?? undefined],
    [
      'completeness',
      { parameters: c.parameters === true, environment: c.environment === true, materials: c.materials === true },
      '!',
    ],
    ['reproducible', m.reproducible === true, '!'],
    [BUILDKIT_METADATA, buildkitMetadata(obj(m[BUILDKIT_METADATA])), '!'],
    [BUILDKIT_HERMETIC, m[BUILDKIT_HERMETIC] === true],
  ]);
}

const BUILDKIT_METADATA = 'https://mobyproject.org/buildkit@v1#metadata';
const BUILDKIT_HERMETIC = 'https://mobyproject.org/buildkit@v1#hermetic';

/** types.BuildKitMetadata: its fields in order, each as the daemon wrote it. */
function buildkitMetadata(m: JsonObject): JsonObject {
  return struct([
    ['vcs', stringMap(m.vcs)],
    ['source', m.source ?? undefined],
    ['layers', m.layers ?? undefined],
    ['sysUsage', m.sysUsage ?? undefined],
    ['network', m.network ?? undefined],
  ]);
}

/** types.ProvenancePredicateSLSA1.ConvertToSLSA02: a record whose provenance BuildKit wrote as SLSA v1 (the build arg
 * BUILDKIT_HISTORY_PROVENANCE_V1 true), in v0.2 terms. */
function slsa1ToSlsa02(p: JsonObject): JsonObject {
  const def = obj(p.buildDefinition);
  const ext = obj(def.externalParameters);
  const cs = obj(ext.configSource);
  const internal = obj(def.internalParameters);
  const run = obj(p.runDetails);
  // ProvenanceInternalParametersSLSA1's other keys are its custom environment (its UnmarshalJSON)
  const { buildConfig, builderPlatform, dockerfileVersion, ...custom } = internal;
  if (dockerfileVersion !== undefined && str(dockerfileVersion) === '') custom.dockerfileVersion = dockerfileVersion;
  if (buildConfig === null) custom.buildConfig = null;
  const v02: JsonObject = {
    builder: { id: str(obj(run.builder).id) },
    buildType: 'https://mobyproject.org/buildkit@v1',
    materials: list(def.resolvedDependencies).map((d) => ({ uri: obj(d).uri ?? '', digest: obj(d).digest ?? null })),
    invocation: {
      configSource: { uri: str(cs.uri), digest: cs.digest ?? null, entryPoint: str(cs.path) },
      parameters: obj(ext.request),
      environment: {
        ...custom,
        platform: str(builderPlatform),
        ...(str(dockerfileVersion) ? { dockerfileVersion: str(dockerfileVersion) } : {}),
      },
    },
    buildConfig: buildConfig ?? null,
    metadata: run.metadata == null ? null : metadataFromSlsa1(obj(run.metadata)),
  };
  return slsa02Predicate(v02);
}

/** The metadata part of ConvertToSLSA02. */
function metadataFromSlsa1(m: JsonObject): JsonObject {
  const c = obj(m.buildkit_completeness);
  return {
    buildInvocationID: m.invocationId ?? '',
    buildStartedOn: m.startedOn ?? null,
    buildFinishedOn: m.finishedOn ?? null,
    completeness: { parameters: c.request === true, environment: true, materials: c.resolvedDependencies === true },
    reproducible: m.buildkit_reproducible === true,
    [BUILDKIT_METADATA]: obj(m.buildkit_metadata),
    [BUILDKIT_HERMETIC]: m.buildkit_hermetic === true,
  };
}
