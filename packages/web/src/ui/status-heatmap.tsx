import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LABELS } from '@djt/shared';
import { escapeHtml, formatHours, formatMonth, formatMonthShort } from '../lib/format';
import { rowIndexOfY, toHeatmapCells, zoomWindow, type HeatmapRow } from '../lib/heatmap-data';
import { STATUS_COLORS, STATUS_ORDER, statusFromIndex } from '../lib/status-colors';
import { useLang } from '../lib/use-lang';
import type { ChartOption } from './echarts';
import { StatusLegend } from './month-status-cell';
import { useEChart } from './use-echart';

const ROW_HEIGHT = 20;
const VISIBLE_ROWS = 30;

interface StatusHeatmapProps {
  months: readonly string[];
  /** Drawn top-down in this order (the caller's sort). */
  rows: readonly HeatmapRow[];
  onRowClick?: (row: HeatmapRow, monthIndex: number) => void;
  ariaLabel: string;
}

/**
 * Schools × months on one canvas, shared by the district summary and the bureau dashboard.
 * Canvas + category axes + a vertical zoom window keep 1,600 schools (19,200 cells) smooth:
 * only the rows inside the window are laid out and labelled.
 */
export function StatusHeatmap({ months, rows, onRowClick, ariaLabel }: StatusHeatmapProps) {
  const { lang, l } = useLang();
  const { t } = useTranslation();
  const zoom = zoomWindow(rows.length, VISIBLE_ROWS);
  const visible = Math.min(rows.length, VISIBLE_ROWS);
  const height = Math.max(160, visible * ROW_HEIGHT + 70);

  const option = useMemo<ChartOption>(() => {
    const cells = toHeatmapCells(rows, months.length);
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
          return `${escapeHtml(row?.label ?? '')}<br/>${formatMonth(months[v[0]], lang)}：${
            status ? l(LABELS.complianceStatus[status]) : ''
          }<br/>${t('school.hoursValue', { hours: formatHours(v[3]) })}`;
        },
      },
      xAxis: {
        type: 'category',
        position: 'top',
        data: months.map((m, i) => formatMonthShort(m, lang, i === 0 || m.endsWith('-01'))),
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
  }, [rows, months, lang, l, t, ariaLabel, zoom.zoom, zoom.start, zoom.end]);

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
