/**
 * Excel export of whatever table the user sees. exceljs (~250 kB gzipped) is imported on the
 * first click, so it never weighs on the page load.
 */
export interface XlsxColumn<R> {
  header: string;
  width?: number;
  value: (row: R) => string | number | null;
  /** Excel number format, e.g. '0%' for rates. */
  numFmt?: string;
}

export interface XlsxSpec<R> {
  fileName: string;
  sheetName: string;
  /** Lines above the header (title, filter description), each in its own row. */
  title?: readonly string[];
  columns: readonly XlsxColumn<R>[];
  rows: readonly R[];
}

/** A file name safe on Windows and macOS. */
export function safeFileName(name: string): string {
  return name.replace(/[\\/:*?"<>|]+/g, '_').slice(0, 150);
}

export async function buildXlsx<R>(spec: XlsxSpec<R>): Promise<ArrayBuffer> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = '党建通';
  wb.created = new Date();
  // Sheet names are limited to 31 characters and a few forbidden symbols.
  const ws = wb.addWorksheet(spec.sheetName.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31));
  for (const line of spec.title ?? []) {
    const r = ws.addRow([line]);
    r.font = { bold: r.number === 1 };
  }
  if (spec.title?.length) ws.addRow([]);
  const headerRow = ws.addRow(spec.columns.map((c) => c.header));
  headerRow.font = { bold: true };
  headerRow.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF5F5F5' } };
  const headerIndex = headerRow.number;
  spec.columns.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    col.width = c.width ?? 14;
    if (c.numFmt) col.numFmt = c.numFmt;
  });
  for (const row of spec.rows) ws.addRow(spec.columns.map((c) => c.value(row)));
  ws.views = [{ state: 'frozen', ySplit: headerIndex }];
  ws.autoFilter = { from: { row: headerIndex, column: 1 }, to: { row: headerIndex, column: spec.columns.length } };
  return wb.xlsx.writeBuffer() as Promise<ArrayBuffer>;
}

export async function downloadXlsx<R>(spec: XlsxSpec<R>): Promise<void> {
  const buffer = await buildXlsx(spec);
  const blob = new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = safeFileName(spec.fileName.endsWith('.xlsx') ? spec.fileName : `${spec.fileName}.xlsx`);
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Give the browser a moment to start the download before the blob goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
