/**
 * solve/run/metadata-provenance.ts: what buildx's Go round trip does to a record's provenance. The differential test
 * (integration/solve/metadata-provenance.test.ts) compares real records with `docker buildx bake`'s; these cases pin
 * the rules one by one.
 */
import { describe, expect, test } from 'vitest';
import {
  encodeProvenance,
  metadataProvenanceMode,
  provenanceDescriptors,
} from '../../../../src/solve/run/metadata-provenance.js';

const V02 = 'https://slsa.dev/provenance/v0.2';
const V1 = 'https://slsa.dev/provenance/v1';

function decode(b64: string): unknown {
  return JSON.parse(Buffer.from(b64, 'base64').toString('utf8'));
}
/** the encoded JSON text, to check key order as well */
function text(b64: string): string {
  return Buffer.from(b64, 'base64').toString('utf8');
}

describe('metadataProvenanceMode (BUILDX_METADATA_PROVENANCE)', () => {
  test.each([
    [undefined, 'min'],
    ['', 'min'],
    ['min', 'min'],
    ['max', 'max'],
    ['disabled', 'disabled'],
    ['false', 'disabled'],
    ['0', 'disabled'],
    ['F', 'disabled'],
    ['true', 'min'],
    ['MAX', 'min'],
    ['nonsense', 'min'],
  ])('%j → %s', (value, mode) => {
    expect(metadataProvenanceMode(value)).toBe(mode);
  });
});

describe('provenanceDescriptors', () => {
  const prov = (digest: string, type = V02) => ({
    media_type: 'application/vnd.in-toto+json',
    digest,
    annotations: { 'in-toto.io/predicate-type': type },
  });
  test('a single result: one unsuffixed key, the first SLSA provenance among the attestations', () => {
    const sbom = { ...prov('sha256:s'), annotations: { 'in-toto.io/predicate-type': 'https://spdx.dev/Document' } };
    expect(
      provenanceDescriptors({ Ref: 'r', Result: { Attestations: [sbom, prov('sha256:a', V1), prov('sha256:b')] } }),
    ).toEqual([{ key: 'buildx.build.provenance', digest: 'sha256:a', predicateType: V1 }]);
  });
  test('per-platform results: one key per platform; the single result is then not read', () => {
    expect(
      provenanceDescriptors({
        Ref: 'r',
        Result: { Attestations: [prov('sha256:x')] },
        Results: { 'linux/amd64': { Attestations: [prov('sha256:a')] }, 'linux/arm64': { Attestations: [] } },
      }),
    ).toEqual([{ key: 'buildx.build.provenance/linux/amd64', digest: 'sha256:a', predicateType: V02 }]);
  });
  test('a record without results (a daemon that made no provenance) has none', () => {
    expect(provenanceDescriptors({ Ref: 'r' })).toEqual([]);
  });
});

const v02 = {
  // the daemon's field order is not the Go types' one, and it has fields they do not know
  invocation: {
    environment: { platform: 'linux/amd64', zeta: { b: 1, a: 2 }, alpha: 'x' },
    parameters: {
      locals: [{ name: 'context' }],
      args: { 'local-sessionid:context': 's', 'build-arg:B': '2', 'build-arg:A': '1' },
      frontend: 'dockerfile.v0',
      secrets: [{ id: 'token', optional: false }],
      unknownParameter: true,
    },
    configSource: { entryPoint: 'Dockerfile' },
  },
  materials: [{ digest: { sha256: 'abc' }, uri: 'pkg:docker/busybox@latest' }, { uri: 'pkg:docker/empty' }],
  buildType: 'https://mobyproject.org/buildkit@v1',
  builder: { id: '' },
  buildConfig: { llbDefinition: [{ id: 'step0' }] },
  metadata: {
    buildInvocationID: 'inv',
    buildStartedOn: '2026-12-04T23:49:30.619149392Z',
    completeness: { parameters: true, environment: true, materials: false },
    reproducible: false,
    'https://mobyproject.org/buildkit@v1#metadata': { layers: { 'step0:0': [] }, vcs: { source: 'x' } },
  },
  somethingNew: 1,
};
const blob = (p: unknown) => Buffer.from(JSON.stringify(p, null, 2));

