/**
 * The record modules, listed once. Adding a record type adds its shared folder here (see
 * docs/adding-a-record-type.md); the rule registry, labels and error reasons follow.
 */
import { majorMattersShared } from './major-matters';
import { meetingsShared } from './meetings';
import { personShared } from './person';
import { theoryClassShared } from './theory-class';

export * from './person';
export * from './theory-class';
export * from './meetings';
export * from './major-matters';

export const SHARED_MODULES = [personShared, theoryClassShared, meetingsShared, majorMattersShared] as const;

type Union<T> = T extends readonly (infer U)[] ? U : never;
type Intersect<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
type ModuleOf = Union<typeof SHARED_MODULES>;

/** Every module's error reasons, keyed by reason. */
export const MODULE_REASONS = Object.assign({}, ...SHARED_MODULES.map((m) => m.reasons)) as Intersect<
  ModuleOf['reasons']
>;
/** Every module's permissions, keyed by permission. */
export const MODULE_PERMISSIONS = Object.assign({}, ...SHARED_MODULES.map((m) => m.permissions)) as Intersect<
  ModuleOf['permissions']
>;
/** Every module's vocabulary labels, keyed by vocabulary. */
export const MODULE_LABELS = Object.assign({}, ...SHARED_MODULES.map((m) => m.labels)) as Intersect<ModuleOf['labels']>;
