/**
 * timeadd's durations are Go's time.ParseDuration: every unit Go accepts, micro in its three spellings (the micro
 * sign U+00B5 and the Greek mu U+03BC both, as Go's unitMap has them), signs and fractions; an error naming the
 * duration otherwise (Go's own wording differs by case: unknown unit, missing unit).
 * Expected values: Terraform's documented timeadd("2017-11-22T00:00:00Z", "10m") and Go's arithmetic.
 */
import { describe, expect, it } from 'vitest';
import { timeadd } from '../../../../src/bake/hcl/stdlib/time.js';

const at = '2017-11-22T00:00:00Z';
const pos = { file: 'docker-bake.hcl', line: 1, column: 1 };

describe('timeadd', () => {
  it("adds Go durations in each of Go's units", () => {
    expect(timeadd([at, '10m'], pos)).toBe('2017-11-22T00:10:00Z');
    expect(timeadd([at, '1h30m'], pos)).toBe('2017-11-22T01:30:00Z');
    expect(timeadd([at, '-1.5h'], pos)).toBe('2017-11-21T22:30:00Z');
    expect(timeadd([at, '2000ms'], pos)).toBe('2017-11-22T00:00:02Z');
    expect(timeadd([at, '3000000us'], pos)).toBe('2017-11-22T00:00:03Z');
    expect(timeadd([at, '4000000000ns'], pos)).toBe('2017-11-22T00:00:04Z');
  });

  it('accepts micro as the micro sign and as the Greek mu, as Go does', () => {
    expect(timeadd([at, '5000000\u00b5s'], pos)).toBe('2017-11-22T00:00:05Z');
    expect(timeadd([at, '6000000\u03bcs'], pos)).toBe('2017-11-22T00:00:06Z');
  });

  it('refuses what Go refuses, naming the duration', () => {
    expect(() => timeadd([at, '1d'], pos)).toThrow(/^time: .*duration "1d"$/);
    expect(() => timeadd([at, '10'], pos)).toThrow(/^time: .*duration "10"$/);
  });
});
