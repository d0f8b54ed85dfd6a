import type { ReactNode } from 'react';
import { Tag, Tooltip } from 'antd';
import { LABELS, type ComplianceStatus, type PeriodKind } from '@djt/shared';
import { formatMeasure, formatPeriod, formatPeriodShort } from '../lib/periods';
import {
  STATUS_BACKGROUNDS,
  STATUS_COLORS,
  STATUS_ON_FILL,
  STATUS_SYMBOLS,
  STATUS_TEXT_COLORS,
} from '../lib/status-colors';
import { useLang } from '../lib/use-lang';
import { useTranslation } from 'react-i18next';

/**
 * A tag in a status's colours (readable ones: antd's presets are not, see status-colors.ts),
 * with the status symbol; the text defaults to the translated status.
 */
export function StatusTag({ status, children }: { status: ComplianceStatus; children?: ReactNode }) {
  const { l } = useLang();
  return (
    <Tag
      data-status={status}
      style={{
        color: STATUS_TEXT_COLORS[status],
        background: STATUS_BACKGROUNDS[status],
        borderColor: STATUS_TEXT_COLORS[status],
      }}
    >
      {STATUS_SYMBOLS[status]} {children ?? l(LABELS.complianceStatus[status])}
    </Tag>
  );
}

interface PeriodStatusCellProps {
  /** The period key: 'YYYY-MM', 'YYYY-1|2' or 'YYYY'. */
  period: string;
  kind?: PeriodKind;
  status: ComplianceStatus;
  /** The rule's measure in the period and its unit, e.g. 1 and '课时'. */
  value?: number;
  measure?: string;
  /** The rule's explanation (server-translated), shown as a tooltip. */
  reason?: string;
  /** `strip`: labelled tile (school workspace); `dot`: a small square in table rows. */
  variant?: 'strip' | 'dot';
  selected?: boolean;
  current?: boolean;
  onSelect?: (period: string) => void;
  showYear?: boolean;
}

/**
 * The one period-status cell: the school's month strip and every row of the district and
 * bureau tables draw periods with it, so a status looks the same at every level.
 */
export function PeriodStatusCell({
  period,
  kind = 'MONTH',
  status,
  value,
  measure = '',
  reason,
  variant = 'strip',
  selected,
  current,
  onSelect,
  showYear,
}: PeriodStatusCellProps) {
  const { lang, l } = useLang();
  const label = `${formatPeriod(kind, period, lang)}: ${l(LABELS.complianceStatus[status])}${
    value != null && measure ? `, ${formatMeasure(value, measure)}` : ''
  }`;
  if (variant === 'dot') {
    // A native title, not an antd Tooltip: tables draw 12 of these per row, and a popup
    // component per dot made re-sorting 1,600 rows visibly slower.
    return (
      <span
        className="djt-dot"
        role="img"
        aria-label={label}
        title={reason ?? label}
        data-period={period}
        data-status={status}
        style={{ background: STATUS_COLORS[status], color: STATUS_ON_FILL }}
      >
        {STATUS_SYMBOLS[status]}
      </span>
    );
  }
  const tile = (
    <button
      type="button"
      className={`djt-month${selected ? ' is-selected' : ''}${current ? ' is-current' : ''}`}
      style={{ borderColor: STATUS_COLORS[status], background: STATUS_BACKGROUNDS[status] }}
      aria-pressed={selected}
      aria-label={reason ? `${label}. ${reason}` : label}
      data-testid={`month-${period}`}
      data-status={status}
      onClick={() => onSelect?.(period)}
    >
      <span className="djt-month__name">{formatPeriodShort(kind, period, lang, showYear)}</span>
      <span className="djt-month__status" style={{ color: STATUS_TEXT_COLORS[status] }}>
        {STATUS_SYMBOLS[status]} {l(LABELS.complianceStatus[status])}
      </span>
      {value != null && measure ? <span className="djt-month__hours">{formatMeasure(value, measure)}</span> : null}
    </button>
  );
  return reason ? <Tooltip title={reason}>{tile}</Tooltip> : tile;
}

/** Legend of the four statuses, shared by the heatmaps and the month strip. */
export function StatusLegend() {
  const { l } = useLang();
  const { t } = useTranslation();
  const statuses: ComplianceStatus[] = ['MET', 'PENDING', 'MISSED', 'NOT_APPLICABLE'];
  return (
    <ul className="djt-legend" aria-label={t('common.legend')}>
      {statuses.map((s) => (
        <li key={s}>
          <span className="djt-dot" style={{ background: STATUS_COLORS[s], color: STATUS_ON_FILL }} aria-hidden>
            {STATUS_SYMBOLS[s]}
          </span>
          {l(LABELS.complianceStatus[s])}
        </li>
      ))}
    </ul>
  );
}
