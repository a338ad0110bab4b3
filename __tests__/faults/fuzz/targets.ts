/**
 * Fuzz targets. Each generates case `i` of a campaign from a seeded Rng (so `seed` + `i` reproduce it exactly) and
 * runs it, returning 'ok' (accepted) or 'rejected' (refused with the expected error type); anything else is thrown
 * as a failure: another error type, an error without its location, a write outside the destination...
 *
 *   hcl     bake files (HCL native syntax and JSON): mutated corpus files and generated ones through parseHCL,
 *           parseHCLJSON and the whole resolveBake (evaluation, functions, inherits, matrix, overrides).
 *           Expected: a BakeError; from the parsers always with file:line:col.
 *   fsutil  the packet decoder (random and mutated frames: PacketDecodeError expected) and the receiver (a `local`
 *           export written to disk) fed hostile packet streams over the real FileSend framing: `..` and absolute
 *           paths, symlinks pointing out then used as parents, hardlinks out, huge sizes and ids, out-of-order
 *           entries, data for unknown ids, early FIN, ERR, garbage frames. Expected: it completes or rejects with an
 *           Error — and nothing outside the destination is ever created or changed.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Duplex } from 'node:stream';
import { isDeepStrictEqual } from 'node:util';
import * as yaml from 'yaml';
import { BakeError, resolveBake } from '../../../src/bake/index.js';
import { parseHCL } from '../../../src/bake/hcl/parser.js';
import { parseHCLJSON } from '../../../src/bake/hcl/json.js';
import { STDLIB } from '../../../src/bake/hcl/stdlib.js';
import { PacketDecodeError, PacketType, decodePacket, encodePacket } from '../../../src/buildkit/proto/fsutil.js';
import type { Packet, Stat } from '../../../src/buildkit/proto/fsutil.pb.js';
import { rawCodec, streamChannel } from '../../../src/buildkit/fsutil/channel.js';
import { decodePacketFast, decodePacketGeneral } from '../../../src/buildkit/fsutil/wire.js';
import { receiveTree } from '../../../src/buildkit/fsutil/receiver.js';
import { GoMode } from '../../../src/buildkit/fsutil/mode.js';
import type { Rng } from './prng.js';

export type Outcome = 'ok' | 'rejected';

export interface FuzzTarget<I> {
  setup(workDir: string, data: FuzzData): void | Promise<void>;
  generate(rng: Rng): I;
  run(input: I): Outcome | Promise<Outcome>;
  /** the input, printable (for the failure report) */
  describe(input: I): string;
}

export interface FuzzData {
  /** corpus files (hcl target): name → content */
  corpus?: Record<string, string>;
}

export class FuzzFailure extends Error {
  override name = 'FuzzFailure';
}

// ---------------------------------------------------------------------------------------------------------
// HCL
// ---------------------------------------------------------------------------------------------------------

/** bcrypt refuses anyway; everything else of the stdlib is fair game. */
const FUNCTIONS = Object.keys(STDLIB).filter((f) => f !== 'bcrypt');

const TOKENS = [
  '{',
  '}',
  '[',
  ']',
  '(',
  ')',
  '"',
  '${',
  '%{',
  '~}',
  '${~',
  '%{ if true }',
  '%{ else }',
  '%{ endif }',
  '%{ for x in [1, 2] }',
  '%{ endfor }',
  '<<EOT\n',
  '<<-EOT\n',
  '\nEOT\n',
  '=',
  '==',
  '!=',
  ',',
  '?',
  ':',
  '=>',
  '...',
  '.*',
  '[*]',
  '.',
  'for',
  'in',
  'if',
  'null',
  'true',
  'false',
  '\n',
  ' ',
  '\t',
  '\r\n',
  '\r',
  '#',
  '//',
  '/*',
  '*/',
  '\\',
  '\\n',
  '\\u00e9',
  '\\U0001F600',
  '\\x',
  '$${',
  '%%{',
  '-',
  '!',
  '&&',
  '||',
  '+',
  '*',
  '/',
  '%',
  '<',
  '>=',
  '0',
  '1.5e3',
  '-0',
  '9007199254740993',
  '1e400',
  '0x1F',
  'target',
  'group',
  'variable',
  'function',
  'default',
  'matrix',
  'name',
  'inherits',
  'contexts',
  'args',
  'tags',
  'platforms',
  'output',
  'secret',
  'target "t" {\n',
  'group "default" {\n targets = [',
  'variable "V" {\n default = ',
  'function "f" {\n params = [x]\n result = ',
  'validation {\n condition = ',
  'error_message = ',
  'type = ',
  'string',
  'number',
  'bool',
  'list(string)',
  'map(number)',
  'object({a = string})',
  'tuple([string, number])',
  'BAKE_CMD_CONTEXT',
  'BAKE_LOCAL_PLATFORM',
  'target.t.args',
  'target.t',
  'group.default.targets',
  'V',
  'x',
  'f(',
  '\u0000',
  '\uFEFF',
  '𝔘',
  'é',
  '\u2028',
  '\ud800',
  'cwd://',
  'target:t',
  'docker-image://x',
  'type=local,dest=out',
];

