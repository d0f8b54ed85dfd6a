/**
 * The web client's record modules, listed once (docs/adding-a-record-type.md, "web folder").
 * The school workspace draws a section for each, the read-only notice asks each for its write
 * permission, the i18n resources merge each one's strings, and the audit page offers each
 * one's record kinds; none of them names a module.
 */
import type { WebRecordModule } from './record-module';
import { majorMattersWeb } from './major-matters';
import { meetingsWeb } from './meetings';
import { personWeb } from './person';
import { theoryClassWeb } from './theory-class';

export type { RecordSectionProps, WebRecordModule } from './record-module';

export const WEB_RECORD_MODULES: readonly WebRecordModule[] = [theoryClassWeb, meetingsWeb, majorMattersWeb, personWeb];

/** The audit trail's record kinds of the modules, each with the i18n key of its label. */
export const RECORD_AUDIT_ENTITIES: Readonly<Record<string, string>> = Object.assign(
  {},
  ...WEB_RECORD_MODULES.map((m) => m.auditEntities),
);

/**
 * The core messages of one language with each module's bundle under its `i18nKey`. A module key
 * that is already taken (by the core or another module) is a programming error: it throws.
 */
export function withModuleMessages<T extends object>(core: T, lng: 'zh-CN' | 'en'): T {
  const out: Record<string, unknown> = { ...(core as Record<string, unknown>) };
  for (const m of WEB_RECORD_MODULES) {
    if (m.i18nKey in out) throw new Error(`i18n: the key '${m.i18nKey}' of module ${m.name} is already taken`);
    out[m.i18nKey] = m.messages[lng];
  }
  return out as T;
}
