import { COMPLIANCE_STATUSES, type ComplianceStatus } from '@djt/shared';

/**
 * One colour vocabulary for a period's status, used by the status cells, the heatmap, the tags
 * and the legend, so a red cell in the bureau heatmap means exactly what a red tag means at the
 * school. Each status also has a symbol, so the meaning does not rest on colour alone
 * (colour-blind users, greyscale printouts). Every text/background pair below has a WCAG
 * contrast of at least 4.5:1 (checked in status-colors.test.ts); antd's preset tag colours do
 * not (its warning tag is #faad14 on #fffbe6, 1.8:1).
 */

/** Solid fills: status dots (with the white symbol on top), heatmap cells, completion bars. */
export const STATUS_COLORS: Record<ComplianceStatus, string> = {
  MET: '#237804',
  MISSED: '#cf1322',
  PENDING: '#a36200',
  NOT_APPLICABLE: '#737373',
};

/** The symbol drawn on a solid fill. */
export const STATUS_ON_FILL = '#ffffff';

/** Light backgrounds of tags and tiles that carry the status as text. */
export const STATUS_BACKGROUNDS: Record<ComplianceStatus, string> = {
  MET: '#f6ffed',
  MISSED: '#fff1f0',
  PENDING: '#fffbe6',
  NOT_APPLICABLE: '#fafafa',
};

/** Text (and border) colour on STATUS_BACKGROUNDS. */
export const STATUS_TEXT_COLORS: Record<ComplianceStatus, string> = {
  MET: '#237804',
  MISSED: '#a8071a',
  PENDING: '#874d00',
  NOT_APPLICABLE: '#595959',
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
  return STATUS_COLORS[completionBand(rate)];
}

/** The status whose colours a completion rate borrows. */
export function completionBand(rate: number | null | undefined): ComplianceStatus {
  if (rate == null) return 'NOT_APPLICABLE';
  if (rate >= 0.9) return 'MET';
  if (rate >= 0.6) return 'PENDING';
  return 'MISSED';
}

/** '87%' or '—' when nothing is due yet. */
export function formatRate(rate: number | null | undefined): string {
  return rate == null ? '—' : `${Math.round(rate * 100)}%`;
}
