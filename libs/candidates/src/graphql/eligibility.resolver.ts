import { Args, Query, Resolver } from '@nestjs/graphql';
import { Role, Roles } from '@igu/access';
import { checkIguEligibility, type EligibilityResult } from '@igu/eligibility';
import { EligibilityCheckInput, EligibilityResultObject } from './eligibility.objects.js';

@Resolver()
export class EligibilityResolver {
  /** Checks facts against the IGU rules for a start date; stores nothing. */
  @Roles(Role.EMPLOYER, Role.JOBCENTRE, Role.UNION_REP, Role.ADMIN)
  @Query(() => EligibilityResultObject)
  iguEligibility(@Args('input', { type: () => EligibilityCheckInput }) input: EligibilityCheckInput): EligibilityResult {
    const { startDate, ...facts } = input;
    return checkIguEligibility(facts, startDate);
  }
}
