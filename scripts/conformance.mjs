#!/usr/bin/env node
// `npm run conformance`: bakekit's `--print` against the two corpora in ../shared/conformance (buildx's own bake tests
// and docs, and real-world setups), which the project never commits (data from public repositories). Each case runs
// the built CLI (dist/cli/index.js) in the case directory with only PATH, HOME and the case's `env`, and passes when
// the JSON equals buildx's (key order aside, group `targets` as sets, the keys a case lists in `unordered` as sets),
// or when both fail. Prints the failures and a score per corpus; exits 1 if any case fails.
//   npm run conformance [-- --dir PATH] [-- --src] [-- CASE-NAME-SUBSTRING...]
// --src runs the TypeScript sources through tsx instead of dist/ (slower; no build needed while working).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const dirAt = argv.indexOf('--dir');
const base = dirAt >= 0 ? path.resolve(argv[dirAt + 1]) : path.resolve(root, '..', 'shared', 'conformance');
const fromSource = argv.includes('--src');
const filters = argv.filter((a, i) => a !== '--dir' && a !== '--src' && (dirAt < 0 || i !== dirAt + 1));
const cli = fromSource
  ? ['--import', import.meta.resolve('tsx'), path.join(root, 'src', 'cli', 'index.ts')]
  : [path.join(root, 'dist', 'cli', 'index.js')];
if (!fs.existsSync(base)) {
  console.error(`no corpus at ${base} (it is not part of the project; see ../shared/conformance)`);
  process.exit(2);
}

/** POSIX-shell words of one line (single and double quotes, backslashes); no expansion. */
function shellWords(line) {
  const out = [];
  let cur = '';
  let has = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === "'") {
      const end = line.indexOf("'", i + 1);
      cur += line.slice(i + 1, end < 0 ? line.length : end);
      i = end < 0 ? line.length : end;
      has = true;
    } else if (c === '"') {
      i++;
      for (; i < line.length && line[i] !== '"'; i++) {
        if (line[i] === '\\' && i + 1 < line.length && '"\\$`'.includes(line[i + 1])) i++;
        cur += line[i];
      }
      has = true;
    } else if (c === '\\' && i + 1 < line.length) {
      cur += line[++i];
      has = true;
    } else if (/\s/.test(c)) {
      if (has) out.push(cur);
      cur = '';
      has = false;
    } else {
      cur += c;
      has = true;
    }
  }
  if (has) out.push(cur);
  return out;
}

/** `value` with object keys sorted, group targets sorted, and arrays under an `unordered` key sorted. */
function canonical(value, unordered, key = '', parent = '') {
  if (Array.isArray(value)) {
    const items = value.map((v) => canonical(v, unordered, '', key));
    const asSet = (key === 'targets' && parent !== 'target') || unordered.has(key);
    return asSet ? items.sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1)) : items;
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, canonical(value[k], unordered, k, key)]),
    );
  }
  return value;
}

function readIf(file) {
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
}

function runCase(corpus, dir) {
  const substitute = (s) => s.replaceAll('@CASEDIR@', dir);
  const argsLine = (readIf(path.join(dir, 'args')) ?? '').split('\n')[0];
  const args = (corpus === 'realworld' ? argsLine.split(/\s+/).filter(Boolean) : shellWords(argsLine)).map(substitute);
  const env = { PATH: process.env.PATH, HOME: fs.mkdtempSync('/tmp/conformance-home-') };
  for (const line of (readIf(path.join(dir, 'env')) ?? '').split('\n')) {
    const eq = line.indexOf('=');
    if (eq > 0) env[line.slice(0, eq)] = substitute(line.slice(eq + 1));
  }
  const r = spawnSync(process.execPath, [...cli, '--print', ...args], {
    cwd: dir,
    env,
    encoding: 'utf8',
    timeout: 60_000,
  });
  fs.rmSync(env.HOME, { recursive: true, force: true });
  const unordered = new Set((readIf(path.join(dir, 'unordered')) ?? '').split(/\s+/).filter(Boolean));
  const answers = [
    ['expected.rc', 'expected.json'],
    ['expected-alt.rc', 'expected-alt.json'],
  ]
    .filter(([rc]) => fs.existsSync(path.join(dir, rc)))
    .map(([rc, json]) => ({ rc: Number(readIf(path.join(dir, rc)).trim()), json: readIf(path.join(dir, json)) }));
  const got = r.status ?? 1;
  for (const a of answers) {
    if (a.rc !== 0) {
      if (got !== 0) return { ok: true };
      continue;
    }
    if (got !== 0) continue;
    // an answer with an exit code and no JSON (output that holds today's date, say) accepts any definition
    if (a.json === undefined) return { ok: true };
    try {
      const want = canonical(JSON.parse(substitute(a.json)), unordered);
      const have = canonical(JSON.parse(r.stdout), unordered);
      if (JSON.stringify(want) === JSON.stringify(have)) return { ok: true };
    } catch {
      // not JSON: a failure below
    }
  }
  const wantRc = answers.map((a) => a.rc).join(' or ');
  return {
    ok: false,
    why:
      got !== 0 && answers.some((a) => a.rc === 0)
        ? `exit ${got} (buildx ${wantRc}): ${r.stderr.trim().split('\n').slice(-1)[0]}`
        : got === 0 && answers.every((a) => a.rc !== 0)
          ? `succeeded where buildx fails`
          : 'printed JSON differs',
  };
}

let failed = 0;
for (const corpus of ['buildx-suite', 'realworld']) {
  const dirs = fs
    .readdirSync(path.join(base, corpus), { withFileTypes: true })
    .filter((e) => e.isDirectory() && (!filters.length || filters.some((f) => e.name.includes(f))))
    .map((e) => e.name)
    .sort();
  let pass = 0;
  for (const name of dirs) {
    const res = runCase(corpus, path.join(base, corpus, name));
    if (res.ok) pass++;
    else console.log(`FAIL ${corpus}/${name}: ${res.why}`);
  }
  failed += dirs.length - pass;
  console.log(`${corpus}: ${pass}/${dirs.length} pass`);
}
process.exit(failed ? 1 : 0);
