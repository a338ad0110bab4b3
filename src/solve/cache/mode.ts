/**
 * The `cache` option (see gha.ts for what the modes do). Apart from gha.ts so that the shells can check it while
 * parsing their arguments without loading the rest, which `--print` never needs.
 */
export type CacheMode = 'auto' | 'off';

export const CACHE_MODES: readonly CacheMode[] = ['auto', 'off'];

export function parseCacheMode(value: string | undefined): CacheMode {
  const v = (value ?? '').trim().toLowerCase();
  if (v === '' || v === 'auto') return 'auto';
  if (v === 'off' || v === 'false' || v === 'none') return 'off';
  throw new Error(`cache: expected auto or off, got "${value}"`);
}
