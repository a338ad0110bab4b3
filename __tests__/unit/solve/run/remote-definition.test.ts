/** The definition a remote bake definition is read with (src/solve/run/remote-definition.ts gitDefinition). */
import * as crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decodeMessage } from '../../../../src/buildkit/proto/registry.js';
import { gitDefinition, gitSource } from '../../../../src/solve/run/remote-definition.js';

function decode(def: Buffer) {
  const d = decodeMessage<{ def: Uint8Array[]; metadata: Record<string, Record<string, unknown>> }>(
    'pb.Definition',
    def,
  );
  return d.def.map((op) => ({
    op: decodeMessage<Record<string, unknown>>('pb.Op', op),
    metadata: d.metadata[`sha256:${crypto.createHash('sha256').update(op).digest('hex')}`],
  }));
}

describe('gitDefinition: the git source buildx reads a remote definition from (dockerui DetectGitContext, llb)', () => {
  it('names the source after the URL as given, with the caps llb.Git and Marshal record', () => {
    const url = 'http://127.0.0.1:8080/owner/repo.git#main';
    const [source, terminal] = decode(gitDefinition(gitSource(url), url));
    expect(source.op.source).toEqual({
      identifier: 'git://127.0.0.1:8080/owner/repo.git#main',
      attrs: {
        'git.fullurl': 'http://127.0.0.1:8080/owner/repo.git',
        'git.authtokensecret': 'GIT_AUTH_TOKEN',
        'git.authheadersecret': 'GIT_AUTH_HEADER',
      },
    });
    expect(source.metadata).toEqual({
      description: { 'llb.customname': `[internal] load git source ${url}` },
      caps: { 'source.git': true, 'source.git.fullurl': true },
    });
    expect(terminal.metadata.caps).toEqual({ constraints: true, platform: true, 'meta.description': true });
  });

  it("leaves a URL's user information out of the name", () => {
    const url = 'https://x-access-token:secret@github.com/o/r.git';
    const [source] = decode(gitDefinition(gitSource(url), url));
    expect((source.metadata.description as Record<string, string>)['llb.customname']).toBe(
      '[internal] load git source https://github.com/o/r.git',
    );
  });
});
