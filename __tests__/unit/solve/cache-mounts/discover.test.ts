/**
 * Discovery of the cache mounts a Dockerfile declares (src/solve/cache-mounts/discover.ts). Expectations follow
 * BuildKit's Dockerfile frontend; the function each rule comes from is named next to the test.
 */
import { describe, expect, it } from 'vitest';
import { discoverCacheMounts, selectMounts } from '../../../../src/solve/cache-mounts/discover.js';
import type { CacheMountSpec } from '../../../../src/solve/cache-mounts/types.js';

function discover(dockerfile: string, args: Record<string, string> = {}, target?: string) {
  return discoverCacheMounts(dockerfile, { args, target });
}

/** The mounts of a Dockerfile that must produce no warnings. */
function mounts(dockerfile: string, args: Record<string, string> = {}, target?: string): CacheMountSpec[] {
  const r = discover(dockerfile, args, target);
  expect(r.warnings).toEqual([]);
  return r.mounts;
}

function ids(dockerfile: string, args: Record<string, string> = {}, target?: string): string[] {
  return mounts(dockerfile, args, target).map((m) => m.cacheId);
}

describe('ids and targets (convert_runmount.go dispatchRunMounts)', () => {
  it('defaults the id to the cleaned target', () => {
    expect(mounts('FROM alpine\nRUN --mount=type=cache,target=/root/.cache/ echo\n')).toEqual([
      { id: '/root/.cache', cacheId: '//root/.cache', target: '/root/.cache/', sharing: 'shared' },
    ]);
  });

  it('takes id= as written', () => {
    expect(mounts('FROM alpine\nRUN --mount=type=cache,id=gomod,target=/go/pkg/mod go build\n')).toEqual([
      { id: 'gomod', cacheId: '/gomod', target: '/go/pkg/mod', sharing: 'shared' },
    ]);
  });

  it('joins a relative target with WORKDIR, after taking the default id from the target as written', () => {
    const df = 'FROM alpine\nWORKDIR /app\nWORKDIR src\nRUN --mount=type=cache,target=./node_modules/.cache npm ci\n';
    expect(mounts(df)).toEqual([
      {
        id: 'node_modules/.cache',
        cacheId: '/node_modules/.cache',
        target: '/app/src/node_modules/.cache',
        sharing: 'shared',
      },
    ]);
  });

  it('accepts dst= and destination= for target, and keys in any case', () => {
    expect(ids('FROM alpine\nRUN --mount=TYPE=cache,dst=/a --mount=type=CACHE,Destination=/b true\n')).toEqual([
      '//a',
      '//b',
    ]);
  });

  it('prefixes BUILDKIT_CACHE_MOUNT_NS (the build arg dockerui/config.go reads into CacheIDNamespace)', () => {
    expect(
      ids('FROM alpine\nRUN --mount=type=cache,id=x,target=/x true\n', { BUILDKIT_CACHE_MOUNT_NS: 'proj' }),
    ).toEqual(['proj/x']);
  });

  it('returns only cache mounts', () => {
    const df =
      'FROM alpine\nRUN --mount=type=bind,target=/src --mount=type=tmpfs,target=/tmp --mount=type=secret,id=npm ' +
      '--mount=type=ssh --mount=target=/ctx --mount=type=cache,target=/c true\n';
    expect(ids(df)).toEqual(['//c']);
  });
});

