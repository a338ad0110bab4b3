/** fsutil file-tree transfer (tonistiigi/fsutil wire protocol): walker + filters, sender, receiver. */
export { streamChannel, objectCodec, rawCodec, readMessages, StreamClosedError } from './channel.js';
export type { PacketChannel, PacketCodec } from './channel.js';
export { openTreeWalk, resolveRoot, TreeFilter } from './walker.js';
export type { StatSource, WalkOptions, WalkedStat } from './walker.js';
export { sendTree, DEFAULT_CHUNK_SIZE, DEFAULT_READERS, LISTING_BATCH } from './sender.js';
export type { SendOptions } from './sender.js';
export { receiveTree, OrderValidator } from './receiver.js';
export type { ReceiveOptions, ReceiveResult } from './receiver.js';
export { matchGlob } from './patterns/glob.js';
export { PatternMatcher } from './patterns/matcher.js';
export { resolveFollowPaths } from './followpaths.js';
export { GoMode, goModeFromPosix, posixPermFromGoMode, isRegularMode } from './mode.js';
