#!/usr/bin/env node
// Fails when the committed dist/ differs from a fresh build: the action runs dist/, not src/.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bakekit-dist-'));
try {
  execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs'), '--out', tmp], { stdio: 'inherit' });
  const list = (dir) =>
    fs
      .readdirSync(dir, { recursive: true })
      .filter((f) => fs.statSync(path.join(dir, f)).isFile())
      .sort();
  const fresh = list(tmp);
  const committed = fs.existsSync(path.join(root, 'dist')) ? list(path.join(root, 'dist')) : [];
  const stale = [];
  for (const f of new Set([...fresh, ...committed])) {
    const a = path.join(tmp, f);
    const b = path.join(root, 'dist', f);
    if (!fs.existsSync(a) || !fs.existsSync(b) || !fs.readFileSync(a).equals(fs.readFileSync(b))) stale.push(f);
  }
  if (stale.length) {
    console.error(
      `dist/ is stale (differs from a fresh build): ${stale.join(', ')}\nRun \`npm run build\` and commit dist/.`,
    );
    process.exit(1);
  }
  console.error('dist/ matches a fresh build');
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
