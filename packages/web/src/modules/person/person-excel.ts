import type { Client } from 'urql';
import {
  choiceLabel,
  exportCellText,
  isXlsx,
  PERSON_COLUMNS,
  PERSON_LIMITS,
  type ImportProblem,
  type Lang,
  type PersonField,
  type SheetRow,
} from '@djt/shared';
import { downloadXlsx } from '../../lib/export-xlsx';
import { rosterQuery, type PersonItem } from './person.operations';

/**
 * The roster's workbooks in the browser: the import template, reading an imported file, the
 * export and the error report. exceljs is loaded on first use (this module is its own chunk).
 */

const CHOICE_FIELDS = new Set<PersonField>(['gender', 'category', 'partyStatus', 'partyPost']);

/** Why a file cannot be read as a roster, before any row is looked at. */
export type FileProblem = { reason: 'IMPORT_NOT_XLSX' } | { reason: 'IMPORT_FILE_TOO_LARGE'; maxMb: number };

/** Checks the file by size and content (an .xlsx is a ZIP: PK\x03\x04), never by its name. */
export async function fileProblem(file: Blob): Promise<FileProblem | null> {
  if (file.size > PERSON_LIMITS.importFileBytesMax)
    return { reason: 'IMPORT_FILE_TOO_LARGE', maxMb: PERSON_LIMITS.importFileBytesMax / 1024 / 1024 };
  const head = new Uint8Array(await file.slice(0, 4).arrayBuffer());
  return isXlsx(head) ? null : { reason: 'IMPORT_NOT_XLSX' };
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A cell as the text the importer checks. A formula is kept as its text ('=HYPERLINK(…)'), never
 * its computed result: it is stored as text, and the export quotes it so Excel does not run it.
 * Dates become YYYY-MM-DD (exceljs gives date cells as UTC dates).
 */
export function cellText(value: unknown): string {
  if (value == null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date)
    return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  if (typeof value === 'object') {
    const v = value as {
      formula?: string;
      sharedFormula?: string;
      richText?: { text: string }[];
      text?: unknown;
      error?: string;
    };
    if (v.formula !== undefined || v.sharedFormula !== undefined) return `=${v.formula ?? v.sharedFormula}`;
    if (v.richText) return v.richText.map((r) => r.text).join('');
    if (v.text !== undefined) return cellText(v.text);
    if (v.error) return v.error;
  }
  return String(value);
}

/** The first sheet of a workbook as a header and text rows (row numbers as Excel shows them). */
export async function readSheet(file: Blob): Promise<{ header: string[]; rows: SheetRow[] }> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await file.arrayBuffer());
  const ws = wb.worksheets[0];
  if (!ws) return { header: [], rows: [] };
  const width = Math.max(ws.columnCount, PERSON_COLUMNS.length);
  const textsOf = (values: unknown) => {
    // exceljs row.values is 1-based (index 0 unused).
    const arr = Array.isArray(values) ? values : [];
    return Array.from({ length: width }, (_, i) => cellText(arr[i + 1]));
  };
  const header = textsOf(ws.getRow(1).values);
  const rows: SheetRow[] = [];
  ws.eachRow({ includeEmpty: false }, (row, n) => {
    if (n > 1) rows.push({ row: n, cells: textsOf(row.values) });
  });
  return { header, rows };
}

