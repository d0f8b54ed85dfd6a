export * from './types';
export * from './periods';
export * from './status';
export * from './module';
export * from './registry';
export * from './comparison';
