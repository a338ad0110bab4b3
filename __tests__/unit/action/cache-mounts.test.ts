/**
 * The action's cache mounts (src/action/cache-mounts.ts, summary.ts): when the inputs give the run cache mounts (only
 * inside GitHub Actions with a cache service), and how the run's reports read in the job summary and the job log.
 */
import { describe, expect, it } from 'vitest';
import { cacheMountLogLines, cacheMountsOptions } from '../../../src/action/cache-mounts.js';
import { cacheMountsMarkdown, summaryMarkdown } from '../../../src/action/summary.js';
import { GhaCacheStore } from '../../../src/solve/cache-mounts/gha-store.js';
import type { CacheMountReport } from '../../../src/solve/cache-mounts/types.js';
import { KEEP_GOING_RESULT } from '../../support/run-results.js';

const INPUTS = { cacheMounts: 'auto' as const, cacheMountsMaxSize: 2 * 1024 ** 3 };
const GHA_V2 = { ACTIONS_RUNTIME_TOKEN: 'tok', ACTIONS_CACHE_SERVICE_V2: 'true', ACTIONS_RESULTS_URL: 'http://r/' };

describe('cacheMountsOptions', () => {
  it('auto inside GitHub Actions with a cache service: every mount, the GitHub Actions cache as the store', () => {
    const { options, note } = cacheMountsOptions(
      { ...INPUTS, cacheMountsKey: 'abc', cacheMountsImage: 'mirror/busybox' },
      GHA_V2,
    );
    expect(note).toBeUndefined();
    expect(options).toMatchObject({ mode: 'auto', keyHash: 'abc', image: 'mirror/busybox', maxSize: 2 * 1024 ** 3 });
    expect(options?.store).toBeInstanceOf(GhaCacheStore);
    expect(options?.store.description).toBe('the GitHub Actions cache');
    // v1
    expect(
      cacheMountsOptions(INPUTS, { ACTIONS_RUNTIME_TOKEN: 't', ACTIONS_CACHE_URL: 'http://c/' }).options?.mode,
    ).toBe('auto');
  });

  it('a list of ids is passed on as the mode', () => {
    expect(cacheMountsOptions({ ...INPUTS, cacheMounts: ['go-mod'] }, GHA_V2).options?.mode).toEqual(['go-mod']);
  });

  it('off: none', () => {
    expect(cacheMountsOptions({ ...INPUTS, cacheMounts: 'off' }, GHA_V2)).toEqual({});
  });

  it('outside GitHub Actions or without a cache service: none; silently for auto, with a warning for a list', () => {
    expect(cacheMountsOptions(INPUTS, {})).toEqual({});
    // a token but no URL of the API version in use (v2 selected, only a v1 URL)
    expect(
      cacheMountsOptions(INPUTS, { ACTIONS_RUNTIME_TOKEN: 't', ACTIONS_CACHE_SERVICE_V2: '1', ACTIONS_CACHE_URL: 'x' }),
    ).toEqual({});
    const { options, note } = cacheMountsOptions({ ...INPUTS, cacheMounts: ['go-mod', 'pip'] }, {});
    expect(options).toBeUndefined();
    expect(note?.level).toBe('warning');
    expect(note?.message).toMatch(/^cache-mounts: go-mod, pip not restored or saved: no GitHub Actions cache service/);
  });
});

const REPORTS: CacheMountReport[] = [
  {
    id: 'go-mod',
    targets: ['api', 'worker'],
    platform: 'linux/amd64',
    restoredKey: 'bakekit-cache-mount-v1-api-go-mod-linux-amd64-none-0123456789abcdef',
    saved: 'saved',
    savedKey: 'bakekit-cache-mount-v1-api-go-mod-linux-amd64-none-fedcba9876543210',
    size: 12 * 1024 * 1024 + 300 * 1024,
    durationMs: 3140,
    warnings: [],
  },
  {
    id: '/root/.cache/pip',
    targets: ['web'],
    platform: 'linux/arm64',
    restoredKey: 'bakekit-cache-mount-v1-web-root-.cache-pip-linux-arm64-none-0123456789abcdef',
    saved: 'unchanged',
    size: 2048,
    durationMs: 800,
    warnings: [],
  },
  {
    id: 'apt',
    targets: ['web'],
    platform: 'linux/arm64',
    saved: 'failed',
    savedKey: 'rate limited by the cache service (429)',
    durationMs: 1200,
    warnings: ['cache mount apt: not saved: rate limited by the cache service (429)'],
  },
  {
    id: 'big|one',
    targets: ['web'],
    platform: 'linux/arm64',
    saved: 'skipped',
    savedKey: 'the archive (3GiB) is larger than cache-mounts-max-size (2GiB)',
    size: 3 * 1024 ** 3,
    durationMs: 20_500,
    warnings: [],
  },
];