/** The import template: the columns (required ones marked *) and a sheet explaining the choices. */
export async function downloadTemplate(lang: Lang, fileName: string): Promise<void> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(lang === 'zh' ? '人员' : 'People');
  const header = ws.addRow(PERSON_COLUMNS.map((c) => `${c.header[lang]}${c.required ? ' *' : ''}`));
  header.font = { bold: true };
  PERSON_COLUMNS.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    col.width = c.width;
    // Text columns stay text: staff numbers and phone numbers keep their leading zeros.
    if (!['joinedOn', 'fullMemberOn'].includes(c.field)) col.numFmt = '@';
  });
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  const help = wb.addWorksheet(lang === 'zh' ? '填写说明' : 'How to fill in');
  help.addRow(lang === 'zh' ? ['列', '可填写的值'] : ['Column', 'Values']).font = { bold: true };
  const choices: Partial<Record<PersonField, string[]>> = {
    gender: ['MALE', 'FEMALE'],
    category: ['TEACHER', 'STAFF', 'RETIRED'],
    partyStatus: ['FULL', 'PROBATIONARY', 'NONE'],
    partyPost: [
      'SECRETARY',
      'DEPUTY_SECRETARY',
      'COMMITTEE_MEMBER',
      'ORGANISATION_COMMITTEE',
      'PROPAGANDA_COMMITTEE',
      'DISCIPLINE_COMMITTEE',
      'GROUP_LEADER',
      'PARTY_AFFAIRS_OFFICER',
    ],
  };
  const notes: Partial<Record<PersonField, { zh: string; en: string }>> = {
    staffNo: { zh: '每人唯一；再次导入同一工号会更新该人员', en: 'Unique per person; importing it again updates them' },
    joinedOn: { zh: 'YYYY-MM-DD；预备党员必填', en: 'YYYY-MM-DD; required for probationary members' },
    fullMemberOn: { zh: 'YYYY-MM-DD；预备党员必填', en: 'YYYY-MM-DD; required for probationary members' },
  };
  for (const c of PERSON_COLUMNS) {
    const values =
      choices[c.field]?.map((v) => choiceLabel(c.field, v, lang)).join(' / ') ?? notes[c.field]?.[lang] ?? '';
    help.addRow([c.header[lang], values]);
  }
  help.getColumn(1).width = 16;
  help.getColumn(2).width = 80;
  await save(await wb.xlsx.writeBuffer(), fileName);
}

async function save(buffer: ArrayBuffer | Uint8Array, fileName: string) {
  const blob = new Blob([buffer as BlobPart], {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = `${fileName}.xlsx`;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A value of a person as the sheet shows it: labels for choices, formula-like text quoted. */
function exportValue(p: PersonItem, field: PersonField, lang: Lang): string {
  const v = p[field] as string | null;
  if (CHOICE_FIELDS.has(field)) return choiceLabel(field, v, lang);
  return exportCellText(v);
}

/**
 * Exports the whole roster (every page, 200 rows at a time) in the template's layout, so the file
 * re-imports unchanged. Phone and ID numbers come as the API gives them (masked above the school).
 */
export async function exportRoster(opts: {
  client: Client;
  schoolId: string;
  includeLeft: boolean;
  lang: Lang;
  sheetName: string;
}): Promise<void> {
  const people: PersonItem[] = [];
  for (let offset = 0; ; offset += 200) {
    const r = await opts.client
      .query(rosterQuery, { schoolId: opts.schoolId, search: null, includeLeft: opts.includeLeft, offset, limit: 200 })
      .toPromise();
    if (r.error) throw r.error;
    const page = r.data!.people;
    people.push(...page.items);
    if (people.length >= page.total || page.items.length === 0) break;
  }
  await downloadXlsx({
    fileName: opts.sheetName,
    sheetName: opts.sheetName,
    columns: PERSON_COLUMNS.map((c) => ({
      header: c.header[opts.lang],
      width: c.width,
      value: (p: PersonItem) => exportValue(p, c.field, opts.lang),
    })),
    rows: people,
  });
}

/** The error report as a workbook: row, column and reason of every problem. */
export async function downloadErrorReport(
  problems: readonly (ImportProblem & { message: string })[],
  labels: { row: string; column: string; reason: string; fileName: string },
  lang: Lang,
): Promise<void> {
  await downloadXlsx({
    fileName: labels.fileName,
    sheetName: labels.fileName,
    columns: [
      { header: labels.row, width: 8, value: (p) => p.row },
      {
        header: labels.column,
        width: 16,
        value: (p) => (p.field ? (PERSON_COLUMNS.find((c) => c.field === p.field)?.header[lang] ?? p.field) : ''),
      },
      { header: labels.reason, width: 80, value: (p) => exportCellText(p.message) },
    ],
    rows: problems,
  });
}
