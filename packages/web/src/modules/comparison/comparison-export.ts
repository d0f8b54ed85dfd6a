import {
  LABELS,
  type ComparisonRowLike,
  type ComplianceStatus,
  type Lang,
  type PeriodKind,
  type SchoolType,
} from '@djt/shared';
import type { XlsxSpec } from '../../lib/export-xlsx';
import { formatPeriod } from '../../lib/periods';
import type { RankedRowLike } from '../../lib/ranking';

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

const schoolTypeLabel = (type: string, lang: Lang) => LABELS.schoolType[type as SchoolType]?.[lang] ?? type;

/**
 * One rule's comparison table as an Excel sheet: one row per school in the on-screen order, one
 * column per period with the translated status, the rate as a real number formatted as a
 * percentage (so bureau staff can keep calculating in Excel).
 */
export function comparisonXlsxSpec<R extends ComparisonRowLike>(
  rows: readonly R[],
  periods: readonly string[],
  kind: PeriodKind,
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
      { header: text.schoolType, width: 12, value: (r) => schoolTypeLabel(r.schoolType, lang) },
      { header: text.completionRate, width: 10, numFmt: '0%', value: (r) => r.completionRate },
      { header: text.met, width: 10, value: (r) => r.met },
      { header: text.missed, width: 10, value: (r) => r.missed },
      ...periods.map((p, i) => ({
        header: formatPeriod(kind, p, lang),
        width: 12,
        value: (r: R) => statusLabel(r.statuses[i]),
      })),
    ],
    rows,
  };
}

interface RankingExportText {
  title: string;
  exportedAt: string;
  rank: string;
  school: string;
  district: string;
  districtRank: string;
  schoolType: string;
  score: string;
  sheet: string;
  fileName: string;
}

/** The 创先争优 table as a sheet: rank, school, score and the rate under each rule, as shown. */
export function rankingXlsxSpec<R extends RankedRowLike>(
  rows: readonly R[],
  rules: readonly { title: string }[],
  lang: Lang,
  text: RankingExportText,
): XlsxSpec<R> {
  return {
    fileName: text.fileName,
    sheetName: text.sheet,
    title: [text.title, text.exportedAt],
    columns: [
      { header: text.rank, width: 8, value: (r) => r.rank },
      { header: text.school, width: 28, value: (r) => r.schoolName },
      { header: text.district, width: 14, value: (r) => r.districtName },
      { header: text.districtRank, width: 10, value: (r) => r.districtRank },
      { header: text.schoolType, width: 12, value: (r) => schoolTypeLabel(r.schoolType, lang) },
      { header: text.score, width: 10, numFmt: '0%', value: (r) => r.score },
      ...rules.map((rule, i) => ({
        header: rule.title,
        width: 16,
        numFmt: '0%',
        value: (r: R) => r.rates[i] ?? null,
      })),
    ],
    rows,
  };
}
