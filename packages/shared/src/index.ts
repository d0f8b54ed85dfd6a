export * from './tenancy';
export * from './policy';
export * from './rules';
export * from './errors';
export * from './domain';
export * from './modules';
export * from './text';
export * from './files';
