/**
 * `bakekit [targets...] [-f FILE]... [--set K=V]... [--print] [--builder ENDPOINT] [--metadata-file F]`
 * A thin shell: parse argv into options, call the core, render events, set the exit code.
 */
import { parseArgs } from 'node:util';
import { renderPrint } from '../bake/index.js';
import { resolveDefinition, runBake, type BakeRunOptions } from '../build/bake.js';
import { createPlainRenderer } from '../build/render-plain.js';

const USAGE = `Usage: bakekit [OPTIONS] [TARGET...]

Build bake targets by talking to BuildKit directly.

Options:
  -f, --file FILE          bake file (repeatable; default: docker-bake.hcl/json, compose files)
      --set K=V            override a target attribute, e.g. app.args.X=1, *.platform=linux/amd64 (repeatable)
      --print              print the resolved definition as JSON (like docker buildx bake --print) and exit
      --builder ENDPOINT   unix://PATH, tcp://HOST:PORT, docker://, docker-container://NAME or a buildx builder name
      --tlscacert FILE     CA certificate for tcp:// (also --tlscert, --tlskey)
      --push               shorthand for --set=*.output=type=registry
      --load               shorthand for --set=*.output=type=docker
      --no-cache           do not use cache
      --pull               always pull referenced images
      --metadata-file F    write build results (digests, image names) as JSON, in buildx's format
      --progress MODE      plain (default) or quiet
  -h, --help               this help
`;

export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        file: { type: 'string', short: 'f', multiple: true },
        set: { type: 'string', multiple: true },
        print: { type: 'boolean' },
        builder: { type: 'string' },
        tlscacert: { type: 'string' },
        tlscert: { type: 'string' },
        tlskey: { type: 'string' },
        push: { type: 'boolean' },
        load: { type: 'boolean' },
        'no-cache': { type: 'boolean' },
        pull: { type: 'boolean' },
        'metadata-file': { type: 'string' },
        progress: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    process.stderr.write(`bakekit: ${(err as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const v = parsed.values;
  if (v.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const controller = new AbortController();
  const onSignal = (sig: NodeJS.Signals) => {
    process.stderr.write(`\nbakekit: ${sig}: cancelling the build\n`);
    controller.abort(new Error(`cancelled by ${sig}`));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const opts: BakeRunOptions = {
    files: v.file ?? [],
    targets: parsed.positionals,
    set: v.set ?? [],
    cwd: process.cwd(),
    env: process.env,
    builder: v.builder,
    tls: v.tlscacert || v.tlscert || v.tlskey ? { caCert: v.tlscacert, cert: v.tlscert, key: v.tlskey } : undefined,
    push: v.push,
    load: v.load,
    noCache: v['no-cache'],
    pull: v.pull,
    metadataFile: v['metadata-file'],
    signal: controller.signal,
  };
  try {
    if (v.print) {
      process.stdout.write(renderPrint(resolveDefinition(opts)));
      return 0;
    }
    const renderer = createPlainRenderer((line) => process.stderr.write(line + '\n'), { quiet: v.progress === 'quiet' });
    opts.onEvent = renderer.onEvent;
    const result = await runBake(opts);
    renderer.finish(result);
    return result.ok ? 0 : 1;
  } catch (err) {
    process.stderr.write(`ERROR: ${(err as Error).message}\n`);
    return 1;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
