import { rowIndexOfY, toHeatmapCells, zoomWindow } from './heatmap-data';
import { statusIndex } from './status-colors';

describe('heatmap data', () => {
  test('rows × months cells, first row drawn at the top', () => {
    const cells = toHeatmapCells(
      [
        { id: 'a', label: 'A', statuses: ['MET', 'MISSED'], values: [1, 0] },
        { id: 'b', label: 'B', statuses: ['PENDING', 'NOT_APPLICABLE'] },
      ],
      2,
    );
    expect(cells).toHaveLength(4);
    // row A is y = 1 (top), row B is y = 0
    expect(cells[0]).toEqual([0, 1, statusIndex('MET'), 1]);
    expect(cells[3]).toEqual([1, 0, statusIndex('NOT_APPLICABLE'), 0]);
    expect(rowIndexOfY(1, 2)).toBe(0);
  });

  test('1,600 schools × 12 months stays a flat array', () => {
    const rows = Array.from({ length: 1600 }, (_, i) => ({
      id: String(i),
      label: String(i),
      statuses: Array(12).fill('MET'),
    }));
    expect(toHeatmapCells(rows, 12)).toHaveLength(19200);
  });

  test('zoom window shows the first rows', () => {
    expect(zoomWindow(10, 40)).toEqual({ zoom: false, start: 0, end: 100 });
    expect(zoomWindow(400, 40)).toEqual({ zoom: true, start: 90, end: 100 });
  });
});