const ATTRS = [
  'context',
  'dockerfile',
  'dockerfile-inline',
  'args',
  'labels',
  'tags',
  'platforms',
  'output',
  'inherits',
  'contexts',
  'secret',
  'cache-from',
  'cache-to',
  'target',
  'no-cache',
  'pull',
  'attest',
  'annotations',
  'ssh',
  'network',
  'shm-size',
  'ulimits',
  'entitlements',
  'extra-hosts',
  'call',
  'description',
  'no-cache-filter',
  'bogus',
];

function genExpr(rng: Rng, depth: number): string {
  if (depth <= 0 || rng.chance(0.3)) {
    return rng.pick([
      () =>
        JSON.stringify(
          rng.pick([
            '',
            'a',
            'x y',
            'linux/amd64',
            'type=local,dest=out',
            'id=s,env=S',
            'target:t',
            '${V}',
            '%{if true}y%{endif}',
          ]),
        ),
      () => String(rng.range(-5, 3000)),
      () =>
        rng.pick([
          'true',
          'false',
          'null',
          'V',
          'W',
          'x',
          'BAKE_CMD_CONTEXT',
          'target.t.tags',
          'group.default.targets',
          'undefined_var',
        ]),
      () => `"pre-\${${genExpr(rng, depth - 1)}}-post"`,
      () => `<<EOT\nline \${${genExpr(rng, depth - 1)}}\nEOT\n`,
    ])();
  }
  const sub = () => genExpr(rng, depth - 1);
  return rng.pick([
    () => `[${Array.from({ length: rng.int(4) }, sub).join(', ')}]`,
    () =>
      `{${Array.from({ length: rng.int(4) }, () => `${rng.pick(['a', 'b', '"k"', '(V)'])} = ${sub()}`).join(', ')}}`,
    () => `${rng.pick(FUNCTIONS)}(${Array.from({ length: rng.int(4) }, sub).join(', ')})`,
    () => `${sub()} ${rng.pick(['+', '-', '*', '/', '%', '==', '!=', '<', '>=', '&&', '||'])} ${sub()}`,
    () => `${rng.pick(['!', '-'])}${sub()}`,
    () => `${sub()} ? ${sub()} : ${sub()}`,
    () => `[for ${rng.pick(['x', 'k, v'])} in ${sub()} : ${sub()}${rng.chance(0.3) ? ` if ${sub()}` : ''}]`,
    () => `{for k, v in ${sub()} : k => ${sub()}${rng.chance(0.3) ? '...' : ''}}`,
    () => `${sub()}[${sub()}]`,
    () => `${sub()}.${rng.pick(['a', 'tags', '0', '*'])}`,
    () => `${sub()}[*].${rng.pick(['a', 'b'])}`,
    () => `(${sub()})`,
    () => `f(${sub()})`,
  ])();
}

function genFile(rng: Rng): string {
  const parts: string[] = [];
  const n = rng.range(1, 6);
  for (let i = 0; i < n; i++) {
    const d = rng.range(1, 4);
    parts.push(
      rng.pick([
        () =>
          `variable "${rng.pick(['V', 'W', 'X'])}" {\n  default = ${genExpr(rng, d)}\n${rng.chance(0.3) ? `  type = ${rng.pick(['string', 'number', 'bool', 'list(string)', 'map(string)', 'any'])}\n` : ''}${rng.chance(0.2) ? `  validation {\n    condition = ${genExpr(rng, d)}\n    error_message = ${genExpr(rng, 1)}\n  }\n` : ''}}\n`,
        () => `function "f" {\n  params = [x]\n  result = ${genExpr(rng, d)}\n}\n`,
        () => `${rng.pick(['V', 'G', 'x'])} = ${genExpr(rng, d)}\n`,
        () =>
          `group "${rng.pick(['default', 'g'])}" {\n  targets = ${rng.pick(['["t"]', '["t", "u"]', genExpr(rng, d)])}\n}\n`,
        () => {
          const attrs = Array.from(
            { length: rng.range(0, 5) },
            () => `  ${rng.pick(ATTRS)} = ${genExpr(rng, d)}\n`,
          ).join('');
          const matrix = rng.chance(0.2) ? `  matrix = { m = ${genExpr(rng, d)} }\n  name = "t-\${m}"\n` : '';
          return `target "${rng.pick(['t', 'u', 'default'])}" {\n${matrix}${attrs}}\n`;
        },
      ])(),
    );
  }
  return parts.join('');
}

