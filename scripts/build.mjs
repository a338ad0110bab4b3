#!/usr/bin/env node
// Typecheck, compile src/ to lib/, then bundle one ncc entry per action step and for the CLI into dist/ (each entry
// with the chunk files its dynamic imports load, see ncc.mjs).
// `--out DIR` writes the bundles elsewhere (the dist freshness check compares such a build with dist/).
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { finishBundle, nccArgs } from './ncc.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outIdx = process.argv.indexOf('--out');
const out = outIdx > 0 ? path.resolve(process.argv[outIdx + 1]) : path.join(root, 'dist');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });

// The registry loads generated protobuf descriptors (src/buildkit/proto/descriptors.ts): never bundle stale ones.
run(bin('tsx'), ['scripts/gen-proto.ts', '--check']);
fs.rmSync(path.join(root, 'lib'), { recursive: true, force: true });
run(bin('tsc'), ['-p', 'tsconfig.build.json']);
const entries = { main: 'lib/action/index.js', post: 'lib/action/post.js', cli: 'lib/cli/index.js' };
for (const [name, entry] of Object.entries(entries)) {
  const dest = path.join(out, name);
  fs.rmSync(dest, { recursive: true, force: true });
  run(bin('ncc'), nccArgs(entry, dest, ['--license', 'licenses.txt']));
  finishBundle(dest);
}
// The CLI bundle is also the package's bin: make it executable with a node shebang.
const cli = path.join(out, 'cli', 'index.js');
const src = fs.readFileSync(cli, 'utf8');
if (!src.startsWith('#!')) fs.writeFileSync(cli, `#!/usr/bin/env node\n${src}`);
fs.chmodSync(cli, 0o755);
