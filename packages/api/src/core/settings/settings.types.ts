import { GraphQLJSON } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

export const SettingKindEnum = { NUMBER: 'NUMBER', MONTHS: 'MONTHS' } as const;
registerEnumType(SettingKindEnum, {
  name: 'SettingKind',
  description: 'The shape of a setting value',
  valuesConfig: {
    NUMBER: { description: '数值 / A number within min–max, in steps of `step`' },
    MONTHS: { description: '月份 / A list of months 1–12, at most `maxCount`' },
  },
});

@ObjectType('Setting', {
  simpleResolvers: true,
  description: "One of the bureau's rule settings (SPEC §3: every numeric rule is a bureau setting with a default)",
})
export class SettingType {
  @Field(() => ID, { description: "Key '<rule id>.<name>', e.g. '<rule id>.minClassHours'" }) key!: string;
  @Field(() => ID, { description: 'The rule the setting belongs to' }) ruleId!: string;
  @Field({ description: 'Title, in the request’s language' }) title!: string;
  @Field(() => SettingKindEnum, { description: 'Number or months' }) kind!: keyof typeof SettingKindEnum;
  @Field(() => String, { nullable: true, description: 'Unit of a number, in the request’s language' })
  unit!: string | null;
  @Field(() => GraphQLJSON, { description: "The bureau's value (a number, or a list of months)" }) value!: unknown;
  @Field(() => GraphQLJSON, { description: 'The default value' }) default!: unknown;
  @Field(() => Float, { nullable: true, description: 'Smallest number allowed' }) min!: number | null;
  @Field(() => Float, { nullable: true, description: 'Largest number allowed' }) max!: number | null;
  @Field(() => Float, { nullable: true, description: 'Numbers are whole multiples of this' }) step!: number | null;
  @Field(() => Int, { nullable: true, description: 'At most this many months' }) maxCount!: number | null;
}

@InputType({ description: 'A new value for one setting' })
export class SettingInput {
  @Field(() => ID, { description: 'The setting key' }) key!: string;
  @Field(() => GraphQLJSON, {
    nullable: true,
    description: 'A number, or a list of months 1–12; null removes the bureau’s own value (back to the default)',
  })
  value!: unknown;
}
