/**
 * Fuzzing the fsutil wire: the packet decoder (random and corrupted frames) and the receiver that writes
 * a `local` export, fed hostile packet streams through the real FileSend framing (`..` and absolute paths, symlinks
 * out of the destination then used as parents, hardlinks out, huge sizes and ids, out-of-order entries, data for
 * unknown ids, early FIN, ERR, corrupted frames). Bounded (BAKEKIT_FUZZ_SECONDS, default 45 s) and seeded; a
 * failure prints the seed and case (see fuzz/campaign.ts). Expected: PacketDecodeError from the decoder, and from the
 * receiver's one-pass decoder (wire.ts decodePacketFast) the very packet the general decoder reads, or nothing; from
 * the receiver completion or an Error — never another error type, a hang, or anything created or changed outside the
 * destination directory.
 */
import { describe, expect, it } from 'vitest';
import { formatFailures, fuzzSeconds, runCampaign } from './fuzz/campaign.js';

describe('fuzz: fsutil packets and the receiver', () => {
  it(
    'decodes or refuses every frame, and never writes outside the destination',
    async () => {
      const r = await runCampaign('fsutil', {});
      console.log(
        `fuzz fsutil: seed ${r.seed}, ${r.cases} cases in ${r.seconds.toFixed(1)} s (${r.ok} accepted, ${r.rejected} refused), ${r.failures.length} failures; repeat: ${r.repro}`,
      );
      expect(r.failures, formatFailures(r)).toEqual([]);
      if (!process.env.BAKEKIT_FUZZ_CASE) {
        expect(r.cases).toBeGreaterThan(500);
        expect(r.ok).toBeGreaterThan(0);
        expect(r.rejected).toBeGreaterThan(0);
      }
    },
    (fuzzSeconds() + 60) * 1000,
  );
});