describe('options (commands_runmount.go parseMount)', () => {
  it('reads sharing, default shared', () => {
    const df =
      'FROM alpine\nRUN --mount=type=cache,target=/a,sharing=private --mount=type=cache,target=/b,sharing=LOCKED ' +
      '--mount=type=cache,target=/c,sharing=shared --mount=type=cache,target=/d true\n';
    expect(mounts(df).map((m) => m.sharing)).toEqual(['private', 'locked', 'shared', 'shared']);
  });

  it('sets uid, gid and mode (octal) only when given', () => {
    const df =
      'FROM alpine\nRUN --mount=type=cache,target=/a,uid=1000,gid=1001,mode=0755 --mount=type=cache,target=/b,mode=700 ' +
      '--mount=type=cache,target=/c,gid=0 --mount=type=cache,target=/d true\n';
    expect(mounts(df)).toEqual([
      { id: '/a', cacheId: '//a', target: '/a', sharing: 'shared', uid: 1000, gid: 1001, mode: 0o755 },
      { id: '/b', cacheId: '//b', target: '/b', sharing: 'shared', mode: 0o700 },
      { id: '/c', cacheId: '//c', target: '/c', sharing: 'shared', gid: 0 },
      { id: '/d', cacheId: '//d', target: '/d', sharing: 'shared' },
    ]);
  });

  it('accepts the read-only switches in flag and bool form', () => {
    const df =
      'FROM alpine\nRUN --mount=type=cache,target=/a,ro --mount=type=cache,target=/b,readonly=true ' +
      '--mount=type=cache,target=/c,rw --mount=type=cache,target=/d,readwrite=0 true\n';
    expect(ids(df)).toEqual(['//a', '//b', '//c', '//d']);
  });

  it('reads quoted CSV fields, after the flag lost its own quotes (split_command.go extractBuilderFlags)', () => {
    expect(ids('FROM alpine\nRUN --mount="type=cache,\\"target=/a,b\\"" true\n')).toEqual(['//a,b']);
    expect(ids('FROM alpine\nRUN --mount=type=cache,target="/c" true\n')).toEqual(['//c']);
  });

  it('warns about and skips a mount BuildKit would refuse', () => {
    const df = [
      'FROM alpine',
      'RUN --mount=type=cache,target=/a,sharing=sometimes true',
      'RUN --mount=type=cache,target=/b,mode=0999 true',
      'RUN --mount=type=cache,target=/c,uid=-1 true',
      'RUN --mount=type=cache,target=/d,size=1g true',
      'RUN --mount=type=cache,target=/e,required true',
      'RUN --mount=type=cache,target=/f,bogus=1 true',
      'RUN --mount=type=cache,target=/g,ro=maybe true',
      'RUN --mount=type=volume,target=/h true',
      'RUN --mount=type=cache,target=/i\\"x true',
      'RUN --mount=type=cache,target=/ok true',
      '',
    ].join('\n');
    const r = discover(df);
    expect(r.mounts.map((m) => m.id)).toEqual(['/ok']);
    expect(r.warnings).toEqual([
      'Dockerfile:2: --mount=type=cache,target=/a,sharing=sometimes: unsupported sharing value "sometimes"',
      'Dockerfile:3: --mount=type=cache,target=/b,mode=0999: invalid value 0999 for mode',
      'Dockerfile:4: --mount=type=cache,target=/c,uid=-1: invalid value -1 for uid',
      "Dockerfile:5: --mount=type=cache,target=/d,size=1g: unexpected key 'size' for mount type 'cache'",
      "Dockerfile:6: --mount=type=cache,target=/e,required: unexpected key 'required' for mount type 'cache'",
      "Dockerfile:7: --mount=type=cache,target=/f,bogus=1: unexpected key 'bogus' in 'bogus=1'",
      'Dockerfile:8: --mount=type=cache,target=/g,ro=maybe: invalid value for ro: maybe',
      'Dockerfile:9: --mount=type=volume,target=/h: unsupported mount type "volume"',
      'Dockerfile:10: --mount=type=cache,target=/i"x: bare " in non-quoted-field',
    ]);
  });

  it('leaves out mounts with from= or source= and says so', () => {
    const df = [
      'FROM alpine AS builder',
      'FROM alpine',
      'RUN --mount=type=cache,target=/root/.cache,from=builder true',
      'RUN --mount=type=cache,target=/a,source=sub true',
      'RUN --mount=type=cache,target=/b,source=/ --mount=type=cache,target=/c,from=scratch true',
      '',
    ].join('\n');
    const r = discover(df);
    expect(r.mounts.map((m) => m.id)).toEqual(['/b', '/c']);
    expect(r.warnings).toEqual([
      'Dockerfile:3: cache mount /root/.cache has from=builder: not persisted',
      'Dockerfile:4: cache mount /a has source=sub: not persisted',
    ]);
  });
});

