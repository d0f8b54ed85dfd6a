import type { ErrorCode } from '../errors/error-codes';
import type { ModulePermissionDef } from '../policy/permission-def';
import type { Localized, RuleDef, SettingDefs } from './types';

/**
 * What one record module shares between the API and the web client: its compliance rules, the
 * labels of its vocabularies, and its input error reasons. Listed once in modules/index.ts; the
 * rule registry, the label table and the error catalogue are derived from that list.
 */
export interface SharedModule<
  L extends Record<string, Record<string, Localized>> = Record<string, Record<string, Localized>>,
  R extends Record<string, { code: ErrorCode } & Localized> = Record<string, { code: ErrorCode } & Localized>,
  P extends Record<string, ModulePermissionDef> = Record<string, ModulePermissionDef>,
> {
  name: string;
  // Rules of any settings shape: each rule's own `evaluate` is typed by its settings.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  rules: readonly RuleDef<any>[];
  labels: L;
  reasons: R;
  /** The module's permissions (`<resource>.<action>`), each with the roles it is granted to. */
  permissions: P;
}

export function defineSharedModule<
  L extends Record<string, Record<string, Localized>>,
  R extends Record<string, { code: ErrorCode } & Localized>,
  P extends Record<string, ModulePermissionDef>,
>(m: SharedModule<L, R, P> & { rules: readonly RuleDef<SettingDefs>[] | readonly unknown[] }): SharedModule<L, R, P> {
  return m as SharedModule<L, R, P>;
}
