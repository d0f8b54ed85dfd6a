/**
 * The three-level hierarchy: Bureau (教育局党委) → District (区县教育党工委) → School (学校党组织).
 * Every tenant-owned row carries its ancestry as plain ids, so "is X under Y" is an equality test.
 */
export const ORG_LEVELS = ['BUREAU', 'DISTRICT', 'SCHOOL'] as const;
export type OrgLevel = (typeof ORG_LEVELS)[number];

export const SCHOOL_TYPES = ['PRIMARY', 'JUNIOR', 'SENIOR', 'NINE_YEAR', 'VOCATIONAL'] as const;
export type SchoolType = (typeof SCHOOL_TYPES)[number];

/** Depth of a level: smaller is higher. */
export const LEVEL_DEPTH: Record<OrgLevel, number> = { BUREAU: 0, DISTRICT: 1, SCHOOL: 2 };

/** An organisation as the policy sees it: its id, level and ancestry. */
export interface OrgRef {
  id: string;
  level: OrgLevel;
  bureauId: string;
  /** The district itself for a district, the parent district for a school, null for a bureau. */
  districtId: string | null;
  /** The school itself for a school, null above. */
  schoolId: string | null;
}

/** True when `scope` is `target` or lies above it (same bureau, never a sibling). */
export function covers(scope: OrgRef, target: OrgRef): boolean {
  if (scope.bureauId !== target.bureauId) return false;
  switch (scope.level) {
    case 'BUREAU':
      return true;
    case 'DISTRICT':
      return target.districtId === scope.id;
    case 'SCHOOL':
      return target.schoolId === scope.id;
  }
}

/** True when `scope` is strictly above `target` and covers it. */
export function isAbove(scope: OrgRef, target: OrgRef): boolean {
  return covers(scope, target) && LEVEL_DEPTH[scope.level] < LEVEL_DEPTH[target.level];
}
