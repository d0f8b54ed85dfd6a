import { getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType, type GraphQLInputType } from 'graphql';

/** Where sample values come from: fixed for the permission matrix, seeded-random for the fuzz. */
export interface SampleSource {
  id(): string;
  pick<T>(values: readonly T[]): T;
  bool(): boolean;
  today: string;
  text: string;
}

/** A value of the right GraphQL input type, for required arguments a rule does not look at. */
export function sampleInput(type: GraphQLInputType, src: SampleSource): unknown {
  if (isNonNullType(type)) return sampleInput(type.ofType, src);
  if (isListType(type)) return [];
  if (isEnumType(type)) return src.pick(type.getValues()).value;
  if (isInputObjectType(type)) {
    const out: Record<string, unknown> = {};
    for (const f of Object.values(type.getFields()))
      if (isNonNullType(f.type) && f.defaultValue === undefined) out[f.name] = sampleInput(f.type, src);
    return out;
  }
  switch (getNamedType(type).name) {
    case 'ID':
      return src.id();
    case 'Int':
    case 'Float':
    case 'JSON':
      return 1;
    case 'Boolean':
      return src.bool();
    case 'LocalDate':
      return src.today;
    case 'DateTimeISO':
      return `${src.today}T00:00:00.000Z`;
    default:
      return src.text;
  }
}
