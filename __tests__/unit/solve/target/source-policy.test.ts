import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readSourcePolicy, SourcePolicyError } from '../../../../src/solve/target/source-policy.js';
import { encodeMessage, decodeMessage } from '../../../../src/buildkit/proto/registry.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bakekit-policy-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const write = (name: string, data: string | Buffer) => {
  const f = path.join(dir, name);
  fs.writeFileSync(f, data);
  return f;
};

describe('EXPERIMENTAL_BUILDKIT_SOURCE_POLICY', () => {
  it('is nothing when unset', async () => {
    expect(await readSourcePolicy({})).toBeUndefined();
  });
  it('reads JSON, and the result encodes as the wire Policy with enum names', async () => {
    const json = {
      rules: [
        {
          action: 'CONVERT',
          selector: { identifier: 'docker-image://docker.io/library/alpine:latest' },
          updates: { identifier: 'docker-image://localhost:5000/busybox:latest' },
        },
      ],
    };
    const p = await readSourcePolicy({ EXPERIMENTAL_BUILDKIT_SOURCE_POLICY: write('p.json', JSON.stringify(json)) });
    expect(p).toEqual(json);
    const back = decodeMessage<{ rules: Array<{ action: number }> }>(
      'moby.buildkit.v1.sourcepolicy.Policy',
      encodeMessage('moby.buildkit.v1.sourcepolicy.Policy', p!),
    );
    expect(back.rules[0].action).toBe(2);
  });
  it('falls back to the protobuf encoding, as buildx does', async () => {
    const bytes = encodeMessage('moby.buildkit.v1.sourcepolicy.Policy', {
      version: 1,
      rules: [{ action: 1, selector: { identifier: 'docker-image://*' } }],
    });
    const p = await readSourcePolicy({ EXPERIMENTAL_BUILDKIT_SOURCE_POLICY: write('p.pb', Buffer.from(bytes)) });
    expect(p?.rules?.[0]).toMatchObject({ action: 1, selector: { identifier: 'docker-image://*' } });
  });
  it('a missing or unreadable file is an error that names it', async () => {
    await expect(
      readSourcePolicy({ EXPERIMENTAL_BUILDKIT_SOURCE_POLICY: path.join(dir, 'nope.json') }),
    ).rejects.toThrow(SourcePolicyError);
    await expect(
      readSourcePolicy({ EXPERIMENTAL_BUILDKIT_SOURCE_POLICY: write('bad.json', '{"rules": 3') }),
    ).rejects.toThrow(/bad\.json is not a source policy/);
  });
});
