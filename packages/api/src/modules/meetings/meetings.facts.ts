import {
  CONCENTRATED_EDUCATION_KINDS,
  ideologicalWorkRule,
  MEETING_FREQUENCY_RULES,
  MEETING_KINDS,
  theoryClassMonthlyRule,
  type MeetingKind,
} from '@djt/shared';
import { periodKeySql, type FactSource } from '../../core/compliance/fact-source';

/**
 * Facts of 三会一课, from held meetings only (by the date they were held; a planned meeting
 * counts for nothing until it is held). One source per rule: each rule has its own measure.
 */

const kinds = (list: readonly MeetingKind[]) => list.map((k) => `'${k}'`).join(', ');

/** Meetings of one kind held per school and period (for 党小组会, detail.groups: the distinct groups that met). */
function frequencyFacts(kind: MeetingKind): FactSource {
  const rule = MEETING_FREQUENCY_RULES[kind];
  const groups = kind === 'PARTY_GROUP' ? `, 'groups', count(distinct party_group)` : '';
  return {
    ruleIds: [rule.id],
    tables: ['meeting'],
    sql: (where) => `
      select bureau_id, district_id, school_id, ${periodKeySql(rule.period, 'held_on')} as period,
             count(*)::float8 as value,
             jsonb_build_object('records', count(*)${groups}) as detail
        from meeting where kind = '${kind}' and held_on is not null and ${where('held_on')}
       group by 1, 2, 3, 4`,
  };
}

/** Concentrated-education meetings held per school and month, and how many lacked the ideological-work item. */
const ideologicalWorkFacts: FactSource = {
  ruleIds: [ideologicalWorkRule.id],
  tables: ['meeting'],
  sql: (where) => `
    select bureau_id, district_id, school_id, ${periodKeySql('MONTH', 'held_on')} as period,
           count(ideological_work)::float8 as value,
           jsonb_build_object('records', count(*), 'missing', count(*) - count(ideological_work)) as detail
      from meeting where kind in (${kinds(CONCENTRATED_EDUCATION_KINDS)}) and held_on is not null and ${where('held_on')}
     group by 1, 2, 3, 4`,
};

/**
 * Enter once: a Party lecture or themed Party day recorded as the month's political-theory class
 * counts for the class rule too, with its class-hours. The class module's own source gives the
 * classes; the facts engine adds the two up per school and month.
 */
export const meetingTheoryClassFacts: FactSource = {
  ruleIds: [theoryClassMonthlyRule.id],
  tables: ['meeting'],
  sql: (where) => `
    select bureau_id, district_id, school_id, ${periodKeySql('MONTH', 'held_on')} as period,
           sum(class_hours)::float8 as value, jsonb_build_object('records', count(*), 'meetings', count(*)) as detail
      from meeting where counts_as_theory_class and held_on is not null and ${where('held_on')}
     group by 1, 2, 3, 4`,
};

export const meetingsFacts: readonly FactSource[] = [
  ...MEETING_KINDS.map(frequencyFacts),
  ideologicalWorkFacts,
  meetingTheoryClassFacts,
];