function mutate(rng: Rng, src: string, corpus: string[]): string {
  let s = src;
  const pos = () => rng.int(s.length + 1);
  const times = rng.range(1, 4);
  for (let t = 0; t < times; t++) {
    const p = pos();
    switch (rng.int(10)) {
      case 0:
      case 1:
        s = s.slice(0, p) + rng.pick(TOKENS) + s.slice(p);
        break;
      case 2:
        s = s.slice(0, p) + s.slice(p + rng.range(1, 16));
        break;
      case 3: {
        const len = rng.range(1, 40);
        s = s.slice(0, p) + s.slice(p, p + len) + s.slice(p);
        break;
      }
      case 4:
        s = s.slice(0, p) + rng.pick(TOKENS) + s.slice(p + rng.range(1, 8));
        break;
      case 5: {
        const other = rng.pick(corpus);
        s = s.slice(0, p) + other.slice(rng.int(other.length));
        break;
      }
      case 6:
        s =
          s.slice(0, p) +
          String.fromCodePoint(
            rng.pick([0, 9, 10, 13, 34, 36, 37, 92, 123, 125, 0xa0, 0xe9, 0x2028, 0xfeff, 0x1f600, rng.int(0x250)]),
          ) +
          s.slice(p + 1);
        break;
      case 7: {
        const open = rng.pick(['(', '[', '{', '${"', '!', '-', '[for x in ', 'f(', 'target "n" {\n']);
        s = s.slice(0, p) + open.repeat(rng.range(2, rng.chance(0.3) ? 5000 : 300)) + s.slice(p);
        break;
      }
      case 8:
        s = s.slice(0, p);
        break;
      case 9: {
        const lines = s.split('\n');
        const a = rng.int(lines.length);
        const b = rng.int(lines.length);
        [lines[a], lines[b]] = [lines[b], lines[a]];
        s = lines.join('\n');
        break;
      }
    }
  }
  return s;
}

export interface HclInput {
  kind: 'hcl' | 'json';
  src: string;
}

/** Throws a FuzzFailure unless `err` is a BakeError (with file:line:col when `located`). */
function expectBakeError(err: unknown, what: string, located: boolean, src: string): Outcome {
  if (!(err instanceof BakeError)) {
    throw new FuzzFailure(
      `${what} threw ${(err as Error)?.constructor?.name ?? typeof err} instead of a BakeError: ${(err as Error)?.stack ?? String(err)}`,
    );
  }
  if (located) {
    if (err.file === undefined || !err.line || !err.column)
      throw new FuzzFailure(`${what}: BakeError without file:line:col: ${err.message}`);
    const lines = src.split('\n').length;
    if (err.line > lines + 1)
      throw new FuzzFailure(`${what}: BakeError at line ${err.line} of a ${lines}-line file: ${err.message}`);
  }
  return 'rejected';
}

export function hclTarget(): FuzzTarget<HclInput> {
  let dir = '';
  let corpus: string[] = [];
  return {
    setup(workDir, data) {
      dir = workDir;
      corpus = Object.values(data.corpus ?? {});
      if (!corpus.length) throw new Error('hcl fuzzing needs a corpus');
    },
    generate(rng) {
      const base = rng.chance(0.25) ? genFile(rng) : rng.pick(corpus);
      const src = rng.chance(0.9) ? mutate(rng, base, corpus) : base;
      return { kind: src.trimStart().startsWith('{') ? 'json' : 'hcl', src };
    },
    run({ kind, src }) {
      const file = kind === 'json' ? 'docker-bake.json' : 'docker-bake.hcl';
      try {
        if (kind === 'json') parseHCLJSON(src, file);
        else parseHCL(src, file);
      } catch (err) {
        return expectBakeError(err, kind === 'json' ? 'parseHCLJSON' : 'parseHCL', true, src);
      }
      // parsed: the whole resolution (evaluation, functions, inherits, matrix) on every target the file names
      for (const f of fs.readdirSync(dir)) fs.rmSync(path.join(dir, f), { recursive: true, force: true });
      fs.writeFileSync(path.join(dir, file), src);
      const targets = [...new Set([...src.matchAll(/target\s*"([A-Za-z0-9_-]+)"/g)].map((m) => m[1]))].slice(0, 3);
      try {
        resolveBake({
          files: [],
          targets: targets.length ? targets : ['default'],
          set: [],
          cwd: dir,
          env: { V: 'from-env' },
          yaml,
        });
        return 'ok';
      } catch (err) {
        return expectBakeError(err, 'resolveBake', false, src);
      }
    },
    describe: ({ kind, src }) => `${kind} file (${src.length} chars): ${JSON.stringify(src)}`,
  };
}

