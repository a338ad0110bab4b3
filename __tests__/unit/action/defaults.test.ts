/** docker/bake-action v7's default provenance (src/context.ts getBakeArgs), never over a target's own attestation. */
import { describe, expect, it } from 'vitest';
import { provenanceDefaults } from '../../../src/action/defaults.js';

const RUN = 'https://github.com/o/r/actions/runs/9/attempts/1';
const base = { load: false, privateRepository: false, builderId: RUN, env: {} };

describe('the default provenance', () => {
  const targets = {
    plain: {},
    own: { attest: [{ type: 'provenance', mode: 'min' }] },
    off: { attest: [{ type: 'provenance', disabled: true }] },
    sbomOnly: { attest: [{ type: 'sbom' }] },
    text: { attest: ['type=provenance,mode=max'] },
  };

  it('public repository: mode=max with the run as builder-id, only where a target has no provenance', () => {
    expect(provenanceDefaults(base, targets)).toEqual([
      `plain.attest+=type=provenance,mode=max,builder-id=${RUN}`,
      `sbomOnly.attest+=type=provenance,mode=max,builder-id=${RUN}`,
    ]);
  });

  it('private repository: mode=min,inline-only=true', () => {
    expect(provenanceDefaults({ ...base, privateRepository: true }, { plain: {} })).toEqual([
      `plain.attest+=type=provenance,mode=min,inline-only=true,builder-id=${RUN}`,
    ]);
  });

  it('none with the provenance input (it is --provenance then), BUILDX_NO_DEFAULT_ATTESTATIONS, load or a docker output', () => {
    expect(provenanceDefaults({ ...base, provenance: 'false' }, { plain: {} })).toEqual([]);
    expect(provenanceDefaults({ ...base, env: { BUILDX_NO_DEFAULT_ATTESTATIONS: '1' } }, { plain: {} })).toEqual([]);
    expect(
      provenanceDefaults({ ...base, env: { BUILDX_NO_DEFAULT_ATTESTATIONS: 'false' } }, { plain: {} }),
    ).toHaveLength(1);
    expect(() =>
      provenanceDefaults({ ...base, env: { BUILDX_NO_DEFAULT_ATTESTATIONS: 'nope' } }, { plain: {} }),
    ).toThrow(/invalid boolean/);
    expect(provenanceDefaults({ ...base, load: true }, { plain: {} })).toEqual([]);
    // as Bake.hasDockerExporter: one docker output anywhere in the definition turns the default off for every target
    expect(provenanceDefaults(base, { plain: {}, loaded: { output: [{ type: 'docker' }] } })).toEqual([]);
    expect(provenanceDefaults(base, { plain: {}, pushed: { output: [{ type: 'image', push: 'true' }] } })).toHaveLength(
      2,
    );
  });

  it('without a run URL, no builder-id', () => {
    expect(provenanceDefaults({ ...base, builderId: undefined }, { plain: {} })).toEqual([
      'plain.attest+=type=provenance,mode=max',
    ]);
  });
});
