export * from './settings';
export * from './types';
export * from './theory-class.rule';