// ---------------------------------------------------------------------------------------------------------
// fsutil
// ---------------------------------------------------------------------------------------------------------

export type FsutilInput =
  { kind: 'decode'; bytes: Buffer } | { kind: 'receive'; frames: Buffer[]; described: string[] };

const DIR = (GoMode.Dir | 0o755) >>> 0;
const LINK = (GoMode.Symlink | 0o777) >>> 0;

/** Packets with fields worth mutating; encoded, then maybe corrupted. */
function genPacket(rng: Rng, names: string[], outside: string): Packet {
  const name = () => rng.pick(names);
  const stat = (): Stat => {
    const s: Stat = {
      path: name(),
      mode: rng.pick([
        0o644,
        0o755,
        DIR,
        LINK,
        0o600,
        (GoMode.NamedPipe | 0o644) >>> 0,
        (GoMode.Device | 0o600) >>> 0,
        0xffffffff,
        rng.next(),
      ]),
    };
    if (rng.chance(0.5))
      s.size = rng.pick(['0', '5', '9223372036854775807', '-1', '18446744073709551615', String(rng.next())]);
    if (rng.chance(0.4))
      s.modTime = rng.pick([
        '0',
        '1700000000123456789',
        '-9223372036854775808',
        '9223372036854775807',
        String(rng.next()),
      ]);
    if (rng.chance(0.4))
      s.linkname = rng.pick([...names, outside, `${outside}/victim`, '../victim', '/etc/passwd', '']);
    if (rng.chance(0.1)) s.uid = rng.next();
    if (rng.chance(0.1)) s.xattrs = { 'user.x': rng.bytes(rng.int(8)) };
    return s;
  };
  switch (rng.int(8)) {
    case 0:
    case 1:
    case 2:
      return { type: PacketType.STAT, stat: stat() };
    case 3:
      return { type: PacketType.STAT };
    case 4:
      return {
        type: PacketType.DATA,
        ID: rng.pick([0, 1, 2, 3, rng.next()]),
        data: rng.chance(0.3) ? Buffer.alloc(0) : rng.bytes(rng.range(1, 64)),
      };
    case 5:
      return { type: PacketType.FIN };
    case 6:
      return { type: PacketType.REQ, ID: rng.int(4) };
    default:
      return rng.chance(0.5)
        ? { type: PacketType.ERR, data: Buffer.from('sender says no') }
        : ({ type: rng.range(5, 99) } as unknown as Packet);
  }
}

