/**
 * The sender's queue of requested files (fsutil/sender.ts WorkQueue): first in, first out across any number of jobs
 * and any mix of puts and takes, waiting readers served in turn, and undefined for every reader once closed and empty.
 */
import { describe, expect, it } from 'vitest';
import { WorkQueue } from '../../../../src/buildkit/fsutil/sender.js';

describe('WorkQueue', () => {
  it('gives back 20,000 queued jobs in order, then takes new ones after being drained', async () => {
    const q = new WorkQueue<number>();
    for (let i = 0; i < 20_000; i++) q.put(i);
    const taken: number[] = [];
    for (let i = 0; i < 20_000; i++) taken.push((await q.take())!);
    expect(taken).toEqual(Array.from({ length: 20_000 }, (_, i) => i));
    q.put(-1);
    q.put(-2);
    expect([await q.take(), await q.take()]).toEqual([-1, -2]);
  });

  it('keeps the order when puts and takes interleave', async () => {
    const q = new WorkQueue<number>();
    const taken: number[] = [];
    let next = 0;
    for (let round = 0; round < 200; round++) {
      for (let i = 0; i < (round % 7) + 1; i++) q.put(next++);
      for (let i = 0; i < (round % 5) + 1 && taken.length < next; i++) taken.push((await q.take())!);
    }
    while (taken.length < next) taken.push((await q.take())!);
    expect(taken).toEqual(Array.from({ length: next }, (_, i) => i));
  });

  it('keeps the order in a queue that never empties (its taken slots dropped as it goes)', async () => {
    const q = new WorkQueue<number>();
    for (let i = 0; i < 10; i++) q.put(i);
    const taken: number[] = [];
    for (let i = 10; i < 5_000; i++) {
      q.put(i);
      taken.push((await q.take())!);
    }
    // 4,990 taken, 10 waiting: the slots kept are bounded, not every job ever queued
    expect((q as unknown as { items: unknown[] }).items.length).toBeLessThan(2_100);
    for (let i = 0; i < 10; i++) taken.push((await q.take())!);
    expect(taken).toEqual(Array.from({ length: 5_000 }, (_, i) => i));
  });

  it('hands jobs to waiting readers in turn, and undefined to each once closed and empty', async () => {
    const q = new WorkQueue<string>();
    const first = q.take();
    const second = q.take();
    q.put('a');
    q.put('b');
    expect([await first, await second]).toEqual(['a', 'b']);
    q.put('c');
    q.close();
    q.put('ignored after close');
    expect([await q.take(), await q.take(), await q.take()]).toEqual(['c', undefined, undefined]);
    const waiting = new WorkQueue<string>();
    const reader = waiting.take();
    waiting.close();
    expect(await reader).toBeUndefined();
  });
});
