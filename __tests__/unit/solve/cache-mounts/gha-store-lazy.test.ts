/**
 * @actions/cache (and the Azure SDK behind it) is loaded only when a cache mount is restored or saved through the
 * GitHub Actions cache: importing the store, constructing it and asking whether the cache service is there load
 * nothing of it. Measured in a fresh Node process with a module resolution hook that records every module resolved.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../../..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gha-store-lazy-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Runs `body` (ES module code with `store`: the gha-store module) and returns every module URL it resolved. */
function resolvedModules(body: string, env: Record<string, string> = {}): string[] {
  const log = path.join(dir, `resolved-${Math.random().toString(16).slice(2)}.txt`);
  const hooks = path.join(dir, 'hooks.mjs');
  fs.writeFileSync(
    hooks,
    `import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const r = await next(specifier, context);
  appendFileSync(process.env.RESOLVE_LOG, r.url + '\\n');
  return r;
}
`,
  );
  const register = path.join(dir, 'register.mjs');
  fs.writeFileSync(
    register,
    `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`,
  );
  const main = path.join(dir, `main-${Math.random().toString(16).slice(2)}.mjs`);
  const storeUrl = pathToFileURL(path.join(ROOT, 'src/solve/cache-mounts/gha-store.ts')).href;
  fs.writeFileSync(main, `const store = await import(${JSON.stringify(storeUrl)});\n${body}\n`);
  execFileSync(process.execPath, ['--import', 'tsx', '--import', register, main], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, RESOLVE_LOG: log, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  return fs.readFileSync(log, 'utf8').split('\n').filter(Boolean);
}

describe('GhaCacheStore loads @actions/cache lazily', { timeout: 60_000 }, () => {
  it('not when imported, constructed, or asked whether the service is available', () => {
    const urls = resolvedModules(
      `const s = new store.GhaCacheStore({ stagingRoot: ${JSON.stringify(dir)} });\n` +
        `store.isGhaCacheAvailable(process.env); void s.description;`,
    );
    expect(urls.some((u) => u.includes('gha-store.ts'))).toBe(true);
    expect(urls.filter((u) => u.includes('/@actions/') || u.includes('/@azure/'))).toEqual([]);
  });

  it('when a restore runs (the measurement sees it)', () => {
    const urls = resolvedModules(
      `const s = new store.GhaCacheStore({ stagingRoot: ${JSON.stringify(dir)} });\n` +
        `await s.restore(${JSON.stringify(path.join(dir, 'x'))}, 'k', []).catch(() => undefined);`,
      // @actions/cache then skips the restore at once, talking to no service
      { ACTIONS_CACHE_MODE: 'none' },
    );
    expect(urls.some((u) => u.includes('/@actions/cache/'))).toBe(true);
  });
});
