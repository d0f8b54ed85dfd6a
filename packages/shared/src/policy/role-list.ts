export const ROLES = [
  'BUREAU_ADMIN',
  'BUREAU_VIEWER',
  'DISTRICT_ADMIN',
  'DISTRICT_VIEWER',
  'SCHOOL_SECRETARY',
  'SCHOOL_CLERK',
  'MEMBER',
] as const;
export type Role = (typeof ROLES)[number];