describe('expansion (shell/lex.go, convert.go dispatchArg)', () => {
  it('expands ARG defaults, build args overriding them, and ENV', () => {
    const df = [
      'FROM alpine',
      'ARG TOOL=npm',
      'ARG CACHE=/cache',
      'ENV HOME_DIR=/home/app',
      'RUN --mount=type=cache,id=${TOOL}-cache,target=$HOME_DIR/.${TOOL} --mount=type=cache,target=${CACHE}/x true',
      '',
    ].join('\n');
    expect(mounts(df).map((m) => [m.id, m.target])).toEqual([
      ['npm-cache', '/home/app/.npm'],
      ['/cache/x', '/cache/x'],
    ]);
    expect(mounts(df, { TOOL: 'yarn' }).map((m) => [m.id, m.target])).toEqual([
      ['yarn-cache', '/home/app/.yarn'],
      ['/cache/x', '/cache/x'],
    ]);
  });

  it('gives a re-declared global ARG its global value, a build arg winning', () => {
    const df = 'ARG V=1\nFROM alpine\nARG V\nRUN --mount=type=cache,id=v$V,target=/v true\n';
    expect(ids(df)).toEqual(['/v1']);
    expect(ids(df, { V: '2' })).toEqual(['/v2']);
  });

  it('does not see a global ARG that the stage does not re-declare', () => {
    const df = 'ARG V=1\nFROM scratch\nRUN --mount=type=cache,id=v$V,target=/v true\n';
    expect(ids(df)).toEqual(['/v']);
  });

  it('supports ${VAR:-default} and ${VAR:+alt}', () => {
    const df = 'FROM scratch\nARG A\nARG B=b\nRUN --mount=type=cache,id=${A:-none}-${B:+set},target=/v true\n';
    expect(ids(df)).toEqual(['/none-set']);
    expect(ids(df, { A: 'a' })).toEqual(['/a-set']);
  });

  it('expands uid, gid, mode and sharing too', () => {
    const df =
      'FROM scratch\nARG U=10 M=0700 S=locked\nRUN --mount=type=cache,target=/c,uid=$U,mode=$M,sharing=$S true\n';
    expect(mounts(df)).toEqual([{ id: '/c', cacheId: '//c', target: '/c', sharing: 'locked', uid: 10, mode: 0o700 }]);
  });

  it('inherits the environment of the stage a stage is based on', () => {
    const df =
      'FROM scratch AS base\nENV CACHE=/c\nWORKDIR /w\nFROM base\nRUN --mount=type=cache,target=${CACHE} --mount=type=cache,target=rel true\n';
    expect(mounts(df).map((m) => m.target)).toEqual(['/c', '/w/rel']);
  });
});

