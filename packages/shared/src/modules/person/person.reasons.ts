import type { ErrorCode } from '../../errors/error-codes';
import type { Localized } from '../../rules/types';

/** Error reasons of the roster, its transfers and its Excel import (merged into the shared catalogue). */
export const PERSON_REASONS = {
  STAFF_NO_REQUIRED: { code: 'BAD_USER_INPUT', zh: '请填写工号', en: 'The staff number is required' },
  STAFF_NO_INVALID: {
    code: 'BAD_USER_INPUT',
    zh: '工号只能包含字母、数字、“-”和“_”，最多 {max} 位',
    en: 'A staff number has letters, digits, "-" and "_" only, at most {max}',
  },
  STAFF_NO_TAKEN: {
    code: 'CONFLICT',
    zh: '本校已有工号为 {staffNo} 的人员',
    en: 'Someone at this school already has staff number {staffNo}',
  },
  NAME_REQUIRED: { code: 'BAD_USER_INPUT', zh: '请填写姓名', en: 'The name is required' },
  NAME_TOO_LONG: { code: 'BAD_USER_INPUT', zh: '姓名最多 {max} 个字', en: 'A name is at most {max} characters' },
  VALUE_UNKNOWN: {
    code: 'BAD_USER_INPUT',
    zh: '“{value}”不是可选的值（可选：{allowed}）',
    en: '"{value}" is not one of the choices ({allowed})',
  },
  VALUE_REQUIRED: { code: 'BAD_USER_INPUT', zh: '此项必填', en: 'This is required' },
  JOINED_ON_REQUIRED: {
    code: 'BAD_USER_INPUT',
    zh: '预备党员须填写入党日期',
    en: 'A probationary member needs the date of joining',
  },
  FULL_MEMBER_ON_REQUIRED: {
    code: 'BAD_USER_INPUT',
    zh: '预备党员须填写预计转正日期',
    en: 'A probationary member needs the expected full-membership date',
  },
  FULL_MEMBER_ON_ORDER: {
    code: 'BAD_USER_INPUT',
    zh: '预计转正日期应晚于入党日期，且不超过 3 年',
    en: 'The expected full-membership date is after joining, within 3 years',
  },
  NOT_A_MEMBER_FIELD: {
    code: 'BAD_USER_INPUT',
    zh: '非党员不能填写此项',
    en: 'Only Party members have this',
  },
  PERSON_DATE_INVALID: {
    code: 'BAD_USER_INPUT',
    zh: '日期应为 YYYY-MM-DD，且不晚于今天（预计转正日期除外）',
    en: 'A date is YYYY-MM-DD and not in the future (except the expected full-membership date)',
  },
  PARTY_GROUP_TOO_LONG: {
    code: 'BAD_USER_INPUT',
    zh: '党小组名称最多 {max} 个字',
    en: 'A Party group name is at most {max} characters',
  },
  PHONE_INVALID: {
    code: 'BAD_USER_INPUT',
    zh: '电话号码应为 7 到 20 位数字（可含 +、- 和空格）',
    en: 'A phone number is 7 to 20 digits (with +, - or spaces)',
  },
  ID_NUMBER_INVALID: {
    code: 'BAD_USER_INPUT',
    zh: '身份证号应为 18 位且校验位正确',
    en: 'An ID number has 18 characters and a valid check digit',
  },
  LEAVE_REASON_REQUIRED_PERSON: { code: 'BAD_USER_INPUT', zh: '请填写离开原因', en: 'Say why the person leaves' },
  LEAVE_REASON_TOO_LONG_PERSON: {
    code: 'BAD_USER_INPUT',
    zh: '离开原因最多 {max} 个字',
    en: 'The reason is at most {max} characters',
  },
  PERSON_HAS_LEFT: {
    code: 'CONFLICT',
    zh: '此人已离开本校，不能再修改或调动',
    en: 'This person has left the school and can no longer be changed or transferred',
  },
  TRANSFER_TARGET_INVALID: {
    code: 'BAD_USER_INPUT',
    zh: '只能调往本教育局下的其他学校',
    en: 'A person can only be transferred to another school of the same bureau',
  },
  // Excel import
  IMPORT_NOT_XLSX: {
    code: 'BAD_USER_INPUT',
    zh: '文件不是 Excel 工作簿（.xlsx）',
    en: 'The file is not an Excel workbook (.xlsx)',
  },
  IMPORT_FILE_TOO_LARGE: {
    code: 'BAD_USER_INPUT',
    zh: '文件超过 {maxMb} MB 的上限',
    en: 'The file is larger than the {maxMb} MB limit',
  },
  IMPORT_TOO_MANY_ROWS: {
    code: 'BAD_USER_INPUT',
    zh: '一次最多导入 {max} 行（本文件 {rows} 行）',
    en: 'At most {max} rows per import (this file has {rows})',
  },
  IMPORT_EMPTY: { code: 'BAD_USER_INPUT', zh: '文件中没有人员数据', en: 'The file has no rows of people' },
  IMPORT_HEADER_MISSING: {
    code: 'BAD_USER_INPUT',
    zh: '缺少“{column}”列，请使用导入模板',
    en: 'The column "{column}" is missing; please use the template',
  },
  IMPORT_DUPLICATE_STAFF_NO: {
    code: 'BAD_USER_INPUT',
    zh: '工号 {staffNo} 在文件中重复（第 {firstRow} 行已出现）',
    en: 'Staff number {staffNo} appears twice in the file (first in row {firstRow})',
  },
  IMPORT_UNKNOWN: {
    code: 'NOT_FOUND',
    zh: '导入批次不存在或已过期，请重新导入',
    en: 'This import is unknown or has expired; please import the file again',
  },
  IMPORT_HAS_PROBLEMS: {
    code: 'BAD_USER_INPUT',
    zh: '有 {count} 处错误，未导入任何数据',
    en: '{count} problem(s) found; nothing was imported',
  },
} as const satisfies Record<string, { code: ErrorCode } & Localized>;
