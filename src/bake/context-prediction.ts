/**
 * Whether every target of a definition builds from the working directory, told from its files' text before they are
 * parsed or evaluated. A run that expects so starts walking the working directory for its identity while it is still
 * loading the bake and build code (solve/run/early-identity.ts), instead of after resolving the definition.
 *
 * A guess that errs only one way. It is true only when:
 * - every file is HCL or JSON: a compose file's `build: DIR` names a context without the word;
 * - every `context` in the text (any case, anywhere: comments, strings, `contexts`, `dockerfile = "context/…"`) is an
 *   attribute or key set to "." or "./" and nothing more, so a target either sets its context to the working directory
 *   or leaves it at its default, which is that; no escape sequence spells a name (`\u0063ontext`);
 * - no override (`--set`) names a context;
 * - "." is the working directory: under BUILDX_BAKE_FILE_RELATIVE_PATHS it is each file's own directory, so then every
 *   file must be in the working directory.
 * A wrong true costs one walk of the working directory that the run does not use (stopped once the definition has
 * resolved); the identities themselves never depend on the guess. Checked against both `--print` conformance corpora:
 * 49 of the 139 real-world cases and 470 of buildx's 573 are guessed true, and in none of those does resolution give a
 * target another context.
 */
import path from 'node:path';
import { mayBeCompose } from './file-names.js';

/**
 * The word anywhere, and what an allowed occurrence continues with: an optional closing quote, `=` or `:`, "." or
 * "./", and the end of the expression (a comma, a brace, a comment, the line's end), so that `"." == x ? "." : "app"`
 * is not taken for ".".
 */
const CONTEXT_WORD = /context/gi;
const WORKING_DIRECTORY_VALUE = /"?[ \t]*[=:][ \t]*"\.\/?"[ \t]*(?:,|\}|#|\/\/|\/\*|\r?\n|$)/y;
/** A character that makes the word part of a longer name (HCL identifiers have letters, digits, `_` and `-`). */
const NAME_CHAR = /[\w.$-]/;

export function contextIsWorkingDirectory(
  files: readonly { name: string; data: string }[],
  set: readonly string[],
  env: Record<string, string | undefined>,
): boolean {
  if (files.length === 0 || files.some((f) => mayBeCompose(f.name))) return false;
  if (set.some((s) => /context/i.test(s))) return false;
  if ((env.BUILDX_BAKE_FILE_RELATIVE_PATHS ?? '').trim() !== '' && files.some((f) => path.dirname(f.name) !== '.'))
    return false;
  return files.every((f) => everyContextIsWorkingDirectory(f.data));
}

function everyContextIsWorkingDirectory(text: string): boolean {
  // a name or value spelled with escapes (JSON's \u0063ontext), or text that is not UTF-8 (UTF-16 has NULs)
  if (text.includes('\\u') || text.includes('\\U') || text.includes('\0')) return false;
  for (const m of text.matchAll(CONTEXT_WORD)) {
    const before = m.index > 0 ? text[m.index - 1] : '';
    if (NAME_CHAR.test(before)) return false;
    WORKING_DIRECTORY_VALUE.lastIndex = m.index + m[0].length; // sticky: right after the word
    if (!WORKING_DIRECTORY_VALUE.test(text)) return false;
  }
  return true;
}
