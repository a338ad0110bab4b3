/** IPv4 CIDR arithmetic: `cidrhost`, `cidrnetmask`, `cidrsubnet`, `cidrsubnets` (go-cty-funcs cidr, IPv4 only). */
import type { HclFunction } from '../eval.js';
import { ArgError, arity, goQuote, integer, str } from './arguments.js';

function parseIPv4(s: string): number {
  const parts = s.split('.');
  if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p) || Number(p) > 255))
    throw new Error(`invalid IP address ${goQuote(s)}`);
  return parts.reduce((acc, p) => acc * 256 + Number(p), 0);
}

function formatIPv4(n: number): string {
  return [24, 16, 8, 0].map((sh) => Math.floor(n / 2 ** sh) % 256).join('.');
}

function parseCIDR(s: string): { base: number; bits: number } {
  const [ip, bitsS] = s.split('/');
  if (ip === undefined || bitsS === undefined || !/^\d+$/.test(bitsS)) throw new Error(`invalid CIDR address: ${s}`);
  const bits = Number(bitsS);
  if (bits > 32) throw new Error(`invalid CIDR address: ${s}`);
  const size = 2 ** (32 - bits);
  const base = Math.floor(parseIPv4(ip) / size) * size;
  return { base, bits };
}

function cidrSubnet(prefix: string, newbits: number, netnum: number): string {
  const { base, bits } = parseCIDR(prefix);
  const nb = bits + newbits;
  if (nb > 32) throw new Error(`insufficient address space to extend prefix of ${bits} by ${newbits}`);
  if (netnum >= 2 ** newbits || netnum < 0)
    throw new Error(`prefix extension of ${newbits} does not accommodate a subnet numbered ${netnum}`);
  return `${formatIPv4(base + netnum * 2 ** (32 - nb))}/${nb}`;
}

export const cidrhost: HclFunction = (a) => {
  arity('cidrhost', a, 2);
  const { base, bits } = parseCIDR(str(a[0]));
  const size = 2 ** (32 - bits);
  let n = integer(a[1]);
  if (n < 0) n += size;
  if (n < 0 || n >= size) throw new Error(`prefix of ${bits} does not accommodate a host numbered ${integer(a[1])}`);
  return formatIPv4(base + n);
};

export const cidrnetmask: HclFunction = (a) => {
  arity('cidrnetmask', a, 1);
  const { bits } = parseCIDR(str(a[0]));
  return formatIPv4(bits === 0 ? 0 : 2 ** 32 - 2 ** (32 - bits));
};

export const cidrsubnet: HclFunction = (a) => (
  arity('cidrsubnet', a, 3),
  cidrSubnet(str(a[0]), integer(a[1]), integer(a[2]))
);

export const cidrsubnets: HclFunction = (a) => {
  if (a.length < 1) throw new ArgError('cidrsubnets() needs a prefix');
  const prefix = str(a[0]);
  const { base, bits } = parseCIDR(prefix);
  let next = base;
  return a.slice(1).map((nbV) => {
    const nb = bits + integer(nbV);
    if (nb > 32) throw new Error(`would extend prefix to ${nb} bits, which is too long for an IPv4 address`);
    const size = 2 ** (32 - nb);
    next = Math.ceil(next / size) * size;
    const out = `${formatIPv4(next)}/${nb}`;
    next += size;
    return out;
  });
};