describe('stages (convert.go resolveTarget, allReachableStages)', () => {
  const df = [
    'FROM alpine AS deps',
    'RUN --mount=type=cache,id=deps,target=/d true',
    'FROM alpine AS tools',
    'RUN --mount=type=cache,id=tools,target=/t true',
    'FROM deps AS build',
    'RUN --mount=type=cache,id=build,target=/b true',
    'FROM alpine AS test',
    'COPY --from=build /out /out',
    'RUN --mount=type=cache,id=test,target=/x true',
    'FROM alpine AS unrelated',
    'RUN --mount=type=cache,id=unrelated,target=/u true',
    'FROM scratch',
    'COPY --from=1 /t /t',
    'RUN --mount=type=bind,from=BUILD,target=/src true',
    '',
  ].join('\n');

  it('builds the last stage by default, reaching FROM chains, COPY --from (name or index) and mount from=', () => {
    expect(ids(df)).toEqual(['/deps', '/tools', '/build']);
  });

  it('builds the target stage', () => {
    expect(ids(df, {}, 'test')).toEqual(['/deps', '/build', '/test']);
    expect(ids(df, {}, 'Unrelated')).toEqual(['/unrelated']);
  });

  it('expands FROM with global ARGs', () => {
    const d =
      'ARG BASE=one\nFROM scratch AS one\nRUN --mount=type=cache,id=one,target=/1 true\nFROM scratch AS two\nRUN --mount=type=cache,id=two,target=/2 true\nFROM ${BASE}\n';
    expect(ids(d)).toEqual(['/one']);
    expect(ids(d, { BASE: 'two' })).toEqual(['/two']);
  });

  it('says nothing about stages the build does not reach', () => {
    const d =
      'FROM scratch AS other\nRUN --mount=type=cache,target=/a,from=x --mount=type=cache,sharing=no,target=/b true\n' +
      'FROM scratch\nRUN --mount=type=cache,target=/c true\n';
    expect(discover(d)).toEqual({
      mounts: [{ id: '/c', cacheId: '//c', target: '/c', sharing: 'shared' }],
      warnings: [],
    });
  });

  it('warns about an unknown target', () => {
    expect(discover(df, {}, 'nope')).toEqual({
      mounts: [],
      warnings: ['Dockerfile: target stage "nope" could not be found'],
    });
  });
});

describe('the parser (parser/parser.go, split_command.go, line_parsers.go)', () => {
  it('joins continuation lines, skipping comments and empty lines inside them', () => {
    const df = [
      'FROM scratch',
      'RUN --mount=type=cache,target=/a \\',
      '  # a comment: RUN --mount=type=cache,target=/comment',
      '',
      '    --mount=type=cache,target=/b \\',
      '    true',
      '# RUN --mount=type=cache,target=/commented',
      '   run   --mount=type=cache,target=/c true',
      '',
    ].join('\n');
    expect(ids(df)).toEqual(['//a', '//b', '//c']);
  });

  it('follows # escape=` (continuations and escapes use the backtick)', () => {
    const df = [
      '# syntax=docker/dockerfile:1',
      '# escape=`',
      'FROM scratch',
      'ARG V=v',
      // flags lose one level of escapes (extractBuilderFlags), the lexer the next: ``$ is a literal $
      'RUN --mount=type=cache,id=``$V-`$V-$V,target=/c\\d `',
      '    --mount=type=cache,target=/b `',
      '    dir',
      '',
    ].join('\n');
    expect(mounts(df).map((m) => [m.id, m.target])).toEqual([
      ['$V-v-v', '/c\\d'],
      ['/b', '/b'],
    ]);
  });

  it('reads # escape= only at the top of the file', () => {
    const df = '\n# escape=`\nFROM scratch\nRUN --mount=type=cache,target=/a `\n  --mount=type=cache,target=/b true\n';
    // the backtick is no continuation here: the second line is an instruction of its own (ignored by BuildKit)
    expect(ids(df)).toEqual(['//a']);
  });

  it('skips heredoc bodies, whatever they hold', () => {
    const df = [
      'FROM scratch',
      'RUN --mount=type=cache,target=/a <<EOF',
      'RUN --mount=type=cache,target=/fake1',
      'EOF',
      'RUN --mount=type=cache,target=/b cat <<-"EOT" 3<< \'X2\'',
      '\tRUN --mount=type=cache,target=/fake2',
      '\tEOT',
      'FROM scratch',
      'RUN --mount=type=cache,target=/fake3',
      'X2',
      'COPY <<EOF /x',
      'RUN --mount=type=cache,target=/fake4',
      'EOF',
      'ONBUILD RUN <<EOF',
      'RUN --mount=type=cache,target=/fake5',
      'EOF',
      'RUN --mount=type=cache,target=/c echo "<<NOTHEREDOC" \'<<NOR\' \\<<NEITHER',
      'RUN --mount=type=cache,target=/d true',
      '',
    ].join('\n');
    expect(ids(df)).toEqual(['//a', '//b', '//c', '//d']);
  });

  it('reads the flags of JSON-form RUN, which opens no heredoc', () => {
    const df =
      'FROM scratch\nRUN --mount=type=cache,target=/a ["cat", "<<EOF"]\nRUN --mount=type=cache,target=/b true\n';
    expect(ids(df)).toEqual(['//a', '//b']);
  });

  it('reads flags up to the first word without -- (and stops at a bare --)', () => {
    const df =
      'FROM scratch\nRUN --network=none --security=insecure --device=x --mount=type=cache,target=/a echo --mount=type=cache,target=/no\n' +
      'RUN --mount=type=cache,target=/b -- --mount=type=cache,target=/no2\n';
    expect(ids(df)).toEqual(['//a', '//b']);
  });

  it('strips a byte-order mark and CRLF line ends', () => {
    expect(ids('\uFEFFFROM scratch\r\nRUN --mount=type=cache,target=/a \\\r\n  true\r\n')).toEqual(['//a']);
  });
});

