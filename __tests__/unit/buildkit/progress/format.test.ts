/** Numbers and names printed as buildx prints them. */
import { describe, expect, it } from 'vitest';
import { formatBytes, formatFixed, prefixVertexName } from '../../../../src/buildkit/progress/format.js';

describe('formatting helpers', () => {
  it('rounds like Go %.Nf: exact binary value, ties to even', () => {
    expect(formatFixed(0.25, 1)).toBe('0.2');
    expect(formatFixed(0.35, 1)).toBe('0.3'); // 0.35 is 0.34999… in binary
    expect(formatFixed(0.75, 1)).toBe('0.8');
    expect(formatFixed(0.0625, 3)).toBe('0.062');
    expect(formatFixed(9.9996, 3)).toBe('10.000');
    expect(formatFixed(123.456, 0)).toBe('123');
    expect(formatFixed(-1.25, 1)).toBe('-1.2');
  });

  it('formats sizes like tonistiigi/units %.2f', () => {
    expect(formatBytes(0)).toBe('0B');
    expect(formatBytes(999)).toBe('999B');
    expect(formatBytes(1000)).toBe('1.00kB');
    expect(formatBytes(1234)).toBe('1.23kB');
    expect(formatBytes(3623807)).toBe('3.62MB');
    expect(formatBytes(2_500_000_000)).toBe('2.50GB');
  });

  it('prefixes vertex names like buildx bake', () => {
    expect(prefixVertexName('app', '[stage-1 2/5] RUN make')).toBe('[app stage-1 2/5] RUN make');
    expect(prefixVertexName('app', '[internal] load .dockerignore')).toBe('[app internal] load .dockerignore');
    expect(prefixVertexName('app', 'exporting to image')).toBe('[app] exporting to image');
  });
});
