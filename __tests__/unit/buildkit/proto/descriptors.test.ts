/**
 * The registry is built from generated descriptors (src/buildkit/proto/descriptors.ts), not from the .proto files:
 * the descriptors must be those of the files, and must encode exactly as the parsed files would. The generated
 * TypeScript (`*.pb.ts`) must be that of the files too.
 */
import * as fs from 'node:fs';
import type protobuf from 'protobufjs';
import { describe, expect, test } from 'vitest';
import { DESCRIPTORS_FILE, generatedFiles, leftoverFiles, renderDescriptors } from '../../../../scripts/gen-proto.js';
import { loadProtoFiles } from '../../../../src/buildkit/proto/define.js';
import { loadRoot } from '../../../../src/buildkit/proto/registry.js';

type Reflected = protobuf.ReflectionObject & { nestedArray?: protobuf.ReflectionObject[] };

/** Everything about a definition that decides the bytes on the wire, keyed by full name. */
function wireShape(ns: Reflected, out: Record<string, unknown> = {}): Record<string, unknown> {
  for (const obj of ns.nestedArray ?? []) {
    const o = obj as Reflected & Partial<protobuf.Type & protobuf.Enum & protobuf.Service>;
    if (o.fieldsArray) {
      out[o.fullName] = o.fieldsArray.map((f) => {
        f.resolve();
        return {
          name: f.name,
          id: f.id,
          type: f.resolvedType ? f.resolvedType.fullName : f.type,
          repeated: f.repeated,
          map: f.map,
          keyType: (f as { keyType?: string }).keyType,
          packed: f.packed,
          optional: f.optional,
          oneof: f.partOf?.name,
        };
      });
    } else if (o.values) {
      out[o.fullName] = o.values;
    } else if (o.methodsArray) {
      out[o.fullName] = o.methodsArray.map((m) => {
        m.resolve();
        return [
          m.name,
          m.resolvedRequestType?.fullName,
          m.resolvedResponseType?.fullName,
          !!m.requestStream,
          !!m.responseStream,
        ];
      });
    }
    wireShape(o, out);
  }
  return out;
}

describe('generated proto descriptors', () => {
  test('descriptors.ts is generated from the current .proto files (run `npm run gen:proto`)', () => {
    expect(fs.readFileSync(DESCRIPTORS_FILE, 'utf8')).toBe(renderDescriptors());
  });

  test('every *.pb.ts is generated from the current .proto files, and none is left over (run `npm run gen:proto`)', () => {
    const generated = generatedFiles();
    expect(generated.size).toBeGreaterThan(15);
    for (const [file, text] of generated) expect(fs.readFileSync(file, 'utf8'), file).toBe(text);
    expect(leftoverFiles(generated)).toEqual([]);
  });

  test('the registry has exactly the definitions of the parsed files, with the same wire shape', () => {
    const parsed = loadProtoFiles();
    const want = wireShape(parsed);
    expect(Object.keys(want).length).toBeGreaterThan(50);
    // resolved on first use, as at run time: encoding one message resolves the features of all
    const root = loadRoot();
    root.lookupType('google.protobuf.Empty').encode({});
    expect(wireShape(root)).toEqual(want);
  });

  test('encodes a message byte for byte as the parsed files do', () => {
    const parsed = loadProtoFiles();
    const root = loadRoot();
    const value = {
      Ref: 'r1',
      Definition: Buffer.from([1, 2, 3]),
      FrontendAttrs: { a: 'b' },
      Cache: { Exports: [{ Type: 'gha', Attrs: { mode: 'max' } }] },
      Exporters: [{ Type: 'image', Attrs: { push: 'true' } }],
      Entitlements: ['network.host'],
    };
    const encode = (r: protobuf.Root, name: string, v: object) => {
      const t = r.lookupType(name);
      return Buffer.from(t.encode(t.fromObject(v)).finish());
    };
    expect(encode(root, 'moby.buildkit.v1.SolveRequest', value)).toEqual(
      encode(parsed, 'moby.buildkit.v1.SolveRequest', value),
    );
    const stat = {
      type: 0,
      stat: { path: 'a/b', mode: 0o644, size: '12', modTime: '1700000000000000000', xattrs: { x: Buffer.from('y') } },
      ID: 7,
    };
    expect(encode(root, 'fsutil.types.Packet', stat)).toEqual(encode(parsed, 'fsutil.types.Packet', stat));
  });
});
