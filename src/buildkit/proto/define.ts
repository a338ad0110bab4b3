/**
 * Parsing `.proto` files and texts with the full protobufjs (its parser): for scripts/gen-proto.ts, which turns the
 * `.proto` files of this folder into the generated `*.pb.ts` and descriptors.ts, and for tests that declare services
 * of their own. Run-time code never imports this: the registry is built from the generated descriptors, which keeps
 * the parser out of the bundle and out of start-up.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import protobuf from 'protobufjs';

/** The folder of our `.proto` files: every definition bakekit puts on the wire, one file per protobuf package. */
export const PROTO_DIR = path.dirname(fileURLToPath(import.meta.url));

/** Field names as written (`Ref`, `FrontendAttrs`: what BuildKit's .proto files use and what we look up), and `//`
 * comments kept, so that the generated TypeScript can carry them. */
const PARSE_OPTIONS: protobuf.IParseOptions = { keepCase: true, alternateCommentMode: true };

/** The `.proto` files of `dir`, sorted. */
export function protoFiles(dir = PROTO_DIR): string[] {
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.proto'))
    .sort()
    .map((name) => path.join(dir, name));
}

/** A root with every definition of `files` (and of the files they import), resolved. */
export function loadProtoFiles(files: readonly string[] = protoFiles()): protobuf.Root {
  const root = new protobuf.Root();
  root.loadSync([...files], PARSE_OPTIONS);
  root.resolveAll();
  return root;
}

/** Adds the definitions of one `.proto` text to `into` (e.g. the registry's root), field names as written. */
export function defineProto(source: string, into: protobuf.Root): void {
  protobuf.parse(source, into, PARSE_OPTIONS);
}
