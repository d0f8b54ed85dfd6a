import type { ComplianceStatus } from '@djt/shared';
import { statusIndex } from './status-colors';

export interface HeatmapRow {
  id: string;
  label: string;
  statuses: readonly ComplianceStatus[];
  /** The rule's measure in each period (e.g. class-hours held), aligned with statuses. */
  values?: readonly number[];
}

/** [periodIndex, rowIndex, statusCode, value] tuples for a canvas heatmap. */
export type HeatmapCell = [number, number, number, number];

/**
 * Flattens rows × periods into heatmap cells. Rows are drawn top-down in the given order, so the
 * y index is reversed (ECharts' category axis grows upward).
 */
export function toHeatmapCells(rows: readonly HeatmapRow[], periodCount: number): HeatmapCell[] {
  const cells: HeatmapCell[] = new Array(rows.length * periodCount);
  let k = 0;
  const n = rows.length;
  for (let r = 0; r < n; r++) {
    const row = rows[r];
    const y = n - 1 - r;
    for (let m = 0; m < periodCount; m++) {
      cells[k++] = [m, y, statusIndex(row.statuses[m] ?? ''), row.values?.[m] ?? 0];
    }
  }
  return cells;
}

/** Row index (in the given order) of a heatmap y index. */
export function rowIndexOfY(y: number, rowCount: number): number {
  return rowCount - 1 - y;
}

/** How many rows are visible at once before a zoom bar is shown, and the initial zoom window in %. */
export function zoomWindow(rowCount: number, visibleRows: number): { zoom: boolean; start: number; end: number } {
  if (rowCount <= visibleRows) return { zoom: false, start: 0, end: 100 };
  // y grows upward and row 0 is at the top, so the window that shows the first rows is the top end.
  const span = (visibleRows / rowCount) * 100;
  return { zoom: true, start: 100 - span, end: 100 };
}
