import { LABELS, type ComplianceStatus, type Lang, type SchoolType } from '@djt/shared';
import type { ComparisonRowLike } from '../../lib/comparison-filter';
import type { XlsxSpec } from '../../lib/export-xlsx';
import { formatMonth } from '../../lib/format';

interface ExportText {
  title: string;
  filterLine: string;
  exportedAt: string;
  school: string;
  district: string;
  schoolType: string;
  completionRate: string;
  met: string;
  missed: string;
  sheet: string;
  fileName: string;
}

/**
 * The comparison table as an Excel sheet: one row per school in the on-screen order, one column
 * per month with the translated status, the rate as a real number formatted as a percentage
 * (so bureau staff can keep calculating in Excel).
 */
export function comparisonXlsxSpec<R extends ComparisonRowLike>(
  rows: readonly R[],
  months: readonly string[],
  lang: Lang,
  text: ExportText,
): XlsxSpec<R> {
  const statusLabel = (s: ComplianceStatus | undefined) => (s ? LABELS.complianceStatus[s][lang] : '');
  return {
    fileName: text.fileName,
    sheetName: text.sheet,
    title: [text.title, text.filterLine, text.exportedAt],
    columns: [
      { header: text.school, width: 28, value: (r) => r.schoolName },
      { header: text.district, width: 14, value: (r) => r.districtName },
      {
        header: text.schoolType,
        width: 12,
        value: (r) => LABELS.schoolType[r.schoolType as SchoolType]?.[lang] ?? r.schoolType,
      },
      { header: text.completionRate, width: 10, numFmt: '0%', value: (r) => r.completionRate },
      { header: text.met, width: 10, value: (r) => r.met },
      { header: text.missed, width: 10, value: (r) => r.missed },
      ...months.map((m, i) => ({
        header: formatMonth(m, lang),
        width: 10,
        value: (r: R) => statusLabel(r.statuses[i]),
      })),
    ],
    rows,
  };
}
