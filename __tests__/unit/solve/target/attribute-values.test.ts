import { describe, expect, it } from 'vitest';
import {
  AttributeValueError,
  formatExtraHosts,
  formatUlimits,
  normalizePlatformSpec,
  normalizePlatforms,
  parseGoBool,
  parseMemBytes,
} from '../../../../src/solve/target/attribute-values.js';

describe('shm-size (go-units RAMInBytes)', () => {
  it('reads binary units whatever their case, with optional i and b', () => {
    expect(parseMemBytes('128m')).toBe(134217728);
    expect(parseMemBytes('128M')).toBe(134217728);
    expect(parseMemBytes('1g')).toBe(1073741824);
    expect(parseMemBytes('1GiB')).toBe(1073741824);
    expect(parseMemBytes('64 kb')).toBe(65536);
    expect(parseMemBytes('1.5k')).toBe(1536);
    expect(parseMemBytes('4096')).toBe(4096);
  });
  it('refuses what is not a size', () => {
    for (const v of ['', 'm', '-1m', '12x', '1..2m', 'lots'])
      expect(() => parseMemBytes(v), v).toThrow(AttributeValueError);
  });
  it('splits number and unit as go-units parseSize does (the number ends at the last digit, dot or space)', () => {
    expect(parseMemBytes('1e3')).toBe(1000);
    expect(parseMemBytes('2.k')).toBe(2048);
    expect(parseMemBytes('+1k')).toBe(1024);
    expect(parseMemBytes('10b')).toBe(10);
    expect(parseMemBytes('1kib')).toBe(1024);
    expect(parseMemBytes('1.5')).toBe(1);
    for (const v of ['10i', '10ki', '10bb', '10kbb', '1  k', '0x10', '1 2'])
      expect(() => parseMemBytes(v), v).toThrow(AttributeValueError);
  });
});

describe('ulimits (go-units ParseUlimit, docker/cli UlimitOpt)', () => {
  it('gives soft:hard, one per name (the last wins), sorted by name', () => {
    expect(formatUlimits(['nproc=500'])).toBe('nproc=500:500');
    expect(formatUlimits(['nproc=500', 'nofile=1024:2048'])).toBe('nofile=1024:2048,nproc=500:500');
    expect(formatUlimits(['nofile=1:2', 'nofile=3:4'])).toBe('nofile=3:4');
    expect(formatUlimits(['core=-1'])).toBe('core=-1:-1');
    expect(formatUlimits(['stack=10:-1'])).toBe('stack=10:-1');
  });
  it('refuses unknown names, soft above hard, and too many parts', () => {
    expect(() => formatUlimits(['files=1'])).toThrow(/not a ulimit/);
    expect(() => formatUlimits(['nofile=10:5'])).toThrow(/above the hard limit/);
    expect(() => formatUlimits(['nofile=1:2:3'])).toThrow(/at most two/);
    expect(() => formatUlimits(['nofile'])).toThrow(/NAME=SOFT/);
    expect(() => formatUlimits(['nofile=x'])).toThrow(/not an integer/);
  });
});

describe('extra-hosts (buildx toBuildkitExtraHosts)', () => {
  it('one entry per address, brackets dropped, host:ip accepted', () => {
    expect(formatExtraHosts(['a=1.2.3.4', 'b=10.0.0.1,10.0.0.2', 'c=[::1]', 'd:5.6.7.8'])).toBe(
      'a=1.2.3.4,b=10.0.0.1,b=10.0.0.2,c=::1,d=5.6.7.8',
    );
  });
  it('host-gateway is the builder address, or an error saying why there is none', () => {
    expect(formatExtraHosts(['gw=host-gateway'], { ip: '172.17.0.1' })).toBe('gw=172.17.0.1');
    expect(() => formatExtraHosts(['gw=host-gateway'], { unsupported: 'not on this builder' })).toThrow(
      /not on this builder/,
    );
  });
  it('refuses what is not an address', () => {
    expect(() => formatExtraHosts(['a=example.com'])).toThrow(/not an IP address/);
    expect(() => formatExtraHosts(['a='])).toThrow(/HOST=IP/);
    expect(() => formatExtraHosts(['=1.2.3.4'])).toThrow(/HOST=IP/);
  });
});

describe('platforms (containerd platforms.Parse + Normalize)', () => {
  it('normalises architecture spellings and variants', () => {
    expect(normalizePlatformSpec('linux/x86_64')).toBe('linux/amd64');
    expect(normalizePlatformSpec('linux/aarch64')).toBe('linux/arm64');
    expect(normalizePlatformSpec('linux/arm64/v8')).toBe('linux/arm64');
    expect(normalizePlatformSpec('linux/arm')).toBe('linux/arm/v7');
    expect(normalizePlatformSpec('Linux/AMD64')).toBe('linux/amd64');
    expect(normalizePlatforms(['linux/amd64,linux/arm64', 'linux/386'])).toEqual([
      'linux/amd64',
      'linux/arm64',
      'linux/386',
    ]);
  });
  it('local is this machine', () => {
    expect(normalizePlatformSpec('local')).toMatch(/^linux\/(amd64|arm64)/);
  });
  it('refuses what is not a platform', () => {
    expect(() => normalizePlatformSpec('linux/amd64/v1/x')).toThrow(AttributeValueError);
    expect(() => normalizePlatformSpec('linux/a b')).toThrow(AttributeValueError);
  });
});

describe('Go booleans', () => {
  it('reads what strconv.ParseBool reads', () => {
    expect(['1', 't', 'T', 'true', 'TRUE', 'True'].map(parseGoBool)).toEqual(Array(6).fill(true));
    expect(['0', 'f', 'false', 'FALSE'].map(parseGoBool)).toEqual(Array(4).fill(false));
    expect(parseGoBool('yes')).toBeUndefined();
    expect(parseGoBool(undefined)).toBeUndefined();
  });
});
