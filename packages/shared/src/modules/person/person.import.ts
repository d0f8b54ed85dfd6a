import { PEOPLE_LABELS as LABELS } from '../../vocabulary';
import {
  PERSON_FIELDS,
  validatePerson,
  type PersonDraft,
  type PersonField,
  type PersonReason,
  type PersonValue,
} from './person.validation';
import { PERSON_LIMITS as L, PERSON_LABELS } from './person.vocabulary';
import type { Localized } from '../../rules/types';

/**
 * The roster's Excel layout and the pure half of an import: the columns (one list for the
 * template, the export and the importer), the mapping of a sheet's text cells to checked rows,
 * and the cell rules against formula injection. The workbook itself is read and written with
 * exceljs in the browser; this part is shared so the API checks the same rows the same way.
 */

/** A column of the roster's sheet: its field, headers and width. */
export interface PersonColumn {
  field: PersonField;
  header: Localized;
  width: number;
  /** The field is required in the import. */
  required?: boolean;
}

export const PERSON_COLUMNS: readonly PersonColumn[] = [
  { field: 'staffNo', header: { zh: '工号', en: 'Staff no.' }, width: 12, required: true },
  { field: 'name', header: { zh: '姓名', en: 'Name' }, width: 12, required: true },
  { field: 'gender', header: { zh: '性别', en: 'Gender' }, width: 8, required: true },
  { field: 'category', header: { zh: '人员类别', en: 'Category' }, width: 10, required: true },
  { field: 'partyStatus', header: { zh: '政治面貌', en: 'Party status' }, width: 12, required: true },
  { field: 'joinedOn', header: { zh: '入党日期', en: 'Joined on' }, width: 12 },
  { field: 'fullMemberOn', header: { zh: '预计转正日期', en: 'Full member on' }, width: 14 },
  { field: 'partyPost', header: { zh: '党内职务', en: 'Party post' }, width: 12 },
  { field: 'partyGroup', header: { zh: '党小组', en: 'Party group' }, width: 14 },
  { field: 'phone', header: { zh: '联系电话', en: 'Phone' }, width: 16 },
  { field: 'idNumber', header: { zh: '身份证号', en: 'ID number' }, width: 22 },
];

/** Where a problem of an import is: the sheet's row number (1 = the header) and the column. */
export interface ImportProblem {
  row: number;
  field: PersonField | null;
  reason: PersonReason;
  params?: Record<string, string | number>;
}

/** One row of the sheet as text cells, by column index, with its row number in the sheet. */
export interface SheetRow {
  row: number;
  cells: readonly string[];
}

/** An import row ready to send: its sheet row number and the checked value. */
export type ImportRow = PersonValue & { row: number };

const FORMULA_START = /^[=+\-@\t\r]/;

/** Whether text would be run by a spreadsheet as a formula (=, +, -, @, tab, CR first). */
export const isFormulaLike = (text: string): boolean => FORMULA_START.test(text);

/** Text as written to an exported cell: formula-like text gets a leading ' so Excel shows it as text. */
export const exportCellText = (text: string | null): string =>
  text == null ? '' : isFormulaLike(text) ? `'${text}` : text;

/** Text as read from an imported cell: the ' an export added is dropped again, so an export re-imports unchanged. */
export const importCellText = (text: string): string =>
  text.startsWith("'") && isFormulaLike(text.slice(1)) ? text.slice(1) : text;

/** The ZIP signature every .xlsx starts with (PK\x03\x04): the file's content decides, not its name. */
export function isXlsx(head: Uint8Array): boolean {
  return head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
}

/** Other names people write in these columns. */
const ALIASES: Partial<Record<PersonField, Record<string, string>>> = {
  partyStatus: { 群众: 'NONE', 正式: 'FULL', 预备: 'PROBATIONARY', 中共党员: 'FULL' },
  category: { 在职教师: 'TEACHER', 教职工: 'STAFF', 退休教师: 'RETIRED', 退休职工: 'RETIRED' },
};
const vocab = (): Partial<Record<PersonField, Record<string, Localized>>> => ({
  gender: LABELS.gender,
  category: PERSON_LABELS.staffCategory,
  partyStatus: LABELS.partyStatus,
  partyPost: LABELS.partyPost,
});
let lookupCache: Map<PersonField, Map<string, string>> | undefined;
/** For each choice column: code, zh label, en label or alias (any case) → code. */
function lookup(): Map<PersonField, Map<string, string>> {
  lookupCache ??= new Map(
    Object.entries(vocab()).map(([field, labels]) => {
      const m = new Map<string, string>();
      for (const [code, l] of Object.entries(labels)) {
        m.set(code.toLowerCase(), code);
        m.set(l.zh.toLowerCase(), code);
        m.set(l.en.toLowerCase(), code);
      }
      for (const [alias, code] of Object.entries(ALIASES[field as PersonField] ?? {})) m.set(alias.toLowerCase(), code);
      return [field as PersonField, m];
    }),
  );
  return lookupCache;
}

/** The label of a choice as a sheet shows it (zh), e.g. for the export. */
export function choiceLabel(field: PersonField, code: string | null, lang: 'zh' | 'en' = 'zh'): string {
  if (code == null) return '';
  return vocab()[field]?.[code]?.[lang] ?? code;
}

/** The header of each field as the importer accepts it: zh or en, as in the template. */
const headerIndex = (header: readonly string[]) => {
  const byText = new Map(
    header.map((h, i) => [
      h
        .trim()
        .replace(/\s*\*$/, '')
        .toLowerCase(),
      i,
    ]),
  );
  return new Map(
    PERSON_COLUMNS.map((c) => [
      c.field,
      byText.get(c.header.zh.toLowerCase()) ?? byText.get(c.header.en.toLowerCase()),
    ]),
  );
};

