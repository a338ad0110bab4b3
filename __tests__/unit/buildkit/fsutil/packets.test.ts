import { describe, expect, it } from 'vitest';
import { decodeBytesMessage, encodeBytesMessage } from '../../../../src/buildkit/proto/filesync.js';
import { PacketType, decodePacket, encodePacket } from '../../../../src/buildkit/proto/fsutil.js';
import { GoMode, goModeFromPosix, posixPermFromGoMode } from '../../../../src/buildkit/fsutil/mode.js';
import { matchGlob } from '../../../../src/buildkit/fsutil/patterns/glob.js';
import { PatternMatcher } from '../../../../src/buildkit/fsutil/patterns/matcher.js';

describe('fsutil.types.Packet wire format', () => {
  it('encodes REQ/DATA/FIN with the fsutil field numbers', () => {
    expect(encodePacket({ type: PacketType.REQ, ID: 5 }).toString('hex')).toBe('08011805');
    expect(encodePacket({ type: PacketType.DATA, ID: 300, data: Buffer.from('hi') }).toString('hex')).toBe('0802' + '18ac02' + '22026869');
    expect(encodePacket({ type: PacketType.FIN }).toString('hex')).toBe('0803');
    // the end-of-listing STAT and the end-of-file DATA for id 0 are (almost) empty messages
    expect(encodePacket({ type: PacketType.STAT }).length).toBe(0);
    expect(decodePacket(Buffer.alloc(0))).toEqual({});
    expect(decodePacket(Buffer.from('0802', 'hex'))).toEqual({ type: PacketType.DATA });
  });

  it('round-trips a STAT with int64 nanoseconds, the top mode bit and xattrs', () => {
    const stat = {
      path: 'dir/file',
      mode: (GoMode.Dir | 0o755) >>> 0,
      uid: 1000,
      gid: 1000,
      size: '9007199254740993', // > 2^53
      modTime: '1700000000123456789',
      linkname: 'target',
      devmajor: '8',
      devminor: '1',
      xattrs: { 'user.k': Buffer.from([0, 1, 2]) },
    };
    const bytes = encodePacket({ type: PacketType.STAT, stat });
    // field 2 (stat), then Stat field 1 (path)
    expect(bytes.subarray(0, 1).toString('hex')).toBe('12');
    expect(decodePacket(bytes)).toEqual({ stat });
  });

  it('decodes a STAT as Go encodes it', () => {
    // Packet{Type: PACKET_STAT, Stat: &Stat{Path: "a", Mode: 0x800001ed, ModTime: 1700000000123456789,
    // Xattrs: {"user.k": {1}}}}.MarshalVT() from tonistiigi/fsutil/types
    const go = Buffer.from('12200a016110ed8380800830959a97ece39fe7cb17520b0a06757365722e6b120101', 'hex');
    const stat = { path: 'a', mode: 0x800001ed, modTime: '1700000000123456789', xattrs: { 'user.k': Buffer.from([1]) } };
    expect(decodePacket(go)).toEqual({ stat });
    expect(encodePacket({ stat }).toString('hex')).toBe(go.toString('hex'));
  });

  it('BytesMessage carries data in field 1', () => {
    const b = encodeBytesMessage(Buffer.from('tar'));
    expect(b.toString('hex')).toBe('0a03746172');
    expect(decodeBytesMessage(b).toString()).toBe('tar');
  });
});

describe('Go FileMode conversion', () => {
  it('maps POSIX types and special bits', () => {
    expect(goModeFromPosix(0o100644)).toBe(0o644);
    expect(goModeFromPosix(0o040755)).toBe((GoMode.Dir | 0o755) >>> 0);
    expect(goModeFromPosix(0o120777)).toBe((GoMode.Symlink | 0o777) >>> 0);
    expect(goModeFromPosix(0o010644)).toBe((GoMode.NamedPipe | 0o644) >>> 0);
    expect(goModeFromPosix(0o060660)).toBe((GoMode.Device | 0o660) >>> 0);
    expect(goModeFromPosix(0o020666)).toBe((GoMode.Device | GoMode.CharDevice | 0o666) >>> 0);
    expect(goModeFromPosix(0o140755)).toBe(0o755); // socket bit cleared, as fsutil does
    expect(goModeFromPosix(0o104755)).toBe((GoMode.Setuid | 0o755) >>> 0);
    expect(goModeFromPosix(0o042775)).toBe((GoMode.Dir | GoMode.Setgid | 0o775) >>> 0);
    expect(goModeFromPosix(0o041777)).toBe((GoMode.Dir | GoMode.Sticky | 0o777) >>> 0);
    expect(posixPermFromGoMode((GoMode.Setuid | GoMode.Sticky | 0o750) >>> 0)).toBe(0o5750);
  });
});

describe('PatternMatcher (moby/patternmatcher semantics)', () => {
  const m = (patterns: string[], path: string) => new PatternMatcher(patterns).matchesOrParentMatches(path);

  it('matches globs, ** and parents', () => {
    expect(m(['*.go'], 'main.go')).toBe(true);
    expect(m(['*.go'], 'sub/main.go')).toBe(false);
    expect(m(['**/*.go'], 'sub/deep/main.go')).toBe(true);
    expect(m(['**/*.go'], 'main.go')).toBe(true);
    expect(m(['a/**'], 'a/b/c')).toBe(true);
    expect(m(['a/**/c'], 'a/c')).toBe(true);
    expect(m(['a/**/c'], 'a/x/y/c')).toBe(true);
    expect(m(['build'], 'build/out/x')).toBe(true); // parent matches
    expect(m(['?.txt'], 'a.txt')).toBe(true);
    expect(m(['?.txt'], '\u{1F600}.txt')).toBe(true); // one rune, not one UTF-16 unit
    expect(m(['[a-c]*'], 'bx')).toBe(true);
    expect(m(['[^a-c]*'], 'bx')).toBe(false);
    expect(m(['x\\[1\\]'], 'x[1]')).toBe(true);
    expect(m(['a.b'], 'axb')).toBe(false); // regexp metacharacters are literal
    expect(m(['./a//b/'], 'a/b')).toBe(true); // patterns are cleaned
  });

  it('applies exceptions in order', () => {
    expect(m(['*.log', '!keep.log'], 'keep.log')).toBe(false);
    expect(m(['*.log', '!keep.log', 'keep*'], 'keep.log')).toBe(true);
    expect(m(['dir', '!dir/x'], 'dir/x/y')).toBe(false);
    expect(m(['dir', '!dir/x'], 'dir/z')).toBe(true);
  });

  it('rejects malformed patterns like Go', () => {
    expect(() => new PatternMatcher(['!'])).toThrow(/illegal exclusion/);
    expect(() => new PatternMatcher(['['])).toThrow(/syntax error/);
    expect(() => new PatternMatcher(['[]'])).toThrow(/syntax error/);
    expect(() => new PatternMatcher(['a\\'])).toThrow(/syntax error/);
    expect(new PatternMatcher(['  ', '']).patterns).toEqual([]);
  });

  it('matchGlob follows filepath.Match for one path element', () => {
    expect(matchGlob('*.go', 'a.go')).toBe(true);
    expect(matchGlob('*.go', 'a.txt')).toBe(false);
    expect(matchGlob('[ab]?', 'bz')).toBe(true);
    expect(matchGlob('[^ab]?', 'bz')).toBe(false);
    expect(matchGlob('\\*', '*')).toBe(true);
    expect(matchGlob('[', '[')).toBe(false);
  });
});
