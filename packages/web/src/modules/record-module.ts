import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { Permission } from '@djt/shared';
import type { Scorecard } from './school/school-checklist';

/** What the school workspace hands each record module's section. */
export interface RecordSectionProps {
  schoolId: string;
  /** The year shown (the scorecard's). */
  year: number;
  /** The school's scorecard: every rule's statuses; a section picks its own rules from it. */
  scorecard: Scorecard;
  /** The user may write this module's records at this school (its `writePermission`). */
  canWrite: boolean;
  /** A record was saved or deleted: the scorecard's statuses change too. */
  onChanged: () => void;
}

/** A module's strings: zh-CN first; en must have exactly the same keys. */
export interface ModuleMessages<M> {
  'zh-CN': M;
  en: NoInfer<Widen<M>>;
}
export type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/**
 * One record type in the web client (docs/adding-a-record-type.md, "web folder"). Listed once
 * in `modules/index.ts`; the school workspace, the read-only notice, the i18n resources and the
 * audit page's record kinds follow from that list, without naming the module.
 */
export interface WebRecordModule {
  /** The module's name, the same as in SHARED_MODULES and RECORD_MODULES (`<name>`, the folder's). */
  name: string;
  /**
   * Where the module's strings sit in the i18n resources: its bundle is merged under this
   * top-level key (`myRecord` → `t('myRecord.title')`). Must not be a core key.
   */
  i18nKey: string;
  /** Its strings, zh-CN and en. */
  messages: ModuleMessages<object>;
  /** i18n key of the tab and section title in the school workspace. */
  titleKey: string;
  /** The school workspace's section: its own chunk, loaded when the workspace is drawn. */
  Section: LazyExoticComponent<ComponentType<RecordSectionProps>>;
  /** Starts loading the section's chunk (the workspace calls it before its data arrives). */
  preload: () => void;
  /** The permission that makes the module's records writable at a school. */
  writePermission: Permission;
  /** The record kinds the API writes to the audit trail (`entity`), each with its label's i18n key. */
  auditEntities: Readonly<Record<string, string>>;
}

/** A module entry, with `Section` and `preload` made from one loader of the section's chunk. */
export function defineWebRecordModule<M extends object>(
  m: Omit<WebRecordModule, 'Section' | 'preload' | 'messages'> & {
    messages: ModuleMessages<M>;
    loadSection: () => Promise<ComponentType<RecordSectionProps>>;
  },
): WebRecordModule {
  const { loadSection, ...rest } = m;
  return {
    ...rest,
    Section: lazy(() => loadSection().then((c) => ({ default: c }))),
    preload: () => void loadSection().catch(() => undefined),
  };
}