/** A plausible stream (dirs, files, data, end of listing, FIN), then made hostile. */
function genStream(rng: Rng, outside: string): { packets: Packet[]; notes: string[] } {
  const hostileNames = [
    '..',
    '../x',
    'a/../../x',
    '/abs',
    `/${outside.slice(1)}/victim`,
    'a//b',
    './a',
    'a/./b',
    'a/',
    '',
    'a\u0000b',
    'x'.repeat(300),
    'l/victim',
    'l/sub/f',
    'a/b/../../../x',
  ];
  const names = ['a', 'a/b', 'a/b/c', 'a/f', 'b', 'f', 'g', 'l', 'l/victim', 'h', 'é', 'z', ...hostileNames];
  const packets: Packet[] = [];
  const notes: string[] = [];
  // a mostly valid listing first
  const listing: Stat[] = [];
  if (rng.chance(0.7)) listing.push({ path: 'a', mode: DIR });
  if (rng.chance(0.5)) listing.push({ path: 'a/f', mode: 0o644, size: '3' });
  if (rng.chance(0.6)) listing.push({ path: 'f', mode: 0o644, size: rng.pick(['3', '9223372036854775807']) });
  if (rng.chance(0.5))
    listing.push({ path: 'h', mode: 0o644, linkname: rng.pick(['f', `${outside}/victim`, '../victim', 'nope']) });
  if (rng.chance(0.6))
    listing.push({ path: 'l', mode: LINK, linkname: rng.pick([outside, `${outside}/victim`, '/', '..', 'a']) });
  if (rng.chance(0.5)) listing.push({ path: rng.pick(['l/victim', 'l/sub', 'l']), mode: rng.pick([0o644, DIR]) });
  for (const s of listing) packets.push({ type: PacketType.STAT, stat: s });
  packets.push({ type: PacketType.STAT });
  for (let id = 0; id < 4; id++) {
    if (rng.chance(0.6)) packets.push({ type: PacketType.DATA, ID: id, data: Buffer.from(`c${id}\n`) });
    if (rng.chance(0.6)) packets.push({ type: PacketType.DATA, ID: id });
  }
  if (rng.chance(0.8)) packets.push({ type: PacketType.FIN });
  // then mutations: insert random packets, drop, swap, duplicate
  const times = rng.range(0, 6);
  for (let t = 0; t < times; t++) {
    const p = rng.int(packets.length + 1);
    switch (rng.int(4)) {
      case 0:
        packets.splice(p, 0, genPacket(rng, names, outside));
        break;
      case 1:
        packets.splice(p, 1);
        break;
      case 2: {
        const q = rng.int(packets.length);
        if (packets[p] && packets[q]) [packets[p], packets[q]] = [packets[q], packets[p]];
        break;
      }
      case 3:
        if (packets[p]) packets.splice(p, 0, packets[p]);
        break;
    }
  }
  for (const p of packets)
    notes.push(
      JSON.stringify(p, (k, v: unknown) =>
        v && (v as { type?: unknown }).type === 'Buffer' ? `<${(v as { data: unknown[] }).data.length} bytes>` : v,
      ),
    );
  return { packets, notes };
}

function corrupt(rng: Rng, bytes: Buffer): Buffer {
  const b = Buffer.from(bytes);
  switch (rng.int(5)) {
    case 0:
      return b.subarray(0, rng.int(b.length + 1));
    case 1:
      if (b.length) b[rng.int(b.length)] = rng.next() & 0xff;
      return b;
    case 2:
      return Buffer.concat([b, rng.bytes(rng.range(1, 12))]);
    case 3: // a length prefix claiming gigabytes
      return Buffer.concat([b, Buffer.from([0x22, 0xff, 0xff, 0xff, 0xff, 0x0f])]);
    default:
      return Buffer.concat([rng.bytes(rng.range(0, 8)), b]);
  }
}

/** Every file and directory under `dir` (relative path → size or 'dir' / 'link -> target'). */
function snapshot(dir: string): string {
  const out: string[] = [];
  const visit = (rel: string) => {
    for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const r = path.join(rel, e.name);
      const st = fs.lstatSync(path.join(dir, r));
      if (st.isDirectory()) {
        out.push(`${r}/`);
        visit(r);
      } else
        out.push(
          `${r} ${st.isSymbolicLink() ? `-> ${fs.readlinkSync(path.join(dir, r))}` : `${st.size} ${st.mode.toString(8)} ${fs.readFileSync(path.join(dir, r)).toString('base64')}`}`,
        );
    }
  };
  visit('');
  return out.sort().join('\n');
}

/** The daemon's end of a FileSend call: frames pushed in as received, what the receiver writes collected. */
class DaemonEnd extends Duplex {
  readonly sent: Buffer[] = [];
  constructor() {
    super({ objectMode: true, allowHalfOpen: true });
  }
  override _read(): void {}
  override _write(chunk: Buffer, _enc: BufferEncoding, cb: (err?: Error | null) => void): void {
    this.sent.push(chunk);
    cb();
  }
}

