/**
 * The session server's collection pacing: one young-generation collection per step of bytes moved, run on a later
 * turn, never two pending at once; nothing at all where no collector could be had; the young generation let grow and
 * Maglev given back once many messages have moved or the daemon has asked for many bytes of files, and TurboFan and
 * incremental marking given back once many bytes have moved; and the process's own pacer really has a collector (Node
 * 20 and 24 both allow taking it), without leaving `gc` on our globals.
 */
import { describe, expect, it } from 'vitest';
import { GcPacer, transferGcPacer } from '../../../../src/buildkit/grpc/gc-pacer.js';
import {
  BULK_BYTES,
  deferOptimizingCompiler,
  MAGLEV,
  NO_MAGLEV,
  NO_TURBOFAN,
  restoreOptimizingCompiler,
  TURBOFAN,
} from '../../../../src/buildkit/grpc/optimizing-compiler.js';
import {
  holdIncrementalMarking,
  INCREMENTAL_MARKING,
  NO_INCREMENTAL_MARKING,
  restoreIncrementalMarking,
} from '../../../../src/buildkit/grpc/old-generation.js';
import { MANY_SMALL_MESSAGES } from '../../../../src/buildkit/grpc/young-generation.js';

const turn = () => new Promise((resolve) => setImmediate(resolve));

