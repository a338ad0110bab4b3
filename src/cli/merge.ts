/**
 * `bakekit merge [OPTIONS] [TARGET...]` (also `bakekit --merge …`): the second half of a distributed multi-platform
 * build. Each build job pushed its platform by digest and wrote its metadata; this reads those metadata files and
 * pushes, per target, one multi-platform index under the target's tags — through the registry API, no buildx.
 */
import { parseArgs } from 'node:util';
import { writeMetadataFile } from '../solve/run/bake.js';
import { runMergeCommand } from '../solve/images/merge-command.js';
import { usageError } from './usage.js';

export const MERGE_USAGE = `Usage: bakekit merge [OPTIONS] [TARGET...]

Merge the per-platform images that several build jobs pushed by digest into one multi-platform index per target,
pushed under the target's tags. Registry credentials come from the Docker config (DOCKER_CONFIG or ~/.docker).

Options:
      --from PATH          a build job's metadata file (--metadata-file), a directory of them, or the metadata JSON
                           itself (repeatable; required)
  -f, --file FILE          bake file with the targets' tags (repeatable; default: docker-bake.hcl/json, compose files)
      --set K=V            override a target attribute, e.g. app.tags=reg/app:1 (repeatable)
      --metadata-file F    write the result (digest, descriptor, image names per target) as JSON
  -h, --help               this help

Without a bake definition the tags come from the jobs' image names.
`;

export async function mergeMain(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        from: { type: 'string', multiple: true },
        file: { type: 'string', short: 'f', multiple: true },
        set: { type: 'string', multiple: true },
        'metadata-file': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    process.stderr.write(usageError('bakekit merge', (err as Error).message, MERGE_USAGE));
    return 2;
  }
  const v = parsed.values;
  if (v.help) {
    process.stdout.write(MERGE_USAGE);
    return 0;
  }
  const controller = new AbortController();
  const onSignal = (sig: NodeJS.Signals) => controller.abort(new Error(`cancelled by ${sig}`));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const cwd = process.cwd();
    const metadata = await runMergeCommand({
      files: v.file ?? [],
      set: v.set ?? [],
      targets: parsed.positionals,
      from: v.from ?? [],
      cwd,
      env: process.env,
      signal: controller.signal,
      log: (line) => process.stderr.write(line + '\n'),
    });
    writeMetadataFile({ cwd, metadataFile: v['metadata-file'] }, metadata);
    return 0;
  } catch (err) {
    process.stderr.write(`ERROR: ${(err as Error).message}\n`);
    return 1;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
