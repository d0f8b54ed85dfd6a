export * from './levels';
export * from './months';
