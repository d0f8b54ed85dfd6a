import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';

@ObjectType({ simpleResolvers: true })
export class TheoryClassSettings {
  @Field(() => Float, { description: 'Minimum class-hours each month' }) minClassHoursPerMonth!: number;
  @Field(() => [Int], { description: 'Months (1-12) exempt from the rule' }) exemptMonths!: number[];
}

@ObjectType('BureauSettings', {
  simpleResolvers: true,
  description: "The bureau's rule settings (defaults merged with its own)",
})
export class BureauSettingsType {
  @Field(() => TheoryClassSettings) theoryClass!: TheoryClassSettings;
  @Field(() => Int, { description: '党建月 (1-12)' }) partyBuildingMonth!: number;
  @Field(() => Int, { description: 'Yuan' }) largeExpenditureThreshold!: number;
  @Field(() => Int) serviceRequestAnswerDays!: number;
  @Field(() => Int) opinionAnswerDays!: number;
}

@InputType()
export class TheoryClassSettingsInput {
  @Field(() => Float, { nullable: true }) minClassHoursPerMonth?: number;
  @Field(() => [Int], { nullable: true }) exemptMonths?: number[];
}

@InputType()
export class BureauSettingsInput {
  @Field(() => TheoryClassSettingsInput, { nullable: true }) theoryClass?: TheoryClassSettingsInput;
  @Field(() => Int, { nullable: true }) partyBuildingMonth?: number;
}
