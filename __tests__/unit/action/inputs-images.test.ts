/** The action's image inputs: `nodes`, `merge`, `merge-from`. */
import { describe, expect, it } from 'vitest';
import { readInputs } from '../../../src/action/inputs.js';

const inputs = (values: Record<string, string>) => readInputs((name) => values[name] ?? '');

describe('merge and nodes inputs', () => {
  it('merge-from takes paths per line, or the metadata JSON itself (which may span lines)', () => {
    expect(inputs({ merge: 'true', 'merge-from': '/tmp/digests\n  a.json \n' })).toMatchObject({
      merge: true,
      mergeFrom: ['/tmp/digests', 'a.json'],
    });
    const json = '{\n  "app": { "containerimage.digest": "sha256:x", "image.name": "r/app" }\n}';
    expect(inputs({ 'merge-from': json }).mergeFrom).toEqual([json]);
    expect(inputs({ 'merge-from': `dir\n${json}` }).mergeFrom).toEqual(['dir', json]);
    expect(inputs({}).merge).toBe(false);
    expect(() => inputs({ merge: 'yes' })).toThrow(/input merge: expected true or false/);
  });

  it('nodes: one ENDPOINT [PLATFORMS] per line, commas kept', () => {
    expect(inputs({ nodes: 'unix:///a.sock linux/amd64,linux/arm64\ndocker://\n' }).nodes).toEqual([
      'unix:///a.sock linux/amd64,linux/arm64',
      'docker://',
    ]);
  });
});
