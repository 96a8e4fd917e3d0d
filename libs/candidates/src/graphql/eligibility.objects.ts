import type { CalendarDate } from '@igu/calendar';
import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '@igu/graphql';
import { ResidenceBasis } from './candidate-enums.js';

@ObjectType('EligibilityReason')
export class EligibilityReasonObject {
  @Field(() => String, { description: 'AGE_OUT_OF_RANGE, TOO_LONG_IN_DENMARK, RESIDENCE_BASIS, PRIOR_IGU or SCHEME_ENDED' })
  code!: string;

  @Field(() => String)
  message!: string;
}

@ObjectType('EligibilityResult')
export class EligibilityResultObject {
  @Field(() => Boolean)
  eligible!: boolean;

  @Field(() => String, { description: 'The law version applied: IGU-2016, IGU-2021 or IGU-2024' })
  ruleSet!: string;

  @Field(() => DateScalar, { description: 'The start date the rules were applied to' })
  asOf!: CalendarDate;

  @Field(() => [EligibilityReasonObject], { description: 'Every failing rule; empty when eligible' })
  reasons!: EligibilityReasonObject[];
}

@InputType('EligibilityCheckInput')
export class EligibilityCheckInput {
  @Field(() => DateScalar)
  dateOfBirth!: CalendarDate;

  @Field(() => ResidenceBasis)
  residenceBasis!: ResidenceBasis;

  @Field(() => DateScalar)
  arrivedInDenmarkOn!: CalendarDate;

  @Field(() => Boolean, { defaultValue: false })
  priorIgu!: boolean;

  @Field(() => DateScalar)
  startDate!: CalendarDate;
}
