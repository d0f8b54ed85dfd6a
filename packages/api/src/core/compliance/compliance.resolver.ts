import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import {
  addMonths,
  comparisonPage,
  comparisonRowsProblem,
  LABELS,
  LIMITS,
  monthKeyProblem,
  monthOf,
  RULES,
  ruleById,
  type Lang,
  type OrgRef,
  type RuleDef,
  type SchoolType,
} from '@djt/shared';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../context';
import { allowIf, isAuthenticated, orgFromArg, type FieldRules } from '../authz/rules';
import { badInput, notFound } from '../errors';
import { Organisation } from '../organisation/organisation.entity';
import { complianceReport, schoolRanking, schoolScorecard, type RuleComparisonOut } from './compliance.read';
import {
  ComplianceReportType,
  ComplianceRowsInput,
  ComplianceRuleType,
  SchoolRankingType,
  SchoolScorecardType,
  type RuleComparisonType,
} from './compliance.types';

export function ruleType(rule: RuleDef, lang: Lang): ComplianceRuleType {
  return {
    id: rule.id,
    title: rule.title[lang],
    description: rule.description[lang],
    section: rule.section,
    period: rule.period,
    weight: rule.weight,
    measure: rule.measure[lang],
  };
}

const yearOf = (m: string) => Number(m.slice(0, 4));

/** Checks a month window: month keys, years in range, from ≤ to, at most LIMITS.monthsMax months. */
export function monthWindow(from: string | null, to: string | null, today: string): { from: string; to: string } {
  for (const [field, m] of [
    ['from', from],
    ['to', to],
  ] as const) {
    const problem = m == null ? null : monthKeyProblem(m);
    if (problem) throw badInput(problem, { min: LIMITS.yearMin, max: LIMITS.yearMax }, field);
  }
  const end = to ?? (from ? addMonths(from, 11) : monthOf(today));
  const start = from ?? addMonths(end, -11);
  const months = yearOf(end) * 12 + Number(end.slice(5)) - (yearOf(start) * 12 + Number(start.slice(5))) + 1;
  if (months < 1 || months > LIMITS.monthsMax) throw badInput('MONTH_WINDOW_TOO_LONG', { max: LIMITS.monthsMax }, 'to');
  return { from: start, to: end };
}

function checkYear(year: number | null, today: string): number {
  const y = year ?? Number(today.slice(0, 4));
  if (!Number.isInteger(y) || y < LIMITS.yearMin || y > LIMITS.yearMax)
    throw badInput('INVALID_YEAR', { min: LIMITS.yearMin, max: LIMITS.yearMax }, 'year');
  return y;
}

function rulesOf(ids: string[] | null): RuleDef[] {
  if (!ids?.length) return [...RULES];
  return [...new Set(ids)].map((id) => {
    const rule = ruleById(id);
    if (!rule) throw badInput('UNKNOWN_RULE', { id: id.slice(0, 60) }, 'ruleIds');
    return rule;
  });
}

/** The comparison as the API answers it: texts in the request's language, the rows asked for. */
function comparisonOut(r: RuleComparisonOut, rows: ComplianceRowsInput, today: string, lang: Lang): RuleComparisonType {
  return {
    rule: ruleType(r.rule, lang),
    periods: r.periods,
    schools: r.rows.length,
    page: comparisonPage(r.rows, rows, { periods: r.periods, today, kind: r.rule.period }),
    periodCounts: r.periodCounts,
    byDistrict: r.byDistrict,
    bySchoolType: r.bySchoolType.map((g) => ({ ...g, name: LABELS.schoolType[g.key as SchoolType][lang] })),
    completionRate: r.completionRate,
    behindCount: r.behindCount,
  };
}

const cellsOf = (report: RuleComparisonOut[]) => report.reduce((n, r) => n + r.rows.length * r.periods.length, 0);

async function scopeRow(em: EntityManager, ref: OrgRef): Promise<Organisation> {
  return em.findOneOrFail(Organisation, { id: ref.id }, { failHandler: () => notFound() });
}

/**
 * The generic read API of the compliance rules: one set of fields for every rule, read from the
 * compliance facts (core/compliance/facts.service.ts).
 */
@Resolver()
export class ComplianceResolver {
  @Query(() => [ComplianceRuleType], { description: 'Every compliance rule, in the order of the registry' })
  complianceRules(@Ctx() ctx: RequestContext): ComplianceRuleType[] {
    return RULES.map((r) => ruleType(r, ctx.lang));
  }

