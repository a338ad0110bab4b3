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

  it('warns about an unknown target', () => {
    expect(discover(df, {}, 'nope')).toEqual({
      mounts: [],
      warnings: ['Dockerfile: target stage "nope" could not be found'],
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
