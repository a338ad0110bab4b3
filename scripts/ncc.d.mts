// Types of scripts/ncc.mjs, for the tests that import it.
export function nccArgs(entry: string, dest: string, extra?: string[]): string[];
export function asciiOnly(file: string, text: string): string;
export function withoutComments(file: string, text: string): string;
export const DEFAULT_V8_FLAGS_HOOK: string;
/** The built-ins loaded when a run first reads one of their properties. */
export const ON_FIRST_USE: ReadonlySet<string>;
export function builtinsWithDefaultFlags(file: string, text: string): string;
export function withChunkDigests(text: string, digests: Record<string, string>): string;
export function finishBundle(dir: string): void;
export const CHUNK_LOADER_HOOK: string;
export function asCommonJs(file: string, text: string): string;
export function withoutWhitespace(file: string, text: string): string;
