/**
 * Checks every text input gets, whatever its field (one rule for the API's input guard and the
 * web client's forms): PostgreSQL cannot store a NUL character, and a lone UTF-16 surrogate is
 * not text at all (it cannot be encoded as UTF-8 or JSON). Zero-width characters alone are
 * invisible, so such a string counts as empty.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const ZERO_WIDTH_ONLY = /^[\s\u200B-\u200D\u2060\uFEFF]+$/;

export type TextProblem = 'NUL' | 'LONE_SURROGATE';

export function textProblem(s: string): TextProblem | null {
  if (s.includes('\u0000')) return 'NUL';
  if (LONE_SURROGATE.test(s)) return 'LONE_SURROGATE';
  return null;
}

/** A string of only white space and zero-width characters becomes ''; others are unchanged. */
export function normaliseText(s: string): string {
  return s && ZERO_WIDTH_ONLY.test(s) ? '' : s;
}
