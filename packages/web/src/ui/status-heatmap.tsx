import { useMemo } from 'react';
import { LABELS, type PeriodKind } from '@djt/shared';
import { escapeHtml } from '../lib/format';
import { rowIndexOfY, toHeatmapCells, zoomWindow, type HeatmapRow } from '../lib/heatmap-data';
import { formatMeasure, formatPeriod, formatPeriodShort } from '../lib/periods';
import { STATUS_COLORS, STATUS_ORDER, statusFromIndex } from '../lib/status-colors';
import { useLang } from '../lib/use-lang';
import type { ChartOption } from './echarts';
import { StatusLegend } from './status-cell';
import { useEChart } from './use-echart';

const ROW_HEIGHT = 20;
const VISIBLE_ROWS = 30;

/** The canvas height for this many rows (at most 30 drawn at once; the rest scroll). */
export function heatmapHeight(rowCount: number): number {
  return Math.max(160, Math.min(rowCount, VISIBLE_ROWS) * ROW_HEIGHT + 70);
}

interface StatusHeatmapProps {
  /** The rule's periods (columns) and their kind. */
  periods: readonly string[];
  kind: PeriodKind;
  /** Unit of the rows' values, e.g. 课时 / class-hours. */
  measure: string;
  /** Drawn top-down in this order (the caller's sort). */
  rows: readonly HeatmapRow[];
  onRowClick?: (row: HeatmapRow, periodIndex: number) => void;
  ariaLabel: string;
}

/**
 * Schools × periods of one rule on one canvas, shared by the district summary and the bureau
 * dashboard. Canvas + category axes + a vertical zoom window keep 1,600 schools (19,200 cells)
 * smooth: only the rows inside the window are laid out and labelled.
 */
export function StatusHeatmap({ periods, kind, measure, rows, onRowClick, ariaLabel }: StatusHeatmapProps) {
  const { lang, l } = useLang();
  const zoom = zoomWindow(rows.length, VISIBLE_ROWS);
  const height = heatmapHeight(rows.length);

  const option = useMemo<ChartOption>(() => {
    const cells = toHeatmapCells(rows, periods.length);
    const yLabels = rows.map((r) => r.label).reverse();
    return {
      animation: false,
      aria: { enabled: true, label: { description: ariaLabel } },
      // A fixed label gutter: containLabel would measure all 1,600 labels (the slowest part of the first draw).
      grid: { left: 172, right: zoom.zoom ? 40 : 12, top: 28, bottom: 8, containLabel: false },
      tooltip: {
        formatter: (p: unknown) => {
          const v = (p as { value: [number, number, number, number] }).value;
          const row = rows[rowIndexOfY(v[1], rows.length)];
          const status = statusFromIndex(v[2]);
          return `${escapeHtml(row?.label ?? '')}<br/>${formatPeriod(kind, periods[v[0]], lang)}：${
            status ? l(LABELS.complianceStatus[status]) : ''
          }${measure ? `<br/>${escapeHtml(formatMeasure(v[3], measure))}` : ''}`;
        },
      },
      xAxis: {
        type: 'category',
        position: 'top',
        data: periods.map((p, i) => formatPeriodShort(kind, p, lang, i === 0 || p.endsWith('-01'))),
        splitArea: { show: false },
        axisTick: { show: false },
      },
      yAxis: {
        type: 'category',
        data: yLabels,
        axisTick: { show: false },
        axisLabel: { interval: 0, width: 160, overflow: 'truncate', fontSize: 12 },
      },
      visualMap: {
        type: 'piecewise',
        show: false,
        dimension: 2,
        pieces: STATUS_ORDER.map((s, i) => ({ value: i, color: STATUS_COLORS[s] })),
        outOfRange: { color: '#f0f0f0' },
      },
      dataZoom: zoom.zoom
        ? [
            {
              type: 'slider',
              yAxisIndex: 0,
              start: zoom.start,
              end: zoom.end,
              width: 14,
              right: 8,
              showDetail: false,
              brushSelect: false,
            },
            {
              type: 'inside',
              yAxisIndex: 0,
              start: zoom.start,
              end: zoom.end,
              zoomOnMouseWheel: false,
              moveOnMouseWheel: true,
            },
          ]
        : [],
      series: [
        {
          type: 'heatmap',
          data: cells,
          itemStyle: { borderColor: '#fff', borderWidth: 1 },
          emphasis: { itemStyle: { borderColor: '#1f1f1f', borderWidth: 1 } },
          progressive: 5000,
        },
      ],
    };
  }, [rows, periods, kind, measure, lang, l, ariaLabel, zoom.zoom, zoom.start, zoom.end]);

  const ref = useEChart(option, (e) => {
    const v = e.value as [number, number, number, number] | undefined;
    if (!v || !onRowClick) return;
    const row = rows[rowIndexOfY(v[1], rows.length)];
    if (row) onRowClick(row, v[0]);
  });

  return (
    <div>
      <StatusLegend />
      <div ref={ref} role="img" aria-label={ariaLabel} data-testid="status-heatmap" style={{ width: '100%', height }} />
    </div>
  );
}
