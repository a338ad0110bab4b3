/**
 * A directory of a remote bake definition's repository as a build context, as buildx sends it (bake/bake.go
 * updateContext): not the directory's URL, but the LLB state
 * `llb.Scratch().File(llb.Copy(gitState, PATH, "/", &llb.CopyInfo{CopyDirContentsOnly: true}),
 * llb.WithCustomNamef("set context [NAME ]to PATH"))`, where gitState is the git source the definition was read from
 * (the same op: git-source.ts addGitSource). plan.ts sends it as a frontend input: `context` and
 * `dockerfile` for the main context (build/opt.go loadInputs, a ContextState), NAME for a named context
 * (`context:NAME=input:NAME`).
 *
 * The copy action as llb marshals it (client/llb/fileop.go): from the git source (the op's input 0, its secondary
 * input) onto scratch (-1), `src` the path made absolute and clean, `dest` `/`, the source's mode and times (-1), the
 * directory's contents rather than the directory; nothing else set. Its op records the cap `file.base`.
 */
import { cleanPath } from '../../bake/go-path.js';
import { LlbDefinition } from '../../buildkit/llb.js';
import { addGitSource, gitSource } from './git-source.js';

/**
 * The marshalled definition of the copy of `dir` (as the bake file gives it) out of the remote definition `url`:
 * the main context's (`name` undefined) or the named context `name`'s.
 */
export function definitionCopy(url: string, dir: string, name?: string): Buffer {
  const b = new LlbDefinition();
  const git = addGitSource(b, gitSource(url), url);
  const copy = b.addCopy(
    git,
    { src: cleanPath(`/${dir}`), dest: '/', dirCopyContents: true },
    {
      description: { 'llb.customname': name === undefined ? `set context to ${dir}` : `set context ${name} to ${dir}` },
    },
  );
  return b.marshal(copy);
}