export function fsutilTarget(): FuzzTarget<FsutilInput> {
  let work = '';
  let outside = '';
  let outsideBefore = '';
  let parentBefore: string[] = [];
  let n = 0;
  return {
    setup(workDir) {
      work = workDir;
      // `outside` is where hostile links point; it must look exactly the same after every case
      outside = path.join(work, 'outside');
      fs.mkdirSync(outside, { recursive: true });
      fs.writeFileSync(path.join(outside, 'victim'), 'do not touch\n');
      outsideBefore = snapshot(outside);
      parentBefore = fs.readdirSync(work).sort();
    },
    generate(rng) {
      if (rng.chance(0.4)) {
        const base = rng.chance(0.3)
          ? rng.bytes(rng.int(64))
          : encodePacket(genPacket(rng, ['a', 'b/c', '..', ''], '/tmp/x'));
        return { kind: 'decode', bytes: rng.chance(0.7) ? corrupt(rng, base) : base };
      }
      const { packets, notes } = genStream(rng, outside);
      const frames = packets.map((p, i) => {
        const bytes = encodePacket(p);
        if (rng.chance(0.05)) {
          notes[i] += ' (corrupted)';
          return corrupt(rng, bytes);
        }
        return bytes;
      });
      return { kind: 'receive', frames, described: notes };
    },
    async run(input) {
      if (input.kind === 'decode') {
        // the receiver's one-pass decoder reads a frame as the general one does, or leaves it to it
        const fast = decodePacketFast(input.bytes);
        if (fast !== undefined) {
          let general: Packet | undefined;
          try {
            general = decodePacketGeneral(input.bytes);
          } catch (err) {
            throw new FuzzFailure(`decodePacketFast read a frame decodePacketGeneral rejects: ${String(err)}`);
          }
          if (!isDeepStrictEqual(fast, general))
            throw new FuzzFailure(
              `decodePacketFast read ${JSON.stringify(fast)}, decodePacketGeneral ${JSON.stringify(general)}`,
            );
        }
        try {
          const p = decodePacket(input.bytes);
          if (typeof p !== 'object' || p === null) throw new FuzzFailure(`decodePacket returned ${String(p)}`);
          // what the receiver reads must have the declared types
          if (p.stat && typeof p.stat.path !== 'string' && p.stat.path !== undefined)
            throw new FuzzFailure(`stat.path is ${typeof p.stat.path}`);
          if (p.data !== undefined && !Buffer.isBuffer(p.data)) throw new FuzzFailure(`data is not a Buffer`);
          if (p.stat?.modTime !== undefined && !/^-?\d+$/.test(p.stat.modTime))
            throw new FuzzFailure(`modTime ${p.stat.modTime}`);
          return 'ok';
        } catch (err) {
          if (err instanceof FuzzFailure) throw err;
          if (err instanceof PacketDecodeError) return 'rejected';
          throw new FuzzFailure(
            `decodePacket threw ${(err as Error)?.constructor?.name}: ${(err as Error)?.stack ?? String(err)}`,
          );
        }
      }
      // the daemon's side of a FileSend call in directory mode: raw frames in, our REQ/FIN frames out
      const dest = path.join(work, `dest-${n++}`);
      const wire = new DaemonEnd();
      const feed = (async () => {
        for (const f of input.frames) {
          if (wire.destroyed) break;
          wire.push(f);
          await new Promise((r) => setImmediate(r));
        }
        if (!wire.destroyed) wire.push(null);
      })();
      let outcome: Outcome;
      try {
        await receiveTree(streamChannel(wire, rawCodec), dest);
        outcome = 'ok';
      } catch (err) {
        if (
          !(err instanceof Error) ||
          err instanceof TypeError ||
          err instanceof RangeError ||
          err instanceof ReferenceError
        ) {
          throw new FuzzFailure(
            `receiveTree rejected with ${(err as Error)?.constructor?.name}: ${(err as Error)?.stack ?? String(err)}`,
          );
        }
        outcome = 'rejected';
      } finally {
        await feed;
        wire.destroy();
      }
      // nothing outside dest: `outside` unchanged, no new entries next to dest, no victim files anywhere else
      const after = fs.existsSync(outside) ? snapshot(outside) : '(deleted)';
      if (after !== outsideBefore)
        throw new FuzzFailure(`the receiver changed a directory outside its destination:\n${after}`);
      const siblings = fs
        .readdirSync(work)
        .filter((e) => !e.startsWith('dest-'))
        .sort();
      if (siblings.join() !== parentBefore.join())
        throw new FuzzFailure(`the receiver created ${siblings.join(', ')} next to its destination`);
      for (const p of ['/abs', '/victim', path.join(work, 'x'), path.join(work, 'victim')]) {
        if (fs.existsSync(p) && !parentBefore.includes(path.basename(p)))
          throw new FuzzFailure(`the receiver created ${p}`);
      }
      // every frame it sent must decode (REQ/FIN/ERR)
      for (const f of wire.sent) decodePacket(f);
      fs.rmSync(dest, { recursive: true, force: true });
      return outcome;
    },
    describe: (input) =>
      input.kind === 'decode'
        ? `packet bytes ${input.bytes.toString('hex')}`
        : `packet stream:\n  ${input.described.join('\n  ')}`,
  };
}
