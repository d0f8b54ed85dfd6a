import { theoryClassMonthlyRule } from '@djt/shared';
import type { FactSource } from '../../core/compliance/fact-source';

/** 每月思想政治课: class-hours held per school and month. */
export const theoryClassFacts: FactSource = {
  ruleIds: [theoryClassMonthlyRule.id],
  tables: ['theory_class'],
  sql: (where) => `
    select bureau_id, district_id, school_id, to_char(date, 'YYYY-MM') as period,
           sum(class_hours)::float8 as value, jsonb_build_object('records', count(*)) as detail
      from theory_class where ${where('date')}
     group by 1, 2, 3, 4`,
};
