export * from './after-closure.js';
export * from './cases.js';
export * from './customers.js';
export * from './platform.js';
export * from './supervision.js';
