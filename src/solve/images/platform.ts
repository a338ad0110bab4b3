/**
 * Image platforms as text and in containerd's normal form. Apart from merge.ts so that what reads a bake target's
 * attributes (target/attribute-values.ts) can use them without loading the image and registry code: the shells resolve
 * the definition and start walking its directories before the build code loads (solve/run/bake.ts).
 */
import type { Platform } from '../../buildkit/registry/index.js';

/** `os/arch[/variant]` */
export function formatPlatform(p: Platform): string {
  return [p.os, p.architecture, p.variant].filter(Boolean).join('/');
}

/** Go's containerd/platforms normalisation for the parts that matter in indexes. */
export function normalizePlatform(p: Platform): Platform {
  const out: Platform = { ...p, os: (p.os || '').toLowerCase(), architecture: (p.architecture || '').toLowerCase() };
  const arch = out.architecture;
  if (arch === 'x86_64' || arch === 'x86-64') out.architecture = 'amd64';
  else if (arch === 'aarch64') out.architecture = 'arm64';
  else if (arch === 'i386') out.architecture = '386';
  else if (arch === 'armhf') Object.assign(out, { architecture: 'arm', variant: 'v7' });
  else if (arch === 'armel') Object.assign(out, { architecture: 'arm', variant: 'v6' });
  if (out.architecture === 'arm64' && (out.variant === 'v8' || out.variant === '8')) delete out.variant;
  if (out.architecture === 'amd64' && out.variant === 'v1') delete out.variant;
  if (out.architecture === 'arm' && !out.variant) out.variant = 'v7';
  if (!out.variant) delete out.variant;
  return out;
}
