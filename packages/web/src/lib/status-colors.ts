import { COMPLIANCE_STATUSES, type ComplianceStatus } from '@djt/shared';

/**
 * One colour vocabulary for a month's status, used by the status cell, the heatmap and the
 * legend, so a red cell in the bureau heatmap means exactly what a red tag means at the school.
 * Each status also has a symbol, so the meaning does not rest on colour alone (colour-blind users,
 * greyscale printouts).
 */
export const STATUS_COLORS: Record<ComplianceStatus, string> = {
  MET: '#389e0d',
  MISSED: '#cf1322',
  PENDING: '#d48806',
  NOT_APPLICABLE: '#bfbfbf',
};

/** Light backgrounds for cells that carry text. */
export const STATUS_BACKGROUNDS: Record<ComplianceStatus, string> = {
  MET: '#f6ffed',
  MISSED: '#fff1f0',
  PENDING: '#fffbe6',
  NOT_APPLICABLE: '#fafafa',
};

/** antd Tag presets. */
export const STATUS_TAG_COLORS: Record<ComplianceStatus, string> = {
  MET: 'success',
  MISSED: 'error',
  PENDING: 'warning',
  NOT_APPLICABLE: 'default',
};

export const STATUS_SYMBOLS: Record<ComplianceStatus, string> = {
  MET: '✓',
  MISSED: '✗',
  PENDING: '…',
  NOT_APPLICABLE: '–',
};

/** Order used as the heatmap's numeric value and as the legend order. */
export const STATUS_ORDER: readonly ComplianceStatus[] = ['MET', 'PENDING', 'MISSED', 'NOT_APPLICABLE'];

export function isComplianceStatus(value: unknown): value is ComplianceStatus {
  return typeof value === 'string' && (COMPLIANCE_STATUSES as readonly string[]).includes(value);
}

/** Numeric code of a status for canvas heatmaps; unknown values map to -1 (drawn as empty). */
export function statusIndex(status: string): number {
  return STATUS_ORDER.indexOf(status as ComplianceStatus);
}

export function statusFromIndex(index: number): ComplianceStatus | undefined {
  return STATUS_ORDER[index];
}

/**
 * Colour of a completion rate (0..1, null when nothing was due): the same three bands everywhere
 * — at least 90 % is green, at least 60 % amber, below that red.
 */
export function completionColor(rate: number | null | undefined): string {
  if (rate == null) return STATUS_COLORS.NOT_APPLICABLE;
  if (rate >= 0.9) return STATUS_COLORS.MET;
  if (rate >= 0.6) return STATUS_COLORS.PENDING;
  return STATUS_COLORS.MISSED;
}

/** '87%' or '—' when nothing is due yet. */
export function formatRate(rate: number | null | undefined): string {
  return rate == null ? '—' : `${Math.round(rate * 100)}%`;
}
