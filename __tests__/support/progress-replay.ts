/**
 * Replays a progress fixture (see fixtures/generate.mjs) through ProgressTracker + PlainProgressPrinter and
 * returns the printed text, one `\n` after each line, the way buildx writes it.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PlainProgressPrinter, ProgressTracker } from '../../src/buildkit/progress/index.js';
import type { StatusResponse } from '../../src/buildkit/proto/control.pb.js';

export const fixturesDir = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/progress');

interface FixtureStep {
  target?: string;
  endTarget?: string;
  advanceMs?: number;
  response?: {
    vertexes?: StatusResponse['vertexes'];
    statuses?: StatusResponse['statuses'];
    logs?: Array<{ vertex: string; timestamp: { seconds: string; nanos: number }; stream: string; msg: string }>;
    warnings?: Array<{ vertex: string; level: string; short: string }>;
  };
}

export interface Fixture {
  multiTarget?: boolean;
  description?: string;
  clockMs: number;
  steps: FixtureStep[];
}

export function loadFixture(name: string): Fixture {
  return JSON.parse(readFileSync(join(fixturesDir, `${name}.json`), 'utf8')) as Fixture;
}

/** The fixture's text fields as the decoder delivers them (bytes as Buffers). */
export function toStatusResponse(response: NonNullable<FixtureStep['response']>): StatusResponse {
  return {
    vertexes: response.vertexes,
    statuses: response.statuses,
    logs: response.logs?.map((l) => ({ ...l, msg: Buffer.from(l.msg, 'utf8') })),
    warnings: response.warnings?.map((w) => ({ ...w, short: Buffer.from(w.short, 'utf8') })),
  };
}

export function replay(fixture: Fixture): { text: string; tracker: ProgressTracker } {
  let now = fixture.clockMs;
  const clock = () => now;
  const tracker = new ProgressTracker({ clock });
  const lines: string[] = [];
  const printer = new PlainProgressPrinter((line) => lines.push(line), {
    multiTarget: fixture.multiTarget,
    description: fixture.description,
    clock,
  });
  printer.attach(tracker);
  for (const step of fixture.steps) {
    now += step.advanceMs ?? 0;
    if (step.endTarget !== undefined) tracker.endTarget(step.endTarget);
    else if (step.response) tracker.update(toStatusResponse(step.response), step.target);
  }
  printer.finish();
  return { text: lines.map((l) => `${l}\n`).join(''), tracker };
}