describe('encodeProvenance: a SLSA v0.2 record', () => {
  test('min: Go field order, sorted maps, omitempty, unknown fields gone, no buildConfig or metadata', () => {
    const out = encodeProvenance(blob(v02), V02, 'min');
    expect(text(out)).toBe(
      JSON.stringify({
        builder: { id: '' },
        buildType: 'https://mobyproject.org/buildkit@v1',
        materials: [{ uri: 'pkg:docker/busybox@latest', digest: { sha256: 'abc' } }, { uri: 'pkg:docker/empty' }],
        invocation: {
          configSource: { entryPoint: 'Dockerfile' },
          parameters: {
            frontend: 'dockerfile.v0',
            args: { 'build-arg:A': '1', 'build-arg:B': '2', 'local-sessionid:context': 's' },
            secrets: [{ id: 'token' }],
            locals: [{ name: 'context' }],
          },
          // a map in Go: every key sorted, at every depth
          environment: { alpha: 'x', platform: 'linux/amd64', zeta: { a: 2, b: 1 } },
        },
      }),
    );
  });
  test('max: buildConfig as written; metadata in its Go order with the BuildKit metadata fields in theirs', () => {
    const out = decode(encodeProvenance(blob(v02), V02, 'max')) as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(['builder', 'buildType', 'materials', 'invocation', 'buildConfig', 'metadata']);
    expect(out.buildConfig).toEqual(v02.buildConfig);
    const md = out.metadata as Record<string, unknown>;
    expect(Object.keys(md)).toEqual([
      'buildInvocationID',
      'buildStartedOn',
      'completeness',
      'reproducible',
      'https://mobyproject.org/buildkit@v1#metadata',
    ]);
    expect(Object.keys(md['https://mobyproject.org/buildkit@v1#metadata'] as object)).toEqual(['vcs', 'layers']);
  });
  test('a predicate without invocation still has its three parts (Go structs without omitempty)', () => {
    expect(decode(encodeProvenance(blob({ buildType: 't' }), V02, 'min'))).toEqual({
      builder: { id: '' },
      buildType: 't',
      invocation: { configSource: {}, parameters: {}, environment: { platform: '' } },
    });
  });
});

describe('encodeProvenance: a SLSA v1 record is converted to v0.2 (ConvertToSLSA02)', () => {
  const v1 = {
    buildDefinition: {
      buildType: 'https://github.com/moby/buildkit/blob/master/docs/attestations/slsa-definitions.md',
      externalParameters: {
        configSource: { path: 'Dockerfile' },
        request: { frontend: 'dockerfile.v0', args: { b: '2', a: '1' } },
      },
      internalParameters: {
        buildConfig: { llbDefinition: [] },
        builderPlatform: 'linux/amd64',
        dockerfileVersion: '1.19',
        custom: 'c',
      },
      resolvedDependencies: [{ uri: 'pkg:docker/busybox', digest: { sha256: 'abc' } }],
    },
    runDetails: {
      builder: { id: 'https://ci/run/1' },
      metadata: {
        invocationId: 'inv',
        startedOn: '2026-12-04T23:49:30Z',
        buildkit_completeness: { request: true, resolvedDependencies: true },
        buildkit_metadata: { vcs: { revision: 'r' } },
        buildkit_hermetic: true,
      },
    },
  };
  test('min', () => {
    expect(text(encodeProvenance(blob(v1), V1, 'min'))).toBe(
      JSON.stringify({
        builder: { id: 'https://ci/run/1' },
        buildType: 'https://mobyproject.org/buildkit@v1',
        materials: [{ uri: 'pkg:docker/busybox', digest: { sha256: 'abc' } }],
        invocation: {
          configSource: { entryPoint: 'Dockerfile' },
          parameters: { frontend: 'dockerfile.v0', args: { a: '1', b: '2' } },
          environment: { custom: 'c', dockerfileVersion: '1.19', platform: 'linux/amd64' },
        },
      }),
    );
  });
  test('max: the build config, and the run metadata in v0.2 terms', () => {
    const out = decode(encodeProvenance(blob(v1), V1, 'max')) as Record<string, unknown>;
    expect(out.buildConfig).toEqual({ llbDefinition: [] });
    expect(out.metadata).toEqual({
      buildInvocationID: 'inv',
      buildStartedOn: '2026-12-04T23:49:30Z',
      completeness: { parameters: true, environment: true, materials: true },
      reproducible: false,
      'https://mobyproject.org/buildkit@v1#metadata': { vcs: { revision: 'r' } },
      'https://mobyproject.org/buildkit@v1#hermetic': true,
    });
  });
});
