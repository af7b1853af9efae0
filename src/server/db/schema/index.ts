export * from './customers.js';
export * from './platform.js';
