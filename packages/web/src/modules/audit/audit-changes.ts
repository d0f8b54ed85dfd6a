/**
 * A compact line for an audit entry's `changes` (`{ before?, after?, … }`): the fields that
 * differ ("topic: A → B"), or the fields written when a record was created or deleted.
 */
export interface ChangeLine {
  field: string;
  before?: string;
  after?: string;
}

function show(v: unknown): string {
  if (v == null) return '—';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `[${v.length}]`;
  return JSON.stringify(v);
}

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

export function changeLines(changes: unknown): ChangeLine[] {
  if (!isObject(changes)) return [];
  const { before, after } = changes;
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys
      .filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]))
      .map((k) => ({ field: k, before: show(before[k]), after: show(after[k]) }));
  }
  if (isObject(after)) return Object.entries(after).map(([k, v]) => ({ field: k, after: show(v) }));
  if (isObject(before)) return Object.entries(before).map(([k, v]) => ({ field: k, before: show(v) }));
  return Object.entries(changes).map(([k, v]) => ({ field: k, after: show(v) }));
}

export function lineText(l: ChangeLine): string {
  if (l.before != null && l.after != null) return `${l.field}: ${l.before} → ${l.after}`;
  return `${l.field}: ${l.after ?? l.before ?? ''}`;
}

/** The whole change as one line (the Excel cell). */
export function changesText(changes: unknown): string {
  return changeLines(changes).map(lineText).join('; ');
}
