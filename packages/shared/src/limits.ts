import { YEAR_MAX, YEAR_MIN } from './tenancy/months';

/** Limits of the generic API, shared by the API and the web client. */
export const LIMITS = {
  pageMax: 200,
  monthsMax: 24,
  /** Years a dashboard or list can ask for (months outside are refused). */
  yearMin: YEAR_MIN,
  yearMax: YEAR_MAX,
  /** Characters of a free-text search filter. */
  searchMax: 50,
  /** Ids in one list filter (e.g. the districts of a comparison filter). */
  filterIdsMax: 100,
} as const;
