/**
 * Build progress, as BuildKit's `util/progress/progressui` package does it: the tracker that turns the
 * `Control.Status` stream into events, the plain printer, and the helpers renderers share.
 */
export * from './events.js';
export * from './format.js';
export * from './plain-printer.js';
export * from './time.js';
export * from './tracker.js';
export * from './warnings.js';
