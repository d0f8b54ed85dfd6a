import { LIMITS } from '@djt/shared';
import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { badInput } from './errors';

/** One page type per item type: { items, total, offset, limit }. */
export function PageOf<T extends object>(item: ClassType<T>, name: string) {
  @ObjectType(name, { simpleResolvers: true, description: `One page of ${item.name.replace(/Type$/, '')} rows` })
  class Page {
    @Field(() => [item], { description: 'The rows of this page' }) items!: T[];
    @Field(() => Int, { description: 'Rows in all pages' }) total!: number;
    @Field(() => Int, { description: 'Rows skipped before this page' }) offset!: number;
    @Field(() => Int, { description: 'Page size asked for' }) limit!: number;
  }
  return Page;
}

/** Lists are paginated with a hard cap: a limit above it is refused, not silently cut. */
export function checkPage(offset: number, limit: number): { offset: number; limit: number } {
  if (!Number.isInteger(limit) || limit < 1 || limit > LIMITS.pageMax)
    throw badInput('PAGE_LIMIT', { max: LIMITS.pageMax }, 'limit');
  if (!Number.isInteger(offset) || offset < 0) throw badInput('INVALID_INPUT', { detail: 'offset' }, 'offset');
  return { offset, limit };
}
