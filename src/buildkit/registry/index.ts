/** The registry API client with the references and auth challenges it works with. */
export * from './reference.js';
export * from './auth.js';
export * from './client.js';