describe('what BuildKit does (ids read back from buildkitd v0.25.2 with `buildctl du -v` after the build)', () => {
  // buildctl build --frontend dockerfile.v0 --opt build-arg:BUILDKIT_CACHE_MOUNT_NS=NS --opt build-arg:TOOL=yarn
  //   --opt build-arg:GLOBAL=g2; `du -v` listed `cached mount <target> ... with id "<id>"` for each of these
  it('matches a multi-stage build with ARG, ENV, WORKDIR, continuations, a heredoc and exec form', () => {
    const df = [
      'ARG BASE=localhost:5000/busybox',
      'ARG GLOBAL=g1',
      'FROM ${BASE} AS unreached',
      'RUN --mount=type=cache,id=unreached,target=/u true',
      '',
      'FROM ${BASE} AS base',
      'ARG GLOBAL',
      'ARG TOOL=npm',
      'ENV HOMEDIR=/home/app',
      'WORKDIR /work',
      'RUN --mount=type=cache,target=rel/cache \\',
      '  # a comment inside the continuation',
      '',
      '    --mount=type=cache,id=${TOOL}-$GLOBAL,target=$HOMEDIR/.${TOOL},sharing=locked,uid=1000,gid=1000,mode=0750 \\',
      '    true',
      'run cat <<EOF',
      'RUN --mount=type=cache,id=fake,target=/fake true',
      'EOF',
      'RUN --mount=type=cache,target=/json ["true"]',
      '',
      'FROM base AS final',
      'RUN --mount=type=cache,target=/root/.cache/ --mount=type=cache,target=/other,id=${TOOL:-none}-${GLOBAL:+set} true',
      '',
    ].join('\n');
    const found = mounts(df, { BUILDKIT_CACHE_MOUNT_NS: 'NS', TOOL: 'yarn', GLOBAL: 'g2' });
    expect(found.map((m) => [m.target, m.cacheId])).toEqual([
      ['/work/rel/cache', 'NS/rel/cache'],
      ['/home/app/.yarn', 'NS/yarn-g2'],
      ['/json', 'NS//json'],
      ['/root/.cache/', 'NS//root/.cache'],
      ['/other', 'NS/yarn-set'],
    ]);
    expect(found[1]).toMatchObject({ sharing: 'locked', uid: 1000, gid: 1000, mode: 0o750 });
  });

  // same, with `# escape=`` and no build args but the namespace (TARGETARCH was amd64 on that daemon)
  const escaped = [
    '# escape=`',
    'ARG BASE=localhost:5000/busybox',
    'FROM ${BASE} AS a',
    'RUN --mount=type=cache,id=a-`',
    '$TARGETARCH,target=/a true',
    'FROM ${BASE} AS b',
    'ARG TARGETARCH',
    'ENV OLD value with spaces',
    'ARG P=/x/y/z.tar.gz',
    'RUN --mount=type=cache,id=b-${TARGETARCH}-${P%.*}-${P##*/},target=/b `',
    '  true',
    'RUN --mount=type=cache,target=/heredoc cat <<-"EOT" <<X2',
    '\tRUN --mount=type=cache,target=/fake1',
    '\tEOT',
    'RUN --mount=type=cache,target=/fake2',
    'X2',
    'FROM ${BASE} AS c',
    'RUN --mount=type=cache,target=/c,from=scratch true',
    'FROM ${BASE} AS d',
    'RUN --mount=type=cache,target=/d true',
    'FROM ${BASE}',
    'COPY --from=0 /bin/true /t0',
    'RUN --mount=type=bind,from=b,target=/bb --mount=type=cache,target=/last true',
    '',
  ].join('\n');

  it('matches a build with the backtick escape, platform args, pattern removal and stage dependencies', () => {
    const r = discover(escaped, { BUILDKIT_CACHE_MOUNT_NS: 'NS', TARGETARCH: 'amd64' });
    expect(r.mounts.map((m) => m.cacheId)).toEqual([
      'NS/a-',
      'NS/b-amd64-/x/y/z.tar-z.tar.gz',
      'NS//heredoc',
      'NS//last',
    ]);
    // stage a never declares ARG TARGETARCH, so it is unset there (unless the image's environment sets it)
    expect(r.warnings).toEqual([
      "Dockerfile:4: cache mount /a uses $TARGETARCH (not set in the Dockerfile: the image localhost:5000/busybox may set it): its id may differ from the build's",
    ]);
    // --opt target=c: `from=scratch` is what a cache mount without from= uses
    expect(ids(escaped, { BUILDKIT_CACHE_MOUNT_NS: 'NS' }, 'c')).toEqual(['NS//c']);
  });

  it('says when a platform arg the build uses was not passed', () => {
    const r = discover(escaped, { BUILDKIT_CACHE_MOUNT_NS: 'NS' }, 'b');
    expect(r.mounts.map((m) => m.cacheId)).toEqual(['NS/b--/x/y/z.tar-z.tar.gz', 'NS//heredoc']);
    expect(r.warnings).toEqual([
      "Dockerfile:10: cache mount /b uses $TARGETARCH (a platform arg bakekit was not given: pass it in the args): its id may differ from the build's",
    ]);
  });
});

