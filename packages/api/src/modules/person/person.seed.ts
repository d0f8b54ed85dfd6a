/**
 * The roster in the demo data set: the core (demo-data.ts) builds every school's people with
 * staff numbers T0001…, categories and party details; this adds, in each district, one transfer
 * between two of its schools (the history row of each), and one abandoned staged import (expired:
 * the school's next import removes it), so the demo shows both and the isolation tests find rows.
 */
import { ownedBy, type SeedContext, type SeedContributor } from '../../db/seed/seed-kit';

export const personSeed: SeedContributor = {
  name: 'person',
  tables: ['person_transfer', 'person_import_chunk'],
  generate(ctx: SeedContext) {
    const [from, to] = ctx.schools;
    if (!from || !to) return;
    // Someone now at `to` who came from `from` a month ago (an ordinary member, not a post holder).
    const person = [...to.people].reverse().find((p) => p.partyPost === null) ?? to.people[to.people.length - 1];
    const onDate = `${ctx.months[ctx.months.length - 2]}-15`;
    const row = (school: typeof from, direction: 'OUT' | 'IN', other: typeof from) => ({
      id: ctx.uuid(`transfer:${person.id}:${direction}`),
      ...ownedBy(school),
      person_id: person.id,
      person_name: person.name,
      other_school_name: other.name,
      direction,
      other_school_id: other.id,
      on_date: onDate,
      note: '工作调动',
      created_at: ctx.timestamp(onDate),
    });
    ctx.add('person_transfer', row(from, 'OUT', to));
    ctx.add('person_transfer', row(to, 'IN', from));
    const stagedOn = ctx.months[0] + '-10';
    ctx.add('person_import_chunk', {
      id: ctx.uuid(`import:${from.id}`),
      ...ownedBy(from),
      import_id: ctx.uuid(`import-id:${from.id}`),
      chunk: 0,
      rows: [],
      created_at: ctx.timestamp(stagedOn),
    });
  },
};
