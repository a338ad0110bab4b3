/** The Docker client's configuration as bakekit reads it: config dir rule, config.json, credentials, context store. */
export * from './config-dir.js';
export * from './config-file.js';
export * from './contexts.js';
export * from './credentials.js';