describe('what BuildKit does with escapes and sequential expansion (read back with `buildctl du -v`)', () => {
  it('strips one level of escapes from flags before the lexer; ENV pairs see the environment before the ENV, ARGs the ARGs before', () => {
    const df = [
      'FROM localhost:5000/busybox',
      'ARG V=v',
      'ENV A=1',
      'ENV A=2 B=$A',
      'ARG C=3 D=$C',
      'RUN --mount=type=cache,id=\\\\$V-\\$V-$V,target=/e --mount=type=cache,id=env-$B-$D,target=/f --mount="type=cache,\\"id=q,x\\",target=/g" true',
      '',
    ].join('\n');
    expect(ids(df, { BUILDKIT_CACHE_MOUNT_NS: 'NS' })).toEqual(['NS/$V-v-v', 'NS/env-1-3', 'NS/q,x']);
  });
});

describe('duplicates', () => {
  it('returns a mount declared several times once, warning when the declarations disagree', () => {
    const df = [
      'FROM scratch AS a',
      'RUN --mount=type=cache,id=npm,target=/root/.npm,uid=1 true',
      'RUN --mount=type=cache,id=npm,target=/home/u/.npm,uid=1 true',
      'FROM a',
      'RUN --mount=type=cache,id=npm,target=/root/.npm,sharing=locked,uid=2,mode=0700 true',
      'RUN --mount=type=cache,target=/x --mount=type=cache,target=/x/ true',
      '',
    ].join('\n');
    const r = discover(df);
    expect(r.mounts).toEqual([
      { id: 'npm', cacheId: '/npm', target: '/root/.npm', sharing: 'shared', uid: 1 },
      { id: '/x', cacheId: '//x', target: '/x', sharing: 'shared' },
    ]);
    expect(r.warnings).toEqual([
      'Dockerfile:5: cache mount npm declared again with sharing=locked, uid=2, mode=0700 (line 2: sharing=shared, uid=1, mode=unset): keeping the first',
    ]);
  });

  it('tells apart the same id in different namespaces only by the namespace', () => {
    const df = 'FROM scratch\nRUN --mount=type=cache,id=/a,target=/b --mount=type=cache,target=/a true\n';
    expect(ids(df)).toEqual(['//a']);
  });
});

