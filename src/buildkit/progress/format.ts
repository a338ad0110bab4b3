/**
 * Numbers and names as buildx prints them: Go's `%.Nf` rounding, tonistiigi/units sizes, bake's target prefix.
 */

/**
 * `x` with `digits` decimals, rounded the way Go's `%.Nf` does: on the exact binary value, ties to even.
 * (`Number.prototype.toFixed` rounds ties up, which prints `0.3s` where buildx prints `0.2s` for 0.25 s.)
 */
export function formatFixed(x: number, digits: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (!Number.isFinite(x)) return x > 0 ? '+Inf' : '-Inf';
  const negative = x < 0;
  // toFixed(100) is the exact decimal expansion for every double we format (durations and sizes).
  const exact = Math.abs(x).toFixed(100);
  const [intPart, fracPart = ''] = exact.split('.');
  const kept = fracPart.slice(0, digits);
  const rest = fracPart.slice(digits);
  let digitsValue = BigInt(intPart + kept);
  const first = rest.charCodeAt(0) - 48;
  const tail = /[1-9]/.test(rest.slice(1));
  if (first > 5 || (first === 5 && (tail || digitsValue % 2n === 1n))) digitsValue += 1n;
  let text = digitsValue.toString().padStart(digits + 1, '0');
  if (digits > 0) text = `${text.slice(0, -digits)}.${text.slice(-digits)}`;
  return negative ? `-${text}` : text;
}

/** A size the way `%.2f` of `github.com/tonistiigi/units.Bytes` prints it: whole bytes below 1 kB, else
 * decimal units with two decimals (`123B`, `1.23kB`, `3.41MB`). */
export function formatBytes(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB'];
  let unit = 0;
  let base = 1;
  while (unit < units.length - 1 && bytes >= base * 1000) {
    base *= 1000;
    unit++;
  }
  if (unit === 0) return `${Math.trunc(bytes)}B`;
  return `${formatFixed(bytes / base, 2)}${units[unit]}`;
}

/** buildx's bake form of a vertex name: `[target] name`, or `[target stage 2/5] …` for `[stage 2/5] …`. */
export function prefixVertexName(target: string, name: string): string {
  return name.startsWith('[') ? `[${target} ${name.slice(1)}` : `[${target}] ${name}`;
}