/**
 * Maps a sheet's text rows to checked people: every problem with its row number and column, in
 * sheet order (at most importProblemsMax listed, the total counted), and the rows to commit when
 * there is none. Rows whose cells are all empty are skipped. Staff numbers must be unique in the
 * file: the staff number is the key that makes a re-import update rather than duplicate.
 */
export function readPeopleSheet(
  header: readonly string[],
  rows: readonly SheetRow[],
  ctx: { today: string },
): { rows: ImportRow[]; problems: ImportProblem[]; problemCount: number } {
  const problems: ImportProblem[] = [];
  let problemCount = 0;
  const add = (p: ImportProblem) => {
    problemCount++;
    if (problems.length < L.importProblemsMax) problems.push(p);
  };
  const index = headerIndex(header);
  for (const c of PERSON_COLUMNS)
    if (c.required && index.get(c.field) === undefined)
      add({ row: 1, field: c.field, reason: 'IMPORT_HEADER_MISSING', params: { column: c.header.zh } });
  if (problemCount) return { rows: [], problems, problemCount };

  const filled = rows.filter((r) => r.cells.some((c) => c.trim() !== ''));
  if (!filled.length) return { rows: [], problems: [{ row: 1, field: null, reason: 'IMPORT_EMPTY' }], problemCount: 1 };
  if (filled.length > L.importRowsMax)
    return {
      rows: [],
      problems: [
        { row: 1, field: null, reason: 'IMPORT_TOO_MANY_ROWS', params: { max: L.importRowsMax, rows: filled.length } },
      ],
      problemCount: 1,
    };

  const out: ImportRow[] = [];
  const firstRowOf = new Map<string, number>();
  for (const r of filled) {
    const cell = (f: PersonField) => {
      const i = index.get(f);
      return i === undefined ? '' : importCellText(r.cells[i] ?? '').trim();
    };
    const draft: Record<string, string | null> = {};
    const unknown: ImportProblem[] = [];
    for (const f of PERSON_FIELDS) {
      const text = cell(f);
      const choices = lookup().get(f);
      if (!choices) draft[f] = text;
      else if (text === '') draft[f] = null;
      else {
        const code = choices.get(text.toLowerCase());
        if (code) draft[f] = code;
        else {
          draft[f] = null;
          const allowed = Object.values(vocab()[f]!)
            .map((l) => l.zh)
            .join('/');
          unknown.push({ row: r.row, field: f, reason: 'VALUE_UNKNOWN', params: { value: text, allowed } });
        }
      }
    }
    const { value, problems: rowProblems } = validatePerson(draft as unknown as PersonDraft, ctx);
    // An unknown label is reported as such, not also as "required".
    const unknownFields = new Set(unknown.map((u) => u.field));
    const all = [
      ...unknown,
      ...rowProblems.filter((p) => !unknownFields.has(p.field)).map((p) => ({ row: r.row, ...p })),
    ];
    all.sort((a, b) => PERSON_FIELDS.indexOf(a.field!) - PERSON_FIELDS.indexOf(b.field!));
    all.forEach(add);
    const staffNo = cell('staffNo');
    if (staffNo) {
      const first = firstRowOf.get(staffNo);
      if (first !== undefined)
        add({
          row: r.row,
          field: 'staffNo',
          reason: 'IMPORT_DUPLICATE_STAFF_NO',
          params: { staffNo, firstRow: first },
        });
      else firstRowOf.set(staffNo, r.row);
    }
    if (value && !all.length) out.push({ row: r.row, ...value });
  }
  return problemCount ? { rows: [], problems, problemCount } : { rows: out, problems, problemCount };
}

/**
 * Checks rows that arrive already mapped (the API's staged import): the same validation and the
 * same uniqueness of staff numbers as readPeopleSheet.
 */
export function checkImportRows(
  rows: readonly (PersonDraft & { row: number })[],
  ctx: { today: string },
): { rows: ImportRow[]; problems: ImportProblem[]; problemCount: number } {
  const problems: ImportProblem[] = [];
  let problemCount = 0;
  const add = (p: ImportProblem) => {
    problemCount++;
    if (problems.length < L.importProblemsMax) problems.push(p);
  };
  if (rows.length > L.importRowsMax)
    return {
      rows: [],
      problems: [
        { row: 1, field: null, reason: 'IMPORT_TOO_MANY_ROWS', params: { max: L.importRowsMax, rows: rows.length } },
      ],
      problemCount: 1,
    };
  if (!rows.length) return { rows: [], problems: [{ row: 1, field: null, reason: 'IMPORT_EMPTY' }], problemCount: 1 };
  const out: ImportRow[] = [];
  const firstRowOf = new Map<string, number>();
  for (const r of rows) {
    const { value, problems: p } = validatePerson(r, ctx);
    p.forEach((x) => add({ row: r.row, ...x }));
    if (value) {
      const first = firstRowOf.get(value.staffNo);
      if (first !== undefined)
        add({
          row: r.row,
          field: 'staffNo',
          reason: 'IMPORT_DUPLICATE_STAFF_NO',
          params: { staffNo: value.staffNo, firstRow: first },
        });
      else {
        firstRowOf.set(value.staffNo, r.row);
        out.push({ row: r.row, ...value });
      }
    }
  }
  return problemCount ? { rows: [], problems, problemCount } : { rows: out, problems, problemCount };
}
