/**
 * The action's inputs: each one's list rule as docker/bake-action v7 (src/context.ts getInputs) or, for inputs bake-action
 * does not have, docker/build-push-action (src/context.ts) reads it; and secrets that never reach the log unmasked.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { provenanceInput, readInputs, withBuilderId } from '../../../src/action/inputs.js';

const RUN = 'https://github.com/o/r/actions/runs/7/attempts/2';

function read(values: Record<string, string>, builderId?: string) {
  const write = process.stdout.write.bind(process.stdout);
  let out = '';
  process.stdout.write = (s: string) => {
    out += s;
    return true;
  };
  try {
    return { inputs: readInputs((name) => values[name] ?? '', { builderId }), out };
  } finally {
    process.stdout.write = write;
  }
}

/** The log a runner would show: `::add-mask::` lines are consumed by the runner; masks hide what they name. */
function masks(out: string): string[] {
  return out
    .split('\n')
    .filter((l) => l.startsWith('::add-mask::'))
    .map((l) => l.slice('::add-mask::'.length).replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%'));
}
function visible(out: string): string {
  return out
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
}

/** Runs readInputs as the action does and returns its log, masks and error (the message main.ts prints). */
function attempt(values: Record<string, string>) {
  let out = '';
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = (s: string) => {
    out += s;
    return true;
  };
  let error: Error | undefined;
  let inputs;
  try {
    inputs = readInputs((name) => values[name] ?? '');
  } catch (err) {
    error = err as Error;
  } finally {
    process.stdout.write = write;
  }
  return { out, masks: masks(out), log: visible(out) + (error ? `\n::error::${error.message}` : ''), error, inputs };
}

afterEach(() => {
  delete process.env.ACTIONS_RUNTIME_TOKEN;
});

describe('list inputs follow the docker actions', () => {
  it('files and targets: commas split, quotes honoured (getInputList)', () => {
    const { inputs } = read({ files: 'a.hcl,b.hcl\n"c.hcl"\n', targets: ' app,"web"\nlint' });
    expect(inputs.files).toEqual(['a.hcl', 'b.hcl', 'c.hcl']);
    expect(inputs.targets).toEqual(['app', 'web', 'lint']);
    // as csv-parse reads it: a quote after a space is an ordinary character
    expect(read({ targets: 'app, "web"' }).inputs.targets).toEqual(['app', '"web"']);
  });

  it('set: newline-only, a value keeps its commas and quotes (ignoreComma, quote: false)', () => {
    const { inputs } = read({
      set: '*.platform=linux/amd64,linux/arm64\n*.output=type=image,"name=a,b",push=true\n\n  app.args.X=1  \n',
    });
    expect(inputs.set).toEqual([
      '*.platform=linux/amd64,linux/arm64',
      '*.output=type=image,"name=a,b",push=true',
      'app.args.X=1',
    ]);
  });

  it('vars: NAME=VALUE per line, commas and quotes kept; a later one wins', () => {
    const { inputs } = read({ vars: 'GREETING=hello, world\nQUOTED="x"\nEMPTY=\nGREETING=hi, there' });
    expect(inputs.vars).toEqual({ GREETING: 'hi, there', QUOTED: '"x"', EMPTY: '' });
    expect(Object.getPrototypeOf(inputs.vars)).toBeNull();
    expect(read({}).inputs.vars).toBeUndefined();
    expect(() => read({ vars: 'NOEQUALS' })).toThrow('input vars: invalid variable "NOEQUALS", expected NAME=VALUE');
    expect(() => read({ vars: '=v' })).toThrow(/the name is empty/);
  });

  it('allow: a line at a time, quotes removed; commas split later as one buildx --allow', () => {
    const { inputs } = read({ allow: 'network.host\n"fs.read=../a,b"\nfs.write=/tmp,security.insecure\n' });
    expect(inputs.allow).toEqual(['network.host', 'fs.read=../a,b', 'fs.write=/tmp,security.insecure']);
  });

  it('ssh: one buildx --ssh entry per line, commas list key files; an id with a comma is refused', () => {
    expect(read({ ssh: 'default\ngithub=/k1,/k2\nagent=/run/agent.sock\n' }).inputs.ssh).toEqual([
      'default',
      'github=/k1,/k2',
      'agent=/run/agent.sock',
    ]);
    expect(() => read({ ssh: 'default\ndefault,other=/key' })).toThrow(/input ssh: line 2: one entry per line/);
  });

  it('call: passed as given (the runner parses it as buildx --call)', () => {
    expect(read({ call: ' outline ' }).inputs.call).toBe('outline');
    expect(read({ call: 'check,format=json' }).inputs.call).toBe('check,format=json');
    expect(read({}).inputs.call).toBeUndefined();
  });

  it('secret-envs split at commas (build-push-action getInputList), secret-files keep them (ignoreComma)', () => {
    const { inputs } = read({ 'secret-envs': 'a=ENV_A,b=ENV_B\nc=ENV_C', 'secret-files': 'k=dir/a,b.key\n"q=x y"' });
    expect(inputs.secretEnvs).toEqual([
      { id: 'a', env: 'ENV_A' },
      { id: 'b', env: 'ENV_B' },
      { id: 'c', env: 'ENV_C' },
    ]);
    expect(inputs.secretFiles).toEqual([
      { id: 'k', path: 'dir/a,b.key' },
      { id: 'q', path: 'x y' },
    ]);
  });

  it('nodes and merge-from stay one entry per line', () => {
    const { inputs } = read({ nodes: 'unix:///a.sock linux/amd64,linux/arm64\n', 'merge-from': 'a.json\nb.json' });
    expect(inputs.nodes).toEqual(['unix:///a.sock linux/amd64,linux/arm64']);
    expect(inputs.mergeFrom).toEqual(['a.json', 'b.json']);
  });

  it('source is kept as given (resolved by source.ts)', () => {
    expect(read({ source: ' {{defaultContext}}:sub ' }).inputs.source).toBe('{{defaultContext}}:sub');
  });
});

describe('provenance and sbom inputs as bake-action passes them (--provenance, --sbom)', () => {
  it('provenance: empty is the default; booleans; attributes get the run builder-id (Build.getProvenanceInput)', () => {
    expect(provenanceInput('', RUN)).toBeUndefined();
    expect(provenanceInput('false', RUN)).toBe('false');
    expect(provenanceInput('FALSE', RUN)).toBe('false');
    expect(provenanceInput('true', RUN)).toBe(`builder-id=${RUN}`);
    expect(provenanceInput('True', undefined)).toBe('true');
    expect(provenanceInput('mode=max', RUN)).toBe(`mode=max,builder-id=${RUN}`);
    expect(provenanceInput('mode=max,builder-id=me', RUN)).toBe('mode=max,builder-id=me');
    expect(provenanceInput('mode=max', undefined)).toBe('mode=max');
    expect(withBuilderId('', RUN)).toBe(`builder-id=${RUN}`);
    expect(read({ provenance: 'mode=min' }, RUN).inputs.provenance).toBe(`mode=min,builder-id=${RUN}`);
    expect(read({}, RUN).inputs.provenance).toBeUndefined();
  });

  it('sbom: as given', () => {
    expect(read({ sbom: 'true' }).inputs.sbom).toBe('true');
    expect(read({ sbom: 'generator=x/y' }).inputs.sbom).toBe('generator=x/y');
    expect(read({}).inputs.sbom).toBeUndefined();
  });
});

describe('secrets never reach the log', () => {
  const TOKEN = 'ghp_0123456789abcdefSECRETTOKEN';
  const PEM = [
    '-----BEGIN OPENSSH PRIVATE KEY-----',
    'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW',
    'QyNTUxOQAAACBxJ0dXJtbGluZXN0aGF0aXNzZWNyZXRwYXJ0MDEyMzQ1Njc4OQ==',
    '-----END OPENSSH PRIVATE KEY-----',
  ];

  it('a line without id= is named by its number and was masked before', () => {
    const r = attempt({ secrets: `npm=ok-value-1\n${TOKEN}\n` });
    expect(r.error?.message).toBe('input secrets: line 2 is not ID=VALUE (its content is masked and not shown)');
    expect(r.masks).toContain(TOKEN);
    expect(r.log).not.toContain(TOKEN);
    expect(r.log).not.toContain('ok-value-1');
    // the mask came before anything else was written
    expect(r.out.indexOf(`::add-mask::${TOKEN}`)).toBe(
      r.out.indexOf('::add-mask::npm=ok-value-1') + '::add-mask::npm=ok-value-1\n'.length,
    );
  });

  it('an unquoted multi-line value fails on its second line, every line masked, none shown', () => {
    const r = attempt({ secrets: `key=${PEM.join('\n')}` });
    expect(r.error?.message).toMatch(/^input secrets: line 2 is not ID=VALUE/);
    for (const line of PEM) {
      expect(r.masks.some((m) => m.includes(line))).toBe(true);
      expect(r.log).not.toContain(line);
    }
  });

  it('a quoted multi-line value is one secret, each of its lines masked (build-push-action)', () => {
    const r = attempt({ secrets: `"sshkey=${PEM.join('\n')}\n"\ntoken=${TOKEN}   \n` });
    expect(r.error).toBeUndefined();
    expect(r.inputs!.secrets).toEqual([
      { id: 'sshkey', value: `${PEM.join('\n')}\n` },
      { id: 'token', value: `${TOKEN}   ` }, // trailing whitespace kept (trimWhitespace: false, build-push-action#1538)
    ]);
    for (const line of PEM) expect(r.masks).toContain(line);
    expect(r.masks).toContain(`${TOKEN}   `);
    expect(r.log).not.toContain(TOKEN);
    for (const line of PEM) expect(r.log).not.toContain(line);
  });

  it('commas stay in a value; a value with quotes inside is kept', () => {
    const r = attempt({ secrets: 'a=x,y=z\nb=p"q' });
    expect(r.inputs!.secrets).toEqual([
      { id: 'a', value: 'x,y=z' },
      { id: 'b', value: 'p"q' },
    ]);
  });

  it('an empty id or value is refused by line number (Build.parseSecretKvp)', () => {
    for (const secrets of [`=${TOKEN}`, 'id=', `ok=1\n\n  \n=${TOKEN}`]) {
      const r = attempt({ secrets });
      expect(r.error?.message).toMatch(/^input secrets: line \d+ is not ID=VALUE/);
      expect(r.log).not.toContain(TOKEN);
    }
    expect(attempt({ secrets: `ok=1\n\n  \n=${TOKEN}` }).error?.message).toMatch(/line 4/);
  });

  it('an unclosed quote names a line, never the text', () => {
    const r = attempt({ secrets: `ok=1\n"token=${TOKEN}\nmore-secret-text` });
    expect(r.error?.message).toMatch(/^input secrets: a quoted value .* never closed/);
    expect(r.log).not.toContain(TOKEN);
    expect(r.log).not.toContain('more-secret-text');
  });

  it('secret-envs and secret-files lines are masked and bad ones named by number', () => {
    for (const name of ['secret-envs', 'secret-files']) {
      const r = attempt({ [name]: `a=OK\n${TOKEN}` });
      expect(r.error?.message).toBe(`input ${name}: line 2 is not ID=VALUE (its content is masked and not shown)`);
      expect(r.masks).toContain(TOKEN);
      expect(r.log).not.toContain(TOKEN);
    }
  });

  it('a lone bracket line is not registered as a mask (it would star the whole log)', () => {
    const r = attempt({ secrets: '"json={\n  \\"key\\": \\"sekrit-json-value\\"\n}"' });
    expect(r.masks).not.toContain('{');
    expect(r.masks).not.toContain('}');
    expect(r.masks.some((m) => m.includes('sekrit-json-value'))).toBe(true);
  });

  it('the github token and the cache service token are masked', () => {
    process.env.ACTIONS_RUNTIME_TOKEN = 'runtime-token-xyz';
    const r = attempt({ 'github-token': ` ${TOKEN} ` });
    expect(r.inputs!.githubToken).toBe(TOKEN);
    expect(r.masks).toEqual(expect.arrayContaining([TOKEN, 'runtime-token-xyz']));
  });
});

describe('execution, max-parallelism, publish', () => {
  it('default to fail-fast, no bound and as-built', () => {
    const { inputs } = read({});
    expect(inputs).toMatchObject({ execution: 'fail-fast', publish: 'as-built' });
    expect(inputs.maxParallelism).toBeUndefined();
  });

  it('read their values, trimmed', () => {
    const { inputs } = read({ execution: ' keep-going\n', 'max-parallelism': ' 3 ', publish: 'all-or-nothing' });
    expect(inputs).toMatchObject({ execution: 'keep-going', maxParallelism: 3, publish: 'all-or-nothing' });
  });

  it('refuse anything else, naming the input', () => {
    expect(attempt({ execution: 'keep_going' }).error?.message).toBe(
      'input execution: expected fail-fast or keep-going, got "keep_going"',
    );
    expect(attempt({ 'max-parallelism': '0' }).error?.message).toBe(
      'input max-parallelism: expected a whole number of at least 1, got "0"',
    );
    expect(attempt({ 'max-parallelism': '2x' }).error?.message).toBe(
      'input max-parallelism: expected a whole number of at least 1, got "2x"',
    );
    expect(attempt({ publish: 'true' }).error?.message).toBe(
      'input publish: expected as-built or all-or-nothing, got "true"',
    );
  });
});

describe('cache-mounts inputs', () => {
  it('default to auto, no key, the default helper image and 2 GiB', () => {
    const { inputs } = read({});
    expect(inputs).toMatchObject({ cacheMounts: 'auto', cacheMountsMaxSize: 2 * 1024 ** 3 });
    expect(inputs.cacheMountsKey).toBeUndefined();
    expect(inputs.cacheMountsImage).toBeUndefined();
  });

  it('cache-mounts: auto, off (or false, none), else mount ids split at newlines and commas', () => {
    expect(read({ 'cache-mounts': ' AUTO ' }).inputs.cacheMounts).toBe('auto');
    expect(read({ 'cache-mounts': 'true' }).inputs.cacheMounts).toBe('auto');
    for (const off of ['off', 'false', 'None']) expect(read({ 'cache-mounts': off }).inputs.cacheMounts).toBe('off');
    expect(read({ 'cache-mounts': 'go-mod, go-build\n/root/.cache/pip\ngo-mod\n' }).inputs.cacheMounts).toEqual([
      'go-mod',
      'go-build',
      '/root/.cache/pip',
    ]);
    expect(attempt({ 'cache-mounts': 'go-mod\noff' }).error?.message).toBe(
      'input cache-mounts: "off" is a mode: give it alone, or a list of mount ids',
    );
  });

  it('cache-mounts-max-size: a Docker size, binary multiples; anything else refused naming the input', () => {
    expect(read({ 'cache-mounts-max-size': '500m' }).inputs.cacheMountsMaxSize).toBe(500 * 1024 ** 2);
    expect(read({ 'cache-mounts-max-size': ' 1.5GiB ' }).inputs.cacheMountsMaxSize).toBe(1.5 * 1024 ** 3);
    expect(read({ 'cache-mounts-max-size': '4096' }).inputs.cacheMountsMaxSize).toBe(4096);
    for (const bad of ['2 gigs', '0', '-1m', 'big'])
      expect(attempt({ 'cache-mounts-max-size': bad }).error?.message).toBe(
        `input cache-mounts-max-size: expected a size such as 500m or 2g, got "${bad}"`,
      );
  });

  it('cache-mounts-key: one line without commas, trimmed; cache-mounts-image as given', () => {
    const { inputs } = read({
      'cache-mounts-key': ' 3f2a9c \n',
      'cache-mounts-image': 'mirror.example/library/busybox:1.37.0',
    });
    expect(inputs.cacheMountsKey).toBe('3f2a9c');
    expect(inputs.cacheMountsImage).toBe('mirror.example/library/busybox:1.37.0');
    expect(attempt({ 'cache-mounts-key': 'a,b' }).error?.message).toBe(
      'input cache-mounts-key: one line without commas (part of a cache key)',
    );
    expect(attempt({ 'cache-mounts-key': 'a\nb' }).error?.message).toMatch(/^input cache-mounts-key:/);
  });
});
