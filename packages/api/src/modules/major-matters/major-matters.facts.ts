import { CADRE_CATEGORY, matterCommunicationRule, matterDecidedFirstRule, matterQuorumRule } from '@djt/shared';
import { periodKeySql, type FactSource } from '../../core/compliance/fact-source';

/**
 * Facts of 重大事项, per school and year (the rules are EVENT rules): executions by the year
 * executed, decisions by the year decided. Settings (the quorum shares) are applied by the
 * rules' evaluate, so the facts carry the lowest share present, not a verdict.
 */

/** Executed matters, and those executed before the date they were decided (violations). */
const decidedFirstFacts: FactSource = {
  ruleIds: [matterDecidedFirstRule.id],
  tables: ['major_matter'],
  sql: (where) => `
    select bureau_id, district_id, school_id, ${periodKeySql('EVENT', 'executed_on')} as period,
           (count(*) filter (where executed_on >= decided_on))::float8 as value,
           jsonb_build_object('records', count(*), 'violations', count(*) filter (where executed_on < decided_on)) as detail
      from major_matter where executed_on is not null and ${where('executed_on')}
     group by 1, 2, 3, 4`,
};

/** Decided matters and the lowest share of members present at their deciding votes (cadre matters apart). */
const quorumFacts: FactSource = {
  ruleIds: [matterQuorumRule.id],
  tables: ['major_matter'],
  sql: (where) => `
    select m.bureau_id, m.district_id, m.school_id, ${periodKeySql('EVENT', 'm.decided_on')} as period,
           count(*)::float8 as value,
           jsonb_strip_nulls(jsonb_build_object(
             'records', count(*),
             'minRatio', min(v.member_present::float8 / v.member_expected) filter (where m.category <> '${CADRE_CATEGORY}'),
             'cadre', count(*) filter (where m.category = '${CADRE_CATEGORY}'),
             'minCadreRatio', min(v.member_present::float8 / v.member_expected) filter (where m.category = '${CADRE_CATEGORY}'))) as detail
      from major_matter m join major_matter_vote v on v.id = m.decision_vote_id
     where m.decided_on is not null and ${where('decided_on', 'm')}
     group by 1, 2, 3, 4`,
};

/** Decided matters, and those whose prior communication is dated after the deciding meeting. */
const communicationFacts: FactSource = {
  ruleIds: [matterCommunicationRule.id],
  tables: ['major_matter'],
  sql: (where) => `
    select bureau_id, district_id, school_id, ${periodKeySql('EVENT', 'decided_on')} as period,
           (count(*) filter (where communicated_on <= decided_on))::float8 as value,
           jsonb_build_object('records', count(*),
             'late', count(*) filter (where communicated_on is null or communicated_on > decided_on)) as detail
      from major_matter where decided_on is not null and ${where('decided_on')}
     group by 1, 2, 3, 4`,
};

export const majorMattersFacts: readonly FactSource[] = [decidedFirstFacts, quorumFacts, communicationFacts];