describe('GcPacer', () => {
  it('collects once per step of bytes, on the next turn', async () => {
    const calls: unknown[] = [];
    const pacer = new GcPacer((o) => calls.push(o), 1000);
    pacer.transferred(600, []);
    await turn();
    expect(calls).toEqual([]);
    pacer.transferred(600, []); // 1200: one step reached
    expect(calls).toEqual([]); // not inside the caller's callback
    await turn();
    expect(calls).toEqual([{ type: 'minor' }]);
    expect(pacer.collections).toBe(1);
  });

  it('collects every bulkStepBytes once bulkBytes have moved', async () => {
    let n = 0;
    const pacer = new GcPacer(() => n++, 2000, { bulkBytes: 10_000, bulkStepBytes: 1000 });
    for (let i = 0; i < 8; i++) {
      pacer.transferred(1000, []); // 8,000 bytes: a collection every 2,000
      await turn();
    }
    expect(n).toBe(4);
    for (let i = 0; i < 8; i++) {
      pacer.transferred(1000, []); // none at 9,000; 10,000 reached at the second, and one every 1,000 from then on
      await turn();
    }
    expect(n).toBe(4 + 7);
  });

  it('never has two collections pending: a burst of steps within one turn is one collection', async () => {
    let n = 0;
    const pacer = new GcPacer(() => n++, 1000);
    for (let i = 0; i < 10; i++) pacer.transferred(1000, []);
    await turn();
    expect(n).toBe(1);
    pacer.transferred(1000, []);
    await turn();
    expect(n).toBe(2);
  });

  it('calls onManySmallMessages once, when the small messages moved reach the threshold, collector or not', () => {
    for (const collect of [() => {}, undefined]) {
      let many = 0;
      const pacer = new GcPacer(collect, 1000, { onManySmallMessages: () => many++, manySmallMessages: 10 });
      const small = (n: number) => Array.from({ length: n }, () => Buffer.alloc(100));
      pacer.transferred(100, [...small(9), Buffer.alloc(64 * 1024)]); // a large message does not count
      expect(many).toBe(0);
      pacer.transferred(100, small(2)); // 11
      expect(many).toBe(1);
      pacer.transferred(100, small(50));
      expect(many).toBe(1);
    }
  });

  it('counts the small messages written framed together (server.ts writeFramed) besides those it is given', () => {
    let many = 0;
    const pacer = new GcPacer(undefined, 1000, { onManySmallMessages: () => many++, manySmallMessages: 10 });
    pacer.transferred(900, [], 9); // nine STATs in one framed chunk
    expect(many).toBe(0);
    pacer.transferred(100, [Buffer.alloc(100)], 0);
    expect(many).toBe(1);
  });

  it('calls onBulk once, when the bytes moved (either direction, any message size) reach the threshold', () => {
    for (const collect of [() => {}, undefined]) {
      let bulk = 0;
      const pacer = new GcPacer(collect, 1000, { onBulk: () => bulk++, bulkBytes: 10_000 });
      pacer.transferred(9_999, [Buffer.alloc(9_999)]);
      expect(bulk).toBe(0);
      pacer.transferred(1, [Buffer.alloc(1)]);
      expect(bulk).toBe(1);
      expect(pacer.movedBytes).toBe(10_000);
      pacer.transferred(50_000, []);
      expect(bulk).toBe(1);
    }
  });

  it('calls onBulkAnnounced once, when the files asked for reach the threshold, apart from the bytes moved', () => {
    let announced = 0;
    let bulk = 0;
    const pacer = new GcPacer(undefined, 1000, {
      onBulk: () => bulk++,
      onBulkAnnounced: () => announced++,
      bulkBytes: 10_000,
    });
    pacer.announced(6_000);
    expect(announced).toBe(0);
    pacer.announced(4_000);
    expect(announced).toBe(1);
    pacer.announced(50_000);
    expect(announced).toBe(1);
    expect(pacer.announcedBytes).toBe(10_000);
    expect(pacer.movedBytes).toBe(0);
    expect(bulk).toBe(0);
  });

  it('does nothing without a collector', async () => {
    const pacer = new GcPacer(undefined, 1);
    pacer.transferred(10_000, []);
    await turn();
    expect(pacer.collections).toBe(0);
  });

  it("the process's pacer gives Maglev back, and only Maglev, once many small messages have moved", () => {
    const set: string[] = [];
    const held = deferOptimizingCompiler({
      env: {},
      execArgv: [],
      v8Version: '12.4.254.21-node.33',
      arch: 'x64',
      setFlags: (f) => set.push(f),
    });
    expect(held).toBe(true);
    try {
      const pacer = transferGcPacer();
      const small = Buffer.alloc(100);
      for (let i = 1; i < MANY_SMALL_MESSAGES; i++) pacer.transferred(small.length, [small]);
      expect(set).toEqual([NO_TURBOFAN, NO_MAGLEV]);
      pacer.transferred(small.length, [small]);
      expect(set).toEqual([NO_TURBOFAN, NO_MAGLEV, MAGLEV]);
    } finally {
      restoreOptimizingCompiler();
    }
    expect(set).toEqual([NO_TURBOFAN, NO_MAGLEV, MAGLEV, TURBOFAN]);
  });

  it("the process's pacer gives Maglev back, and only Maglev, once the daemon asks for bulk bytes of files", () => {
    const set: string[] = [];
    deferOptimizingCompiler({
      env: {},
      execArgv: [],
      v8Version: '12.4.254.21-node.33',
      arch: 'x64',
      setFlags: (f) => set.push(f),
    });
    try {
      const pacer = transferGcPacer();
      const before = pacer.announcedBytes;
      pacer.announced(BULK_BYTES - before - 1);
      expect(set).toEqual([NO_TURBOFAN, NO_MAGLEV]);
      pacer.announced(1);
      expect(set).toEqual([NO_TURBOFAN, NO_MAGLEV, MAGLEV]);
    } finally {
      restoreOptimizingCompiler();
    }
  });

  it("the process's pacer gives incremental marking back once bulk bytes have moved", () => {
    const set: string[] = [];
    expect(holdIncrementalMarking({ env: {}, execArgv: [], setFlags: (f) => set.push(f) })).toBe(true);
    try {
      const pacer = transferGcPacer();
      expect(pacer.movedBytes).toBeLessThan(BULK_BYTES - 1);
      pacer.transferred(BULK_BYTES - pacer.movedBytes - 1, []);
      expect(set).toEqual([NO_INCREMENTAL_MARKING]);
      pacer.transferred(1, []);
      expect(set).toEqual([NO_INCREMENTAL_MARKING, INCREMENTAL_MARKING]);
    } finally {
      restoreIncrementalMarking();
      restoreOptimizingCompiler();
    }
  });

  it("the process's pacer has a real collector and leaves no gc on globalThis", async () => {
    const pacer = transferGcPacer();
    expect(transferGcPacer()).toBe(pacer);
    const before = pacer.collections;
    pacer.transferred(64 * 1024 * 1024, []);
    await turn();
    expect(pacer.collections).toBe(before + 1);
    expect((globalThis as { gc?: unknown }).gc).toBeUndefined();
  });
});