  @Query(() => ComplianceReportType, {
    description: 'Every school under a district or bureau × the periods of each rule (default: all rules, 12 months)',
  })
  async compliance(
    @Arg('scopeId', () => ID, { description: 'A district or bureau (a school gives its own row)' }) scopeId: string,
    @Arg('ruleIds', () => [ID], { nullable: true, description: 'Rules to compare; all when omitted' })
    ruleIds: string[] | null,
    @Arg('from', () => String, { nullable: true, description: 'First month, YYYY-MM (default: 11 months before `to`)' })
    from: string | null,
    @Arg('to', () => String, { nullable: true, description: 'Last month, YYYY-MM (default: this month)' })
    to: string | null,
    @Arg('rows', () => ComplianceRowsInput, {
      nullable: true,
      description: "Filter, sort and page of each rule's rows (default: the 50 worst schools)",
    })
    rows: ComplianceRowsInput | null,
    @Ctx() ctx: RequestContext,
  ): Promise<ComplianceReportType> {
    const window = monthWindow(from, to, ctx.today);
    const rules = rulesOf(ruleIds);
    const input = rows ?? {};
    const problem = comparisonRowsProblem(input);
    if (problem) throw badInput(problem.reason, problem.params, problem.field);
    const scope = (await ctx.loaders.orgRef.load(scopeId))!;
    return ctx.db(async (em) => {
      const row = await scopeRow(em, scope);
      const key = ['compliance', scope.id, rules.map((r) => r.id).join(','), window.from, window.to, ctx.today].join(
        '|',
      );
      const report = await ctx.reports.get(em, scope.bureauId, key, cellsOf, () =>
        complianceReport(em, scope, rules, window, ctx.today),
      );
      return {
        scope: row,
        ...window,
        today: ctx.today,
        rules: report.map((r) => comparisonOut(r, input, ctx.today, ctx.lang)),
      };
    });
  }

  @Query(() => SchoolScorecardType, { description: 'Every rule for one school over one year, with the score' })
  async schoolScorecard(
    @Arg('schoolId', () => ID, { description: 'The school' }) schoolId: string,
    @Arg('year', () => Int, { nullable: true, description: 'Default: this year' }) year: number | null,
    @Ctx() ctx: RequestContext,
  ): Promise<SchoolScorecardType> {
    const y = checkYear(year, ctx.today);
    const ref = (await ctx.loaders.orgRef.load(schoolId))!;
    if (ref.level !== 'SCHOOL') throw badInput('INVALID_INPUT', { detail: 'schoolId' }, 'schoolId');
    return ctx.db(async (em) => {
      const school = await scopeRow(em, ref);
      const card = await schoolScorecard(
        em,
        { ...ref, schoolType: school.schoolType as SchoolType },
        y,
        ctx.today,
        ctx.lang,
      );
      return {
        school,
        year: y,
        today: ctx.today,
        score: card.score,
        rules: card.rules.map((r) => ({ ...r, rule: ruleType(r.rule, ctx.lang) })),
      };
    });
  }

  @Query(() => SchoolRankingType, {
    description: '创先争优: the schools under a district or bureau ranked by their annual score (institutions only)',
  })
  async schoolRanking(
    @Arg('scopeId', () => ID, { description: 'A district or bureau' }) scopeId: string,
    @Arg('year', () => Int, { nullable: true, description: 'Default: this year' }) year: number | null,
    @Ctx() ctx: RequestContext,
  ): Promise<SchoolRankingType> {
    const y = checkYear(year, ctx.today);
    const scope = (await ctx.loaders.orgRef.load(scopeId))!;
    return ctx.db(async (em) => {
      const row = await scopeRow(em, scope);
      const key = ['ranking', scope.id, y, ctx.today].join('|');
      const rows = await ctx.reports.get(
        em,
        scope.bureauId,
        key,
        (ranked) => ranked.length * RULES.length * 12,
        () => schoolRanking(em, scope, y, ctx.today),
      );
      return { scope: row, year: y, rules: RULES.map((r) => ruleType(r, ctx.lang)), rows };
    });
  }
}

export const complianceRules: FieldRules = {
  Query: {
    complianceRules: isAuthenticated,
    compliance: allowIf('compliance.read', orgFromArg('scopeId')),
    schoolScorecard: allowIf('compliance.read', orgFromArg('schoolId')),
    schoolRanking: allowIf('compliance.read', orgFromArg('scopeId')),
  },
};
