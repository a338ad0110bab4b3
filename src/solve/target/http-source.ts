/**
 * An HTTP URL as an LLB source, as dockerui DetectHTTPContext makes it (llb.HTTP with the file named `context`): what
 * a remote bake definition that is no Git repository is read from (run/remote-definition.ts), and, copied out with
 * unpacking as buildx does, the context a remote context's policy file is looked for in (run/remote-policy.ts).
 * Pure: LLB bytes only.
 */
import { LlbDefinition } from '../../buildkit/llb.js';

/** The name of the downloaded file in the source's result. */
export const HTTP_FILENAME = 'context';

function addHttpSource(b: LlbDefinition, url: string): string {
  return b.add(
    { source: { identifier: url, attrs: { 'http.filename': HTTP_FILENAME } } },
    { description: { 'llb.customname': '[internal] load remote build context' }, caps: { 'source.http': true } },
  );
}

/** The download alone: one file, `context`. */
export function httpDefinition(url: string): Buffer {
  const b = new LlbDefinition();
  return b.marshal(addHttpSource(b, url));
}

/** The download copied to `/` with unpacking (buildx: llb.Copy(st, "context", "/", AttemptUnpack)): an archive's
 * files, or the one file `context`. */
export function httpUnpackedDefinition(url: string): Buffer {
  const b = new LlbDefinition();
  const http = addHttpSource(b, url);
  const copy = b.addCopy(http, { src: `/${HTTP_FILENAME}`, dest: '/', attemptUnpackDockerCompatibility: true });
  return b.marshal(copy);
}
