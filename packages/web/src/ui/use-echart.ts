import { useEffect, useRef } from 'react';
import type { ECharts, ECElementEvent } from 'echarts/core';
import { echarts, type ChartOption } from './echarts';

/**
 * Mounts a canvas chart in the returned ref, keeps it sized to its container and disposes it on
 * unmount. The option replaces the previous one wholesale (notMerge) so removed series vanish.
 */
export function useEChart(option: ChartOption, onClick?: (e: ECElementEvent) => void) {
  const ref = useRef<HTMLDivElement>(null);
  const chartRef = useRef<ECharts | null>(null);
  const clickRef = useRef(onClick);
  clickRef.current = onClick;

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const chart = echarts.init(el, undefined, { renderer: 'canvas' });
    chartRef.current = chart;
    chart.on('click', (e) => clickRef.current?.(e as ECElementEvent));
    const ro = new ResizeObserver(() => chart.resize());
    ro.observe(el);
    return () => {
      ro.disconnect();
      chart.dispose();
      chartRef.current = null;
    };
  }, []);

  useEffect(() => {
    chartRef.current?.setOption(option, { notMerge: true, lazyUpdate: true });
  }, [option]);

  return ref;
}
