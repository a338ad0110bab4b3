/** POSIX modes to Go os.FileMode bits and back, as fsutil converts them. */
import { describe, expect, it } from 'vitest';
import { GoMode, goModeFromPosix, posixPermFromGoMode } from '../../../../src/buildkit/fsutil/mode.js';

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
