import ExcelJS from 'exceljs';
import { PERSON_COLUMNS, PERSON_LIMITS, readPeopleSheet } from '@djt/shared';
import { cellText, fileProblem, readSheet } from './person-excel';

describe('reading a roster file', () => {
  test('refused by size (the limit named) and by content, whatever the name', async () => {
    const big = new Blob([new Uint8Array(PERSON_LIMITS.importFileBytesMax + 1)]);
    // expected: too large, with the limit in MB
    expect(await fileProblem(big)).toEqual({ reason: 'IMPORT_FILE_TOO_LARGE', maxMb: 5 });
    expect(await fileProblem(new Blob(['工号,姓名\n']))).toEqual({ reason: 'IMPORT_NOT_XLSX' });
    expect(await fileProblem(new Blob([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1])]))).toBeNull();
  });

  test('cells as text: formulas as their text, dates as YYYY-MM-DD, rich text joined', () => {
    expect(cellText({ formula: 'HYPERLINK("http://x","y")', result: 'y' })).toBe('=HYPERLINK("http://x","y")');
    expect(cellText(new Date(Date.UTC(2026, 0, 5)))).toBe('2026-01-05');
    expect(cellText({ richText: [{ text: '张' }, { text: '三' }] })).toBe('张三');
    expect(cellText({ text: '链接', hyperlink: 'http://x' })).toBe('链接');
    expect([cellText(13800001111), cellText(null), cellText(undefined)]).toEqual(['13800001111', '', '']);
  });

  test('a 5,000-row workbook is read and checked in a few seconds', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('人员');
    ws.addRow(PERSON_COLUMNS.map((c) => c.header.zh));
    for (let i = 0; i < 5000; i++)
      ws.addRow([`T${i}`, `人员${i}`, '男', '教师', '正式党员', '2010-07-01', '', '', '第一党小组', '13900000000', '']);
    const buffer = await wb.xlsx.writeBuffer();
    const t0 = performance.now();
    const sheet = await readSheet(new Blob([buffer as ArrayBuffer]));
    const checked = readPeopleSheet(sheet.header, sheet.rows, { today: '2026-11-26' });
    const ms = performance.now() - t0;
    expect(checked.rows).toHaveLength(5000);
    // expected: well inside the 10 s of the whole import (staging and commit take about 3 s)
    expect(ms).toBeLessThan(5000);
  });
});
