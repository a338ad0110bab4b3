/**
 * Every `.proto` text bakekit defines, from the modules of this folder. They are the definitions; what the
 * registry loads at run time is descriptors.ts, generated from them by scripts/gen-proto.ts (a unit test and the
 * build fail when it is stale). Nothing at run time imports this module.
 */
import { AUTH_PROTO } from './auth.js';
import { CONTENT_PROTO, FIELD_MASK_PROTO } from './content.js';
import { CONTROL_PROTO, PB_PROTO, SOURCEPOLICY_PROTO, WORKER_TYPES_PROTO } from './control.js';
import { FILESYNC_PROTO } from './filesync.js';
import { FSUTIL_PROTO } from './fsutil.js';
import { APICAPS_PROTO, GATEWAY_PROTO } from './gateway.js';
import { HEALTH_PROTO } from './health.js';
import { ANY_PROTO, RPC_STATUS_PROTO } from './rpc-status.js';
import { SECRETS_PROTO } from './secrets.js';
import { SSHFORWARD_PROTO } from './sshforward.js';

/** Well-known types referenced by several packages; ours, so nothing is loaded from disk. */
export const WELL_KNOWN_PROTO = `
syntax = "proto3";
package google.protobuf;
message Timestamp { int64 seconds = 1; int32 nanos = 2; }
message Empty {}
`;

export const PROTO_SOURCES: readonly string[] = [
  WELL_KNOWN_PROTO,
  ANY_PROTO,
  RPC_STATUS_PROTO,
  PB_PROTO,
  WORKER_TYPES_PROTO,
  SOURCEPOLICY_PROTO,
  CONTROL_PROTO,
  APICAPS_PROTO,
  GATEWAY_PROTO,
  SECRETS_PROTO,
  SSHFORWARD_PROTO,
  AUTH_PROTO,
  HEALTH_PROTO,
  FSUTIL_PROTO,
  FILESYNC_PROTO,
  FIELD_MASK_PROTO,
  CONTENT_PROTO,
];
