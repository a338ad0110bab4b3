export * from './reference.js';
export * from './auth.js';
export * from './client.js';
