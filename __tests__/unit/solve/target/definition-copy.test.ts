/**
 * A remote definition's directory as a context (src/solve/target/definition-copy.ts): the definition buildx's
 * updateContext makes, byte for byte. The expected ops and metadata were marshalled by llb itself (buildx v0.36.1's
 * vendored BuildKit v0.32.2: `llb.Scratch().File(llb.Copy(gitState, PATH, "/", &llb.CopyInfo{CopyDirContentsOnly:
 * true}), llb.WithCustomNamef(…)).Marshal`, gitState from dockerui.DetectGitContext as bake/remote.go reads it).
 */
import * as crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decodeMessage } from '../../../../src/buildkit/proto/registry.js';
import { definitionCopy } from '../../../../src/solve/target/definition-copy.js';

function parts(def: Buffer) {
  const d = decodeMessage<{ def: Uint8Array[]; metadata: Record<string, Record<string, unknown>> }>(
    'pb.Definition',
    def,
  );
  const ops = d.def.map((op) => Buffer.from(op).toString('hex'));
  // decoded metadata has every map, empty or not: compare what is set
  const metadata = Object.fromEntries(
    Object.entries(d.metadata).map(([k, md]) => [
      k,
      Object.fromEntries(Object.entries(md).filter(([, v]) => Object.keys(v as object).length > 0)),
    ]),
  );
  return { ops, metadata };
}

const digest = (hex: string) => `sha256:${crypto.createHash('sha256').update(Buffer.from(hex, 'hex')).digest('hex')}`;

describe('definitionCopy: the copy of a directory of a remote definition, as llb marshals it', () => {
  it('the context: `set context to DIR`, the git source the definition was read from as its input', () => {
    const { ops, metadata } = parts(definitionCopy('http://127.0.0.1:1234/owner/repo.git#main', 'sub'));
    expect(ops).toEqual([
      '5a001aaf010a286769743a2f2f3132372e302e302e313a313233342f6f776e65722f7265706f2e676974236d61696e12270a146769742e61757468686561646572736563726574120f4749545f415554485f48454144455212250a136769742e61757468746f6b656e736563726574120e4749545f415554485f544f4b454e12330a0b6769742e66756c6c75726c1224687474703a2f2f3132372e302e302e313a313233342f6f776e65722f7265706f2e676974',
      '0a490a477368613235363a343830653630646162363938396633313236396132373939393335386265356431353837303731393132653765313362666636356166613933663663613339645a002230122e08ffffffffffffffffff0122210a042f73756212012f20ffffffffffffffffff01300158ffffffffffffffffff01',
      '0a490a477368613235363a37373664343762613665383536653865313937363330663764613036633061363036333264663235336231636633363637663966356231663734643637316661',
    ]);
    expect(ops.map(digest)).toEqual([
      'sha256:480e60dab6989f31269a27999358be5d1587071912e7e13bff65afa93f6ca39d',
      'sha256:776d47ba6e856e8e197630f7da06c0a60632df253b1cf3667f9f5b1f74d671fa',
      'sha256:8902fd65266029f65a0dde5d317edb2496a97458d5e33e70e24fc7ae02ce2a53',
    ]);
    expect(metadata).toEqual({
      'sha256:480e60dab6989f31269a27999358be5d1587071912e7e13bff65afa93f6ca39d': {
        description: { 'llb.customname': '[internal] load git source http://127.0.0.1:1234/owner/repo.git#main' },
        caps: { 'source.git': true, 'source.git.fullurl': true },
      },
      'sha256:776d47ba6e856e8e197630f7da06c0a60632df253b1cf3667f9f5b1f74d671fa': {
        description: { 'llb.customname': 'set context to sub' },
        caps: { 'file.base': true },
      },
      'sha256:8902fd65266029f65a0dde5d317edb2496a97458d5e33e70e24fc7ae02ce2a53': {
        caps: { constraints: true, 'meta.description': true, platform: true },
      },
    });
  });

  it('a named context: `set context NAME to DIR` with DIR as written, the source path clean and absolute', () => {
    const { ops, metadata } = parts(definitionCopy('https://github.com/octo/app.git#v1:deploy', './docs/', 'docs'));
    expect(ops).toEqual([
      '5a001aa9010a276769743a2f2f6769746875622e636f6d2f6f63746f2f6170702e6769742376313a6465706c6f7912270a146769742e61757468686561646572736563726574120f4749545f415554485f48454144455212250a136769742e61757468746f6b656e736563726574120e4749545f415554485f544f4b454e122e0a0b6769742e66756c6c75726c121f68747470733a2f2f6769746875622e636f6d2f6f63746f2f6170702e676974',
      '0a490a477368613235363a313331303965323132373733646364313365323730626531653836326162613661643436366236346135663864313034346432393935326337376239373330655a002231122f08ffffffffffffffffff0122220a052f646f637312012f20ffffffffffffffffff01300158ffffffffffffffffff01',
      '0a490a477368613235363a31373931626330363462346366376430366366396366646538303137663035316663313430613161363030346333313638326133633730393662326461353966',
    ]);
    expect(metadata['sha256:1791bc064b4cf7d06cf9cfde8017f051fc140a1a6004c31682a3c7096b2da59f']).toEqual({
      description: { 'llb.customname': 'set context docs to ./docs/' },
      caps: { 'file.base': true },
    });
    const copy = decodeMessage<{ file: { actions: Array<Record<string, unknown>> } }>(
      'pb.Op',
      Buffer.from(ops[1], 'hex'),
    );
    expect(copy.file.actions[0].copy).toMatchObject({ src: '/docs', dest: '/', dirCopyContents: true, mode: -1 });
  });
});
