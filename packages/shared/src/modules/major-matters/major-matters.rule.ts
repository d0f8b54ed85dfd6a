import { defineRule, type NumberSetting, type RuleResult } from '../../rules/types';

/**
 * 重大事项 (SPEC §3.3, seed §二.2): three rules, each judged per year of its events (EVENT). A
 * violation is history, not something still due: each rule is due on the first day of its year,
 * so a violation shows as MISSED on the dashboards at once (never silently accepted), and a year
 * whose matters are all in order is MET. A year without such matters has nothing to judge.
 *
 * The bureau's settings of the module live on these rules: the large-expenditure threshold on
 * the decided-first rule, the quorum and pass shares on the quorum rule (the API judges each vote
 * with them when it is recorded).
 */

const dueOnFirstDay = (period: string) => `${period}-01-01`;

function violationResult(
  count: number,
  bad: number,
  today: string,
  dueOn: string,
  met: { zh: string; en: string },
  missed: { zh: string; en: string },
): RuleResult {
  if (bad <= 0) return { status: 'MET', reason: met };
  return { status: today <= dueOn ? 'PENDING' : 'MISSED', reason: missed };
}

const PERCENT = (title: { zh: string; en: string }, byDefault: number): NumberSetting => ({
  kind: 'NUMBER',
  title,
  unit: { zh: '%', en: '%' },
  default: byDefault,
  min: 50,
  max: 100,
  step: 0.01,
});

/**
 * 先决策后执行: every executed matter was decided (approved) at a meeting before it was executed.
 * Fact (by the year executed): value = matters executed after their decision, detail.records =
 * matters executed, detail.violations = executed before the decision date.
 */
export const matterDecidedFirstRule = defineRule({
  id: 'major-matters.decided-first',
  title: { zh: '重大事项先决策后执行', en: 'Major matters decided before execution' },
  description: {
    zh: '每项已执行的重大事项都先经党组织会议集体决策通过',
    en: 'Every executed major matter was approved at a Party meeting first',
  },
  section: '§二.2',
  period: 'EVENT',
  weight: 2,
  measure: { zh: '项', en: 'matters' },
  settings: {
    expenditureThreshold: {
      kind: 'NUMBER',
      title: { zh: '大额经费支出标准', en: 'Large-expenditure threshold' },
      unit: { zh: '元', en: 'yuan' },
      default: 30_000,
      min: 1_000,
      max: 10_000_000,
      step: 100,
    } satisfies NumberSetting,
  },
  dueOn: dueOnFirstDay,
  evaluate({ detail }, { today, dueOn }) {
    const executed = detail.records ?? 0;
    const bad = detail.violations ?? 0;
    if (executed === 0)
      return {
        status: 'NOT_APPLICABLE',
        reason: { zh: '本年度没有已执行的重大事项', en: 'No major matter executed this year' },
      };
    return violationResult(
      executed,
      bad,
      today,
      dueOn,
      {
        zh: `${executed} 项已执行事项均先经集体决策`,
        en: `All ${executed} executed matter(s) were decided first`,
      },
      {
        zh: `${executed} 项已执行事项中有 ${bad} 项在决策之前执行，属违规`,
        en: `${bad} of ${executed} executed matter(s) were executed before they were decided: a violation`,
      },
    );
  },
});

/**
 * 表决有效: every decided matter was decided with its quorum — more than half of those expected
 * present, and for a cadre appointment or removal at least ⅔ (bureau settings). Fact (by the
 * year decided): detail.records = decided matters, detail.minRatio = the lowest share present
 * among them, detail.cadre and detail.minCadreRatio the same for cadre matters.
 */
export const matterQuorumRule = defineRule({
  id: 'major-matters.quorum',
  title: { zh: '重大事项表决到会人数合规', en: 'Major matters decided with a quorum' },
  description: {
    zh: '重大事项表决时到会人数超过应到会人数的一半，干部任免事项不少于三分之二',
    en: 'More than half of those expected present at the vote, at least two-thirds for cadre appointments',
  },
  section: '§二.2',
  period: 'EVENT',
  weight: 1,
  measure: { zh: '项', en: 'matters' },
  settings: {
    quorumPercent: PERCENT({ zh: '表决到会比例（超过）', en: 'Quorum (more than)' }, 50),
    cadreQuorumPercent: PERCENT({ zh: '干部任免到会比例（不少于）', en: 'Cadre quorum (at least)' }, 66.67),
    passPercent: PERCENT({ zh: '通过所需赞成票比例（超过应到会）', en: 'Votes in favour to pass (more than)' }, 50),
  },
  dueOn: dueOnFirstDay,
  evaluate({ detail }, { today, dueOn, settings }) {
    const decided = detail.records ?? 0;
    if (decided === 0)
      return {
        status: 'NOT_APPLICABLE',
        reason: { zh: '本年度没有已决策的重大事项', en: 'No major matter decided this year' },
      };
    const generalOk = detail.minRatio === undefined || detail.minRatio * 100 > settings.quorumPercent + 1e-9;
    const cadreOk =
      !detail.cadre ||
      detail.minCadreRatio === undefined ||
      detail.minCadreRatio >= settings.cadreQuorumPercent / 100 - 0.00005;
    return violationResult(
      decided,
      generalOk && cadreOk ? 0 : 1,
      today,
      dueOn,
      {
        zh: `${decided} 项事项表决时到会人数均符合要求`,
        en: `All ${decided} decided matter(s) had their quorum`,
      },
      cadreOk
        ? {
            zh: `有事项表决时到会人数未超过应到会的 ${settings.quorumPercent}%`,
            en: `A matter was decided with no more than ${settings.quorumPercent}% present`,
          }
        : {
            zh: `有干部任免事项表决时到会人数不足应到会的 ${settings.cadreQuorumPercent}%`,
            en: `A cadre matter was decided with fewer than ${settings.cadreQuorumPercent}% present`,
          },
    );
  },
});

/**
 * 会前沟通: the secretary and the principal communicated before the meeting that decided the
 * matter. Fact (by the year decided): value = decided matters communicated in time,
 * detail.records = decided matters, detail.late = communicated after the meeting (or never).
 */
export const matterCommunicationRule = defineRule({
  id: 'major-matters.communication',
  title: { zh: '重大事项会前沟通', en: 'Prior communication on major matters' },
  description: {
    zh: '书记与校长在重大事项上会前充分沟通，并在决策会议之前登记',
    en: 'The secretary and the principal communicate before the meeting that decides a matter',
  },
  section: '§二.2',
  period: 'EVENT',
  weight: 1,
  measure: { zh: '项', en: 'matters' },
  settings: {},
  dueOn: dueOnFirstDay,
  evaluate({ detail }, { today, dueOn }) {
    const decided = detail.records ?? 0;
    const late = detail.late ?? 0;
    if (decided === 0)
      return {
        status: 'NOT_APPLICABLE',
        reason: { zh: '本年度没有已决策的重大事项', en: 'No major matter decided this year' },
      };
    return violationResult(
      decided,
      late,
      today,
      dueOn,
      {
        zh: `${decided} 项事项均在决策会议前完成会前沟通`,
        en: `All ${decided} decided matter(s) had their prior communication before the meeting`,
      },
      {
        zh: `${decided} 项已决策事项中有 ${late} 项会前沟通晚于决策会议`,
        en: `${late} of ${decided} decided matter(s) were communicated only after the meeting`,
      },
    );
  },
});

export const MAJOR_MATTERS_RULES = [matterDecidedFirstRule, matterQuorumRule, matterCommunicationRule] as const;
