/** Random bytes without node:crypto (src/buildkit/light-crypto/random.ts). */
import { describe, expect, it } from 'vitest';
import { randomBytes, randomUUID } from '../../../../src/buildkit/light-crypto/random.js';

describe('randomBytes', () => {
  it('gives as many bytes as asked, different at each call', () => {
    for (const n of [0, 1, 4, 16, 32, 1000]) expect(randomBytes(n)).toHaveLength(n);
    const seen = new Set<string>();
    for (let i = 0; i < 100; i++) seen.add(randomBytes(16).toString('hex'));
    expect(seen.size).toBe(100);
  });

  it('never hands out the same bytes twice, across the refills of its pool, and gives more than a pool at once', () => {
    const given = new Set<string>();
    for (let i = 0; i < 200; i++) given.add(randomBytes(7 + (i % 40)).toString('hex'));
    expect(given.size).toBe(200);
    const more = randomBytes(2000); // past the pool's size
    expect(more).toHaveLength(2000);
    expect(new Set(more).size).toBeGreaterThan(200);
  });

  it('covers every byte value (a source stuck on some values would not)', () => {
    const counts = new Array<number>(256).fill(0);
    for (const b of randomBytes(64 * 1024)) counts[b]++;
    // 256 expected per value; a uniform source stays within 150-370 with overwhelming probability
    expect(Math.min(...counts)).toBeGreaterThan(150);
    expect(Math.max(...counts)).toBeLessThan(370);
  });

  it('makes version 4 UUIDs, each new', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 50; i++) {
      const id = randomUUID();
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      seen.add(id);
    }
    expect(seen.size).toBe(50);
  });
});
