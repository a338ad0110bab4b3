/**
 * Runs a bounded, seeded fuzz campaign in a worker thread and watches it: a case that does not finish within
 * `hangMs` (a synchronous loop the worker cannot interrupt itself) stops the worker and is reported as a hang.
 *
 *   BAKEKIT_FUZZ_SECONDS   wall time per campaign (default 45)
 *   BAKEKIT_FUZZ_SEED      repeat a campaign (every failure prints its seed)
 *   BAKEKIT_FUZZ_CASE      run only this case of the seed (prints the input)
 */
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { newSeed } from './prng.js';
import type { FuzzData } from './targets.js';
import type { WorkerInput, WorkerMessage } from './worker.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const TSX_API = pathToFileURL(path.resolve(HERE, '../../../node_modules/tsx/dist/esm/api/index.mjs')).href;

export interface CampaignResult {
  target: string;
  seed: number;
  seconds: number;
  cases: number;
  ok: number;
  rejected: number;
  failures: Array<{ index: number; error: string; input: string }>;
  /** how to repeat it */
  repro: string;
}

export function fuzzSeconds(): number {
  const v = Number(process.env.BAKEKIT_FUZZ_SECONDS);
  return Number.isFinite(v) && v > 0 ? v : 45;
}

export async function runCampaign(
  target: WorkerInput['target'],
  data: FuzzData,
  opts: { caseTimeoutMs?: number; hangMs?: number } = {},
): Promise<CampaignResult> {
  const seed = newSeed();
  const only = process.env.BAKEKIT_FUZZ_CASE;
  const seconds = fuzzSeconds();
  const started = Date.now();
  const progress = new SharedArrayBuffer(8);
  const view = new Int32Array(progress);
  const input: WorkerInput = {
    target,
    seed,
    first: only ? Number(only) : 0,
    count: only ? 1 : undefined,
    deadline: started + seconds * 1000,
    caseTimeoutMs: opts.caseTimeoutMs ?? 5000,
    maxFailures: 5,
    data,
    progress,
  };
  const bootstrap = `
    const { workerData } = require('node:worker_threads');
    import(workerData.api).then(({ tsImport }) => tsImport(workerData.file, workerData.parent));
  `;
  const worker = new Worker(bootstrap, {
    eval: true,
    workerData: { ...input, api: TSX_API, file: path.join(HERE, 'worker.ts'), parent: import.meta.url },
    resourceLimits: { maxOldGenerationSizeMb: 1024 },
  });
  const result: CampaignResult = {
    target,
    seed,
    seconds: 0,
    cases: 0,
    ok: 0,
    rejected: 0,
    failures: [],
    repro: `BAKEKIT_FUZZ_SEED=${seed} npx vitest run __tests__/faults/fuzz-${target}.test.ts`,
  };
  const hangMs = opts.hangMs ?? 15_000;
  await new Promise<void>((resolve) => {
    let lastCase = -1;
    let lastChange = Date.now();
    const watchdog = setInterval(() => {
      const current = Atomics.load(view, 0);
      if (current !== lastCase) {
        lastCase = current;
        lastChange = Date.now();
        return;
      }
      if (Date.now() - lastChange > hangMs && Date.now() > started + 5000) {
        result.failures.push({
          index: current,
          error: `hang: case ${current} ran for more than ${hangMs} ms (worker stopped)`,
          input: '(regenerate with BAKEKIT_FUZZ_CASE)',
        });
        result.cases = Atomics.load(view, 1);
        clearInterval(watchdog); // once: the worker may take a while to stop (a case stuck in a collection)
        void worker.terminate();
      }
    }, 500);
    worker.on('message', (m: WorkerMessage) => {
      if (m.type === 'failure') result.failures.push({ index: m.index, error: m.error, input: m.input });
      else Object.assign(result, { cases: m.cases, ok: m.ok, rejected: m.rejected });
    });
    worker.on('error', (err) =>
      result.failures.push({
        index: Atomics.load(view, 0),
        error: `worker crashed: ${err.stack ?? String(err)}`,
        input: '(regenerate with BAKEKIT_FUZZ_CASE)',
      }),
    );
    worker.on('exit', () => {
      clearInterval(watchdog);
      resolve();
    });
  });
  result.seconds = (Date.now() - started) / 1000;
  for (const f of result.failures)
    if (f.index >= 0)
      f.error += `\n  repeat: BAKEKIT_FUZZ_SEED=${seed} BAKEKIT_FUZZ_CASE=${f.index} npx vitest run __tests__/faults/fuzz-${target}.test.ts`;
  return result;
}

/** One line per failure (seed and case included), for the assertion message. */
export function formatFailures(r: CampaignResult): string {
  return [
    `fuzz ${r.target}: seed ${r.seed}, ${r.cases} cases, ${r.failures.length} failure(s)`,
    ...r.failures.map((f) => `case ${f.index}: ${f.error}\n  input: ${f.input.slice(0, 4000)}`),
  ].join('\n\n');
}