describe('malformed Dockerfiles (never throws)', () => {
  it.each([
    ['an empty file', '', ['Dockerfile: no build stages']],
    [
      'no FROM',
      'RUN --mount=type=cache,target=/a true\n',
      ['Dockerfile:1: no build stage in current context', 'Dockerfile: no build stages'],
    ],
    [
      'a bad escape directive',
      '# escape=x\nFROM scratch\n',
      ["Dockerfile:1: invalid escape token 'x' does not match ` or \\"],
    ],
    ['a FROM with two words', 'FROM a b\n', ['Dockerfile:1: FROM requires either one or three arguments']],
    ['a bad stage name', 'FROM a AS 1x\n', ['Dockerfile:1: invalid name for build stage: "1x"']],
    ['a bad substitution', 'FROM scratch\nARG A=${\n', ["Dockerfile:2: syntax error: missing '}'"]],
    [
      'an open quote',
      'FROM scratch\nENV A="x\n',
      ['Dockerfile:2: unexpected end of statement while looking for matching double-quote'],
    ],
  ])('%s', (_, df, warnings) => {
    expect(discover(df)).toEqual({ mounts: [], warnings });
  });

  it('returns what comes before an unterminated heredoc', () => {
    const df =
      'FROM scratch\nRUN --mount=type=cache,target=/a true\nRUN --mount=type=cache,target=/b cat <<EOF\nRUN x\n';
    expect(discover(df)).toEqual({
      mounts: [
        { id: '/a', cacheId: '//a', target: '/a', sharing: 'shared' },
        { id: '/b', cacheId: '//b', target: '/b', sharing: 'shared' },
      ],
      warnings: ['Dockerfile:3: unterminated heredoc EOF'],
    });
  });

  it('refuses a mount target of /, and a variable in from=', () => {
    const df =
      'FROM scratch\nRUN --mount=type=cache,target=/ --mount=type=cache,target=. --mount=type=cache,target=/a,from=$X true\n';
    expect(discover(df)).toEqual({
      mounts: [],
      warnings: [
        'Dockerfile:2: invalid mount target "/"',
        'Dockerfile:2: invalid mount target "/"',
        "Dockerfile:2: --mount=type=cache,target=/a,from=$X: 'from' doesn't support variable expansion, define alias stage instead",
      ],
    });
  });

  it('ignores what it does not know: unknown instructions, unknown flags, a --mount without a value', () => {
    const df = 'FROM scratch\nFOO bar\nRUN --mount --mount=type=cache,target=/a true\n';
    expect(discover(df)).toEqual({
      mounts: [{ id: '/a', cacheId: '//a', target: '/a', sharing: 'shared' }],
      warnings: ['Dockerfile:3: missing a value on flag: --mount'],
    });
  });
});

describe('selectMounts', () => {
  const all: CacheMountSpec[] = [
    { id: '/root/.cache', cacheId: '//root/.cache', target: '/root/.cache', sharing: 'shared' },
    { id: 'gomod', cacheId: '/gomod', target: '/go/pkg/mod', sharing: 'shared' },
  ];
  it('selects all, none, or the listed ids with or without a leading slash', () => {
    expect(selectMounts(all, 'auto')).toEqual(all);
    expect(selectMounts(all, 'off')).toEqual([]);
    expect(selectMounts(all, ['root/.cache'])).toEqual([all[0]]);
    expect(selectMounts(all, ['/gomod', '/nope'])).toEqual([all[1]]);
  });
});
