/**
 * Parsing `.proto` texts, with the full protobufjs (its parser): for scripts/gen-proto.ts, which turns sources.ts
 * into descriptors.ts, and for tests that declare services of their own. Run-time code never imports this: the
 * registry is built from the generated descriptors, which keeps the parser out of the bundle and out of start-up.
 */
import protobuf from 'protobufjs';

/** Adds the definitions of one `.proto` text to `into` (e.g. the registry's root), field names as written. */
export function defineProto(source: string, into: protobuf.Root): void {
  protobuf.parse(source, into, { keepCase: true });
}

/** A root with every definition of `sources`, parsed. */
export function parseProtos(sources: readonly string[]): protobuf.Root {
  const parsed = new protobuf.Root();
  for (const source of sources) defineProto(source, parsed);
  parsed.resolveAll();
  return parsed;
}
