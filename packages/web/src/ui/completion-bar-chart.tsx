import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { escapeHtml } from '../lib/format';
import { completionColor, formatRate } from '../lib/status-colors';
import type { ChartOption } from './echarts';
import { useEChart } from './use-echart';

export interface CompletionBar {
  key: string;
  name: string;
  rate: number | null;
  schools: number;
}

/** Completion rate per group (district, school type) as horizontal bars, coloured by band. */
export function CompletionBarChart({
  items,
  ariaLabel,
  onBarClick,
}: {
  items: readonly CompletionBar[];
  ariaLabel: string;
  onBarClick?: (item: CompletionBar) => void;
}) {
  const { t } = useTranslation();
  const height = Math.max(160, items.length * 32 + 40);
  const clickable = !!onBarClick;
  const option = useMemo<ChartOption>(
    () => ({
      animation: false,
      aria: { enabled: true, label: { description: ariaLabel } },
      grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
      tooltip: {
        trigger: 'item',
        formatter: (p: unknown) => {
          const i = (p as { dataIndex: number }).dataIndex;
          const it = [...items].reverse()[i];
          return `${escapeHtml(it.name)}<br/>${t('dashboard.completionRate')}：${formatRate(it.rate)}<br/>${t('dashboard.schoolCount', { count: it.schools })}`;
        },
      },
      xAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
      // Reversed so the first item is on top, reading order.
      yAxis: { type: 'category', data: [...items].reverse().map((i) => i.name), axisTick: { show: false } },
      series: [
        {
          type: 'bar',
          barMaxWidth: 18,
          data: [...items].reverse().map((i) => ({
            value: i.rate == null ? 0 : Math.round(i.rate * 1000) / 10,
            itemStyle: { color: completionColor(i.rate) },
          })),
          label: {
            show: true,
            position: 'right',
            formatter: (p: unknown) => formatRate([...items].reverse()[(p as { dataIndex: number }).dataIndex].rate),
          },
          cursor: clickable ? 'pointer' : 'default',
        },
      ],
    }),
    [items, ariaLabel, t, clickable],
  );
  const ref = useEChart(option, (e) => {
    const it = [...items].reverse()[e.dataIndex];
    if (it && onBarClick) onBarClick(it);
  });
  return (
    <div
      ref={ref}
      role="img"
      aria-label={ariaLabel}
      data-testid="completion-bar-chart"
      style={{ width: '100%', height }}
    />
  );
}
