#!/usr/bin/env node
// `npm run example`: brings the local test host up if needed, builds the CLI bundle if it is missing, and runs
// the example bake in examples/hello against the standalone buildkitd (or BAKEKIT_BUILDER), printing the result.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureTestHost } from './ensure-test-host.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'dist', 'cli', 'index.js');
const example = path.join(root, 'examples', 'hello');
const builder = process.env.BAKEKIT_BUILDER ?? 'unix:///run/buildkit/buildkitd.sock';

ensureTestHost({ legacy: false });
if (!fs.existsSync(cli))
  execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' });
fs.rmSync(path.join(example, 'out'), { recursive: true, force: true });
execFileSync(process.execPath, [cli, '--builder', builder, '--metadata-file', 'out/metadata.json'], {
  cwd: example,
  stdio: 'inherit',
  env: { ...process.env, EXAMPLE_TOKEN: process.env.EXAMPLE_TOKEN ?? 'not-a-real-token' },
});
for (const platform of ['linux_amd64', 'linux_386']) {
  const dir = path.join(example, 'out', platform);
  const read = (f) => fs.readFileSync(path.join(dir, f), 'utf8').trim();
  console.log(
    `${platform}: ${read('base.txt')} | greeting: ${read('greeting.txt')} | secret length: ${read('token-length.txt')}`,
  );
}
