import type { ErrorCode } from '../../errors/error-codes';
import type { Localized } from '../../rules/types';

/**
 * Error reasons of 重大事项, merged into the shared catalogue (errors/codes.ts). Input problems
 * are BAD_USER_INPUT; a step the matter's state does not allow is CONFLICT.
 */
export const MAJOR_MATTERS_REASONS = {
  MATTER_TITLE_REQUIRED: { code: 'BAD_USER_INPUT', zh: '请填写事项名称', en: 'The title is required' },
  MATTER_TITLE_TOO_LONG: {
    code: 'BAD_USER_INPUT',
    zh: '事项名称最多 {max} 个字',
    en: 'The title is at most {max} characters',
  },
  MATTER_DESCRIPTION_TOO_LONG: {
    code: 'BAD_USER_INPUT',
    zh: '事项说明最多 {max} 个字',
    en: 'The description is at most {max} characters',
  },
  MATTER_AMOUNT_REQUIRED: {
    code: 'BAD_USER_INPUT',
    zh: '大额经费支出须填写金额',
    en: 'A large expenditure needs its amount',
  },
  MATTER_AMOUNT_INVALID: {
    code: 'BAD_USER_INPUT',
    zh: '金额应为不超过 {max} 元的正数，最多两位小数',
    en: 'The amount is a positive number of yuan up to {max}, with at most two decimals',
  },
  MATTER_BELOW_THRESHOLD: {
    code: 'BAD_USER_INPUT',
    zh: '支出 {amount} 元低于教育局设定的大额经费标准 {threshold} 元，不属于重大事项，无需集体决策',
    en: 'An expenditure of ¥{amount} is below the bureau threshold of ¥{threshold}: it is not a major matter',
  },
  MATTER_DATE_INVALID: { code: 'BAD_USER_INPUT', zh: '日期格式应为 YYYY-MM-DD', en: 'A date is written YYYY-MM-DD' },
  MATTER_DATE_IN_FUTURE: {
    code: 'BAD_USER_INPUT',
    zh: '日期不能晚于今天',
    en: 'The date cannot be after today',
  },
  MATTER_DATE_TOO_FAR: {
    code: 'BAD_USER_INPUT',
    zh: '日期超出可登记范围',
    en: 'The date is outside the range that can be recorded',
  },
  MATTER_COMMUNICATION_REQUIRED: {
    code: 'BAD_USER_INPUT',
    zh: '请填写会前沟通的日期和情况',
    en: 'Give the date and a summary of the prior communication',
  },
  MATTER_COMMUNICATION_TOO_LONG: {
    code: 'BAD_USER_INPUT',
    zh: '会前沟通情况最多 {max} 个字',
    en: 'The prior communication summary is at most {max} characters',
  },
  MATTER_NOT_COMMUNICATED: {
    code: 'CONFLICT',
    zh: '书记与校长尚未登记会前沟通，不能提交会议',
    en: 'The secretary and the principal have not recorded their prior communication: the matter cannot go on the agenda',
  },
  MATTER_WRONG_STATE: {
    code: 'CONFLICT',
    zh: '该事项当前为“{state}”，不能{action}',
    en: 'The matter is {stateEn}: it cannot be {actionEn}',
  },
  MATTER_EXECUTE_UNDECIDED: {
    code: 'CONFLICT',
    zh: '该事项尚未经集体决策，不能登记执行',
    en: 'The matter has not been decided: its execution cannot be recorded',
  },
  MATTER_EXECUTE_NOT_APPROVED: {
    code: 'CONFLICT',
    zh: '该事项决策结果为“{outcome}”，不能登记执行',
    en: 'The matter was {outcomeEn}: its execution cannot be recorded',
  },
  MATTER_MEETING_NOT_FOUND: {
    code: 'BAD_USER_INPUT',
    zh: '所选会议不是本校的会议',
    en: 'The meeting chosen is not a meeting of this school',
  },
  MATTER_MEETING_KIND: {
    code: 'BAD_USER_INPUT',
    zh: '重大事项只能在支委会或支部党员大会上决策',
    en: "A major matter is decided only at a branch committee or members' meeting",
  },
  MATTER_MEETING_NOT_HELD: {
    code: 'BAD_USER_INPUT',
    zh: '所选会议尚未召开',
    en: 'The meeting chosen has not been held',
  },
  MATTER_MEETING_NO_ATTENDANCE: {
    code: 'BAD_USER_INPUT',
    zh: '所选会议没有登记党员出勤，无法计算到会人数',
    en: 'The meeting chosen has no Party members in its attendance: the quorum cannot be counted',
  },
  MATTER_VOTES_INVALID: {
    code: 'BAD_USER_INPUT',
    zh: '票数应为不小于 0 的整数',
    en: 'Vote counts are whole numbers, 0 or more',
  },
  MATTER_BALLOTS_EXCEED_PRESENT: {
    code: 'BAD_USER_INPUT',
    zh: '票数合计 {ballots} 超过了到会有表决权的党员 {present} 人',
    en: '{ballots} ballots is more than the {present} voting members present',
  },
  MATTER_QUORUM_NOT_REACHED: {
    code: 'BAD_USER_INPUT',
    zh: '到会 {present} 人，未达到应到会 {expected} 人的法定比例（{rule}），本次表决无效，事项仍待决策',
    en: '{present} present of {expected} expected is not a quorum ({ruleEn}): the vote does not decide the matter',
  },
  MATTER_EXECUTION_NOTE_TOO_LONG: {
    code: 'BAD_USER_INPUT',
    zh: '执行情况最多 {max} 个字',
    en: 'The execution note is at most {max} characters',
  },
  MATTER_COMMENT_REQUIRED: { code: 'BAD_USER_INPUT', zh: '请填写指导意见', en: 'The guidance comment is required' },
  MATTER_COMMENT_TOO_LONG: {
    code: 'BAD_USER_INPUT',
    zh: '指导意见最多 {max} 个字',
    en: 'A guidance comment is at most {max} characters',
  },
} as const satisfies Record<string, { code: ErrorCode } & Localized>;
