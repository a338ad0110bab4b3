/**
 * Go `os.FileMode` bits, which is what fsutil puts in `Stat.mode` (not POSIX st_mode).
 * Values are unsigned 32-bit; `>>> 0` keeps the top bit (ModeDir) positive in JS.
 */
import { constants as fsConstants } from 'node:fs';

export const GoMode = {
  Dir: 0x80000000 >>> 0,
  Append: 0x40000000,
  Exclusive: 0x20000000,
  Temporary: 0x10000000,
  Symlink: 0x08000000,
  Device: 0x04000000,
  NamedPipe: 0x02000000,
  Socket: 0x01000000,
  Setuid: 0x00800000,
  Setgid: 0x00400000,
  CharDevice: 0x00200000,
  Sticky: 0x00100000,
  Irregular: 0x00080000,
  Perm: 0o777,
} as const;

/** Go's os.ModeType: any of these bits means "not a regular file". */
export const GO_MODE_TYPE =
  (GoMode.Dir |
    GoMode.Symlink |
    GoMode.NamedPipe |
    GoMode.Socket |
    GoMode.Device |
    GoMode.CharDevice |
    GoMode.Irregular) >>>
  0;

const S_IFMT = fsConstants.S_IFMT;

/**
 * POSIX st_mode → Go FileMode, as Go's os.Lstat does; then fsutil clears the socket bit (archive/tar cannot
 * represent sockets), so a socket travels as a mode-only "regular" entry exactly as the Go client sends it.
 */
export function goModeFromPosix(stMode: number): number {
  let mode = stMode & 0o777;
  switch (stMode & S_IFMT) {
    case fsConstants.S_IFBLK:
      mode |= GoMode.Device;
      break;
    case fsConstants.S_IFCHR:
      mode |= GoMode.Device | GoMode.CharDevice;
      break;
    case fsConstants.S_IFDIR:
      mode |= GoMode.Dir;
      break;
    case fsConstants.S_IFIFO:
      mode |= GoMode.NamedPipe;
      break;
    case fsConstants.S_IFLNK:
      mode |= GoMode.Symlink;
      break;
    default:
      // S_IFREG adds nothing; S_IFSOCK would add ModeSocket, which fsutil clears.
      break;
  }
  if (stMode & 0o4000) mode |= GoMode.Setuid;
  if (stMode & 0o2000) mode |= GoMode.Setgid;
  if (stMode & 0o1000) mode |= GoMode.Sticky;
  return mode >>> 0;
}

/** Go FileMode → the chmod(2) argument (permissions plus setuid/setgid/sticky). */
export function posixPermFromGoMode(mode: number): number {
  let perm = mode & 0o777;
  if (mode & GoMode.Setuid) perm |= 0o4000;
  if (mode & GoMode.Setgid) perm |= 0o2000;
  if (mode & GoMode.Sticky) perm |= 0o1000;
  return perm;
}

/** Only entries with none of the type bits can be requested (fsutil fileCanRequestData); must match on both sides. */
export function isRegularMode(mode: number): boolean {
  return ((mode >>> 0) & GO_MODE_TYPE) === 0;
}

export function isDirMode(mode: number): boolean {
  return ((mode >>> 0) & GoMode.Dir) !== 0;
}

export function isSymlinkMode(mode: number): boolean {
  return ((mode >>> 0) & GoMode.Symlink) !== 0;
}

/** Linux dev_t split the way Go's fsutil does it (glibc's old encoding, 12-bit major). */
export function deviceNumbers(rdev: bigint): { major: bigint; minor: bigint } {
  return {
    major: (rdev >> 8n) & 0xfffn,
    minor: (rdev & 0xffn) | ((rdev >> 12n) & 0xfff00n),
  };
}
