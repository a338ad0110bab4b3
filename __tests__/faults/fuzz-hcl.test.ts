/**
 * Fuzzing the bake file parsers and evaluator: a bounded, seeded campaign (BAKEKIT_FUZZ_SECONDS, default
 * 45 s) of mutated corpus files (every conformance fixture) and generated ones. Every input must either resolve or
 * fail with a BakeError (from the parsers: with file:line:col); no other error type, no hang. A failure prints the
 * seed and case to repeat it (see fuzz/campaign.ts).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';
import { formatFailures, fuzzSeconds, runCampaign } from './fuzz/campaign.js';

function corpus(): Record<string, string> {
  const dir = path.join(ROOT, '__tests__/fixtures/bake');
  const out: Record<string, string> = {};
  for (const c of fs.readdirSync(dir).sort()) {
    const caseDir = path.join(dir, c);
    if (!fs.statSync(caseDir).isDirectory()) continue;
    for (const f of fs.readdirSync(caseDir).sort()) {
      if (/\.(hcl|json)$/.test(f) && f !== 'args.json' && f !== 'expected.json')
        out[`${c}/${f}`] = fs.readFileSync(path.join(caseDir, f), 'utf8');
    }
  }
  return out;
}

describe('fuzz: bake files (HCL and JSON)', () => {
  it(
    'every input resolves or fails with a located BakeError, within bounded time',
    async () => {
      const files = corpus();
      expect(Object.keys(files).length).toBeGreaterThan(50);
      const r = await runCampaign('hcl', { corpus: files });
      console.log(
        `fuzz hcl: seed ${r.seed}, ${r.cases} cases in ${r.seconds.toFixed(1)} s (${r.ok} resolved, ${r.rejected} rejected), ${r.failures.length} failures; repeat: ${r.repro}`,
      );
      expect(r.failures, formatFailures(r)).toEqual([]);
      if (!process.env.BAKEKIT_FUZZ_CASE) {
        expect(r.cases).toBeGreaterThan(1000);
        // the campaign is not all garbage: a fair share gets through the parser and the resolver
        expect(r.ok / r.cases).toBeGreaterThan(0.05);
      }
    },
    (fuzzSeconds() + 60) * 1000,
  );
});
