export * from './cases.js';
export * from './customers.js';
export * from './platform.js';
