const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (s: string) => UUID_RE.test(s);

/**
 * A uuid list as one PostgreSQL array literal for `?::uuid[]` (knex would expand a JS array
 * binding into a value list). Only validated uuids get here, so no quoting is needed.
 */
export const uuidArray = (ids: readonly string[]) => `{${ids.filter(isUuid).join(',')}}`;
