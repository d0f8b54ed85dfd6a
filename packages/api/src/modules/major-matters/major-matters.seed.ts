/**
 * 重大事项 in the demo data set: the last 12 months of every school's major matters, decided at
 * the school's own held 支委会 and 支部党员大会 (the meetings module's rows, replayed), with the
 * counts of those meetings. Most schools are in order; some hold no vote on anything in a year;
 * a few record the prior communication only after the meeting; a cadre matter now and then
 * fails its quorum first and is decided at a later meeting. Recent matters are still drafts, on
 * the agenda, or approved and not yet executed.
 *
 * 东湖区第一中学 (schoolB) has the violation the demo and the tests rely on: a large expenditure
 * executed ten days before the meeting that approved it (`schoolBViolationTitle`), with the
 * district's guidance comment on it.
 */
import { DEFAULT_VOTE_THRESHOLDS, judgeVote, type MatterCategory, type MatterVoteResult } from '@djt/shared';
import { DEMO_IDS } from '../../db/seed/demo-data';
import { ownedBy, replayRows, type SeedContext, type SeedContributor, type SeedSchool } from '../../db/seed/seed-kit';
import { meetingsSeed } from '../meetings/meetings.seed';

const HISTORY_MONTHS = 12;

export const schoolBViolationTitle = '购置教学一体机（先执行后决策）';

const TITLES: Record<MatterCategory, readonly string[]> = {
  DEVELOPMENT_PLAN: ['学校三年发展规划（修订）', '学校年度工作计划', '“十五五”学校发展规划'],
  CADRE_APPOINTMENT: ['任命教导处副主任', '调整年级组长人选', '免去总务处主任职务'],
  AWARDS_SELECTION: ['推荐市级优秀教师人选', '评选校级师德标兵', '推荐区级优秀党员'],
  REWARDS_PENALTIES: ['年度绩效奖励分配方案', '教职工违纪处理意见'],
  PERSONNEL_TITLES: ['高级职称推荐人选', '教师岗位聘用方案', '中级职称评审推荐'],
  CONSTRUCTION_PROJECT: ['操场改造工程', '教学楼外墙维修', '食堂改扩建项目'],
  LARGE_EXPENDITURE: ['采购多媒体教学设备', '图书馆图书采购', '校园安防系统升级'],
};
const DESCRIPTIONS = [
  '经校务会研究，提请支部集体决策',
  '按照“三重一大”决策制度提交会议研究',
  '征求教职工意见后形成方案',
];
const COMMUNICATIONS = [
  '书记与校长就方案充分沟通，意见一致',
  '书记与校长会前沟通，对细节作了调整',
  '会前沟通，同意提交会议研究',
];
const EXECUTION_NOTES = ['已按决议组织实施', '已完成，结果已公示', '已按程序执行并归档'];

interface DecisionMeeting {
  id: string;
  heldOn: string;
  memberExpected: number;
  memberPresent: number;
  votingPresent: number;
}

