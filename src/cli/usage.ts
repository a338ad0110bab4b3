/**
 * What a bad command line prints: the error, the command's synopsis and where the rest is, as docker buildx does
 * (cobra's usage on a flag error). The full option list is `--help`'s, on stdout: after an error in a job log it
 * would push the error out of sight.
 */

/** `prefix: message`, then the first line of `usage` (the synopsis) and a pointer to `--help`. */
export function usageError(prefix: string, message: string, usage: string): string {
  const end = usage.indexOf('\n');
  const synopsis = end < 0 ? usage : usage.slice(0, end);
  const command = synopsis.replace(/^Usage:\s*/, '').split(' [')[0];
  return `${prefix}: ${message}\n\n${synopsis}\n\nRun '${command} --help' for more information\n`;
}
