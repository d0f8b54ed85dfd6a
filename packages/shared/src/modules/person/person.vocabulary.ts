import type { Localized } from '../../rules/types';

/** 教师 / 职工 / 退休: what a person is at the school, whatever their party status. */
export const STAFF_CATEGORIES = ['TEACHER', 'STAFF', 'RETIRED'] as const;
export type StaffCategory = (typeof STAFF_CATEGORIES)[number];

export const PERSON_LABELS = {
  staffCategory: {
    TEACHER: { zh: '教师', en: 'Teacher' },
    STAFF: { zh: '职工', en: 'Staff' },
    RETIRED: { zh: '退休', en: 'Retired' },
  },
} satisfies Record<string, Record<string, Localized>>;

/**
 * Input limits of the roster and its Excel import, shared by the API, the web form and the
 * importer. Text lengths count characters (code points).
 */
export const PERSON_LIMITS = {
  staffNoMax: 32,
  nameMax: 50,
  partyGroupMax: 30,
  leaveReasonMax: 200,
  /** Rows of one import (the header row not counted). */
  importRowsMax: 5000,
  /** Bytes of one imported file: 5 MiB holds 5,000 rows many times over. */
  importFileBytesMax: 5 * 1024 * 1024,
  /** Rows sent in one request while an import is staged (each request stays far below the API's 1 MB body limit). */
  importChunkRows: 500,
  /** Problems the API lists for one import; the rest are counted. */
  importProblemsMax: 1000,
  /** Years back a date of joining the Party may lie. */
  joinedYearsBack: 80,
  /** Probation is one year (党章 §7); the expected full-membership date is at most this many days after joining. */
  probationMaxDays: 3 * 366,
} as const;