const addDays = (date: string, n: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

function schoolMatters(ctx: SeedContext, school: SeedSchool, meetings: DecisionMeeting[]): void {
  const rng = ctx.rng(`matters:${school.id}:${ctx.today}`);
  const { today } = ctx;
  const isB = school.id === DEMO_IDS.schoolB;
  const owner = ownedBy(school);
  const district = ctx.district;
  // Some schools decided nothing this year; a few record the communication after the meeting.
  if (!isB && rng.chance(0.1)) return;
  const lateCommunicator = !isB && rng.chance(0.06);
  const usable = meetings.filter((m) => m.memberExpected > 0).sort((a, b) => a.heldOn.localeCompare(b.heldOn));
  if (!usable.length) return;
  const count = isB ? Math.max(4, rng.int(3, 6)) : rng.int(2, 7);
  const categories: MatterCategory[] = [
    'DEVELOPMENT_PLAN',
    'CADRE_APPOINTMENT',
    'AWARDS_SELECTION',
    'REWARDS_PENALTIES',
    'PERSONNEL_TITLES',
    'CONSTRUCTION_PROJECT',
    'LARGE_EXPENDITURE',
  ];
  for (let i = 0; i < count; i++) {
    const category: MatterCategory = isB && i === 0 ? 'LARGE_EXPENDITURE' : rng.pick(categories);
    // schoolB's violation is decided at a meeting where it surely passes (all voting members in
    // favour exceed half of those expected), whatever day the data set is built on.
    const passing = usable.filter(
      (m) => m.memberPresent * 2 > m.memberExpected && m.votingPresent * 2 > m.memberExpected,
    );
    const meeting = isB && i === 0 && passing.length ? passing[Math.floor(passing.length / 2)] : rng.pick(usable);
    const key = `matter:${school.id}:${i}`;
    const id = ctx.uuid(key);
    const title = isB && i === 0 ? schoolBViolationTitle : rng.pick(TITLES[category]);
    const amount =
      category === 'LARGE_EXPENDITURE' || category === 'CONSTRUCTION_PROJECT' ? rng.int(30, 800) * 1000 : null;
    const communicatedOn =
      lateCommunicator && i === 0 ? addDays(meeting.heldOn, 2) : addDays(meeting.heldOn, -rng.int(3, 20));
    const proposedOn = addDays(meeting.heldOn, -rng.int(1, 2));
    const votes: {
      id: string;
      meeting: DecisionMeeting;
      result: MatterVoteResult;
      f: number;
      a: number;
      ab: number;
      deferred: boolean;
    }[] = [];
    const voteAt = (m: DecisionMeeting, n: number) => {
      const sure = isB && i === 0;
      // Never more ballots than voting members present (a meeting of one or none in a small
      // school); the random draws are made either way so the rest of the data stays as it was.
      const wantsAgainst = !sure && rng.chance(0.2) ? 1 : 0;
      const wantsAbstain = !sure && rng.chance(0.15) ? 1 : 0;
      const against = Math.min(wantsAgainst, m.votingPresent);
      const abstain = Math.min(wantsAbstain, m.votingPresent - against);
      const f = Math.max(0, m.votingPresent - against - abstain);
      const deferred = !isB && rng.chance(0.04);
      const judged = judgeVote(
        category,
        { votesFor: f, votesAgainst: against, abstentions: abstain, deferred },
        { memberExpected: m.memberExpected, memberPresent: m.memberPresent, votingPresent: m.votingPresent },
        DEFAULT_VOTE_THRESHOLDS,
      );
      const v = {
        id: ctx.uuid(`${key}:vote:${n}`),
        meeting: m,
        result: judged.result!,
        f,
        a: against,
        ab: abstain,
        deferred,
      };
      votes.push(v);
      return v;
    };

    // The most recent matters: a draft, or on the agenda of a meeting not yet held.
    const recent = meeting === usable[usable.length - 1] && !isB;
    let state: 'DRAFT' | 'PROPOSED' | 'DECIDED' | 'EXECUTED' = 'DRAFT';
    let decision: (typeof votes)[number] | null = null;
    if (recent && rng.chance(0.5)) {
      state = rng.chance(0.5) ? 'DRAFT' : 'PROPOSED';
    } else {
      let v = voteAt(meeting, 0);
      if (v.result === 'NO_QUORUM') {
        // Decided at the next meeting with a quorum, if there is one.
        const later = usable.filter(
          (m) =>
            m.heldOn > meeting.heldOn &&
            judgeVote(category, { votesFor: 0, votesAgainst: 0, abstentions: 0 }, m, DEFAULT_VOTE_THRESHOLDS).quorumMet,
        );
        if (later.length) v = voteAt(later[0], 1);
      }
      if (v.result === 'NO_QUORUM') state = 'PROPOSED';
      else {
        state = 'DECIDED';
        decision = v;
      }
    }
    let executedOn: string | null = null;
    if (decision && decision.result === 'APPROVED') {
      if (isB && i === 0) executedOn = addDays(decision.meeting.heldOn, -10);
      else {
        const d = addDays(decision.meeting.heldOn, rng.int(3, 40));
        if (d <= today && rng.chance(0.85)) executedOn = d;
      }
      if (executedOn) state = 'EXECUTED';
    }
    const withCommunication = state !== 'DRAFT' || rng.chance(0.5);
    const at = ctx.timestamp(state === 'DRAFT' ? today : proposedOn);
    ctx.add('major_matter', {
      id,
      ...owner,
      category,
      title,
      description: rng.pick(DESCRIPTIONS),
      amount,
      communicated_on: withCommunication ? (communicatedOn > today ? today : communicatedOn) : null,
      communication: withCommunication ? rng.pick(COMMUNICATIONS) : null,
      state,
      proposed_on: state === 'DRAFT' ? null : proposedOn > today ? today : proposedOn,
      outcome: decision ? decision.result : null,
      decision_vote_id: decision ? decision.id : null,
      decided_on: decision ? decision.meeting.heldOn : null,
      executed_on: executedOn,
      execution_note: executedOn ? rng.pick(EXECUTION_NOTES) : null,
      version: 1,
      created_at: at,
      updated_at: at,
    });
    for (const v of votes)
      ctx.add('major_matter_vote', {
        id: v.id,
        matter_id: id,
        meeting_id: v.meeting.id,
        ...owner,
        held_on: v.meeting.heldOn,
        member_expected: v.meeting.memberExpected,
        member_present: v.meeting.memberPresent,
        voting_present: v.meeting.votingPresent,
        votes_for: v.f,
        votes_against: v.a,
        abstentions: v.ab,
        deferred: v.deferred,
        quorum_met: v.result !== 'NO_QUORUM',
        result: v.result,
        created_at: ctx.timestamp(v.meeting.heldOn),
      });
    // The district's guidance: always on schoolB's violation, now and then elsewhere.
    if ((isB && i === 0) || (state !== 'DRAFT' && rng.chance(0.08)))
      ctx.add('major_matter_comment', {
        id: ctx.uuid(`${key}:comment`),
        matter_id: id,
        ...owner,
        author_org_id: district.id,
        author_name: '组织科',
        body:
          isB && i === 0
            ? '该事项执行日期早于集体决策日期，请说明情况并落实“先决策后执行”要求。'
            : '请注意会议记录和表决情况完整归档。',
        created_at: ctx.timestamp(executedOn ?? proposedOn),
      });
  }
}

/** Major matters with their votes (at the meetings module's meetings) and a few guidance comments. */
export const majorMattersSeed: SeedContributor = {
  name: 'major-matters',
  tables: ['major_matter', 'major_matter_vote', 'major_matter_comment'],
  generate(ctx) {
    const from = `${ctx.months.slice(-HISTORY_MONTHS)[0]}-01`;
    const bySchool = new Map<string, DecisionMeeting[]>();
    for (const row of replayRows(ctx, meetingsSeed, 'meeting')) {
      if (row.kind !== 'BRANCH_COMMITTEE' && row.kind !== 'MEMBERS_MEETING') continue;
      const heldOn = row.held_on as string | null;
      if (!heldOn || heldOn < from) continue;
      const list = bySchool.get(row.school_id as string) ?? [];
      list.push({
        id: row.id as string,
        heldOn,
        memberExpected: row.member_expected_count as number,
        memberPresent: row.member_present_count as number,
        votingPresent: row.voting_present_count as number,
      });
      bySchool.set(row.school_id as string, list);
    }
    for (const school of ctx.schools) schoolMatters(ctx, school, bySchool.get(school.id) ?? []);
  },
};
