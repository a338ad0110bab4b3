/**
 * Runs one fuzz campaign inside a worker thread (started by campaign.ts), so a parser stuck in a loop can be
 * stopped: the current case index is kept in shared memory where the main thread's watchdog reads it.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { Rng } from './prng.js';
import { FuzzFailure, fsutilTarget, hclTarget, type FuzzData, type FuzzTarget, type Outcome } from './targets.js';

export interface WorkerInput {
  target: 'hcl' | 'fsutil';
  seed: number;
  /** run cases [first, …) until `deadline` (epoch ms) or `count` cases */
  first: number;
  count?: number;
  deadline: number;
  caseTimeoutMs: number;
  maxFailures: number;
  data: FuzzData;
  /** Int32Array: [0] current case, [1] cases done */
  progress: SharedArrayBuffer;
}

export type WorkerMessage =
  | { type: 'failure'; index: number; error: string; input: string }
  | { type: 'done'; cases: number; ok: number; rejected: number };

async function main(): Promise<void> {
  const w = workerData as WorkerInput;
  const progress = new Int32Array(w.progress);
  const target = (w.target === 'hcl' ? hclTarget() : fsutilTarget()) as FuzzTarget<unknown>;
  const work = fs.mkdtempSync(path.join(os.tmpdir(), `bakekit-fuzz-${w.target}-`));
  const unexpected: unknown[] = [];
  const onStray = (err: unknown) => unexpected.push(err);
  process.on('unhandledRejection', onStray);
  process.on('uncaughtException', onStray);
  let ok = 0;
  let rejected = 0;
  let failures = 0;
  let i = w.first;
  try {
    await target.setup(work, w.data);
    for (; w.count === undefined ? Date.now() < w.deadline : i < w.first + w.count; i++) {
      Atomics.store(progress, 0, i);
      const input = target.generate(new Rng(w.seed, i));
      let timer: NodeJS.Timeout | undefined;
      try {
        const outcome: Outcome = await Promise.race([
          Promise.resolve(target.run(input)),
          new Promise<never>((_, reject) => {
            timer = setTimeout(
              () => reject(new FuzzFailure(`hang: no result within ${w.caseTimeoutMs} ms`)),
              w.caseTimeoutMs,
            );
          }),
        ]);
        if (unexpected.length)
          throw new FuzzFailure(
            `unhandled error during the case: ${String((unexpected.splice(0)[0] as Error)?.stack)}`,
          );
        if (outcome === 'ok') ok++;
        else rejected++;
      } catch (err) {
        failures++;
        parentPort!.postMessage({
          type: 'failure',
          index: i,
          error: err instanceof FuzzFailure ? err.message : `harness: ${(err as Error)?.stack}`,
          input: target.describe(input),
        } satisfies WorkerMessage);
        if (failures >= w.maxFailures) {
          i++;
          break;
        }
      } finally {
        clearTimeout(timer);
      }
      Atomics.add(progress, 1, 1);
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  parentPort!.postMessage({ type: 'done', cases: i - w.first, ok, rejected } satisfies WorkerMessage);
}

void main().catch((err: unknown) => {
  parentPort!.postMessage({
    type: 'failure',
    index: -1,
    error: `harness: ${(err as Error)?.stack ?? String(err)}`,
    input: '',
  } satisfies WorkerMessage);
  parentPort!.postMessage({ type: 'done', cases: 0, ok: 0, rejected: 0 } satisfies WorkerMessage);
});