describe('the Cache mounts table of the job summary', () => {
  it('one row per mount: id, targets, platform, restored key or miss, what became of the save, size, time', () => {
    const rows = cacheMountsMarkdown(REPORTS);
    expect(rows.slice(0, 5)).toEqual([
      '',
      '#### Cache mounts',
      '',
      '| Mount | Targets | Platform | Restored | Saved | Size | Time |',
      '| --- | --- | --- | --- | --- | --- | --- |',
    ]);
    expect(rows.slice(5)).toEqual([
      '| go-mod | api, worker | linux/amd64 | `bakekit-cache-mount-v1-api-go-mod-linux-amd64-none-0123456789abcdef` | ✅ saved as `bakekit-cache-mount-v1-api-go-mod-linux-amd64-none-fedcba9876543210` | 12.29MiB | 3.1s |',
      '| /root/.cache/pip | web | linux/arm64 | `bakekit-cache-mount-v1-web-root-.cache-pip-linux-arm64-none-0123456789abcdef` | ➖ unchanged | 2KiB | 0.8s |',
      '| apt | web | linux/arm64 | miss | ⚠️ failed: rate limited by the cache service (429) |  | 1.2s |',
      '| big\\|one | web | linux/arm64 | miss | ⏭️ skipped: the archive (3GiB) is larger than cache-mounts-max-size (2GiB) | 3GiB | 20.5s |',
    ]);
  });

  it('says when the builder kept its own (non-empty) mount instead of the restored one', () => {
    const kept: CacheMountReport = { ...REPORTS[1], kept: true };
    expect(cacheMountsMarkdown([kept])[5]).toContain(
      '| `bakekit-cache-mount-v1-web-root-.cache-pip-linux-arm64-none-0123456789abcdef` (builder kept its own) |',
    );
    expect(cacheMountLogLines([kept])[0]).toContain('(the builder kept its own contents)');
  });

  it('comes after the targets in the summary, and not at all without cache mounts', () => {
    const md = summaryMarkdown({ ...KEEP_GOING_RESULT, cacheMounts: REPORTS }, () => ({}));
    expect(md.indexOf('#### Cache mounts')).toBeGreaterThan(md.indexOf('| Target |'));
    expect(md).toContain('| go-mod | api, worker |');
    expect(summaryMarkdown(KEEP_GOING_RESULT, () => ({}))).not.toContain('Cache mounts');
    expect(summaryMarkdown({ ...KEEP_GOING_RESULT, cacheMounts: [] }, () => ({}))).not.toContain('Cache mounts');
  });
});

describe('the job log', () => {
  it('one line per mount', () => {
    expect(cacheMountLogLines(REPORTS)).toEqual([
      'cache mount go-mod (api, worker, linux/amd64): restored bakekit-cache-mount-v1-api-go-mod-linux-amd64-none-0123456789abcdef; saved as bakekit-cache-mount-v1-api-go-mod-linux-amd64-none-fedcba9876543210 (12.29MiB, 3.1s)',
      'cache mount /root/.cache/pip (web, linux/arm64): restored bakekit-cache-mount-v1-web-root-.cache-pip-linux-arm64-none-0123456789abcdef; unchanged (2KiB, 0.8s)',
      'cache mount apt (web, linux/arm64): nothing restored (miss); failed: rate limited by the cache service (429) (1.2s)',
      'cache mount big|one (web, linux/arm64): nothing restored (miss); skipped: the archive (3GiB) is larger than cache-mounts-max-size (2GiB) (3GiB, 20.5s)',
    ]);
  });
});
