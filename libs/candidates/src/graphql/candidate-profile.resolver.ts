import type { CalendarDate } from '@igu/calendar';
import { Inject } from '@nestjs/common';
import { Clock } from '@igu/clock';
import { Args, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, CurrentActor, Role, Roles } from '@igu/access';
import { checkIguEligibility, type EligibilityResult } from '@igu/eligibility';
import { AppError, type ConnectionShape, DateScalar, type LoaderRegistry, Loaders } from '@igu/graphql';
import { MunicipalityObject, OccupationObject, ReferenceDataLoaders, ReferenceDataService, SkillObject } from '@igu/reference-data';
import { CandidateProfileService } from '../services/candidate-profile.service.js';
import { eligibilityDateFor } from '../services/profile-eligibility-date.js';
import type { CandidateProfileView } from '../services/candidate-views.js';
import { CandidateProfileFilterInput } from './candidate.inputs.js';
import { CandidateProfileConnection, CandidateProfileObject } from './candidate-profile.object.js';
import { EligibilityResultObject } from './eligibility.objects.js';

@Resolver(() => CandidateProfileObject)
export class CandidateProfileResolver {
  constructor(
    @Inject(CandidateProfileService) private readonly profiles: CandidateProfileService,
    @Inject(ReferenceDataService) private readonly referenceData: ReferenceDataService,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  @Roles(Role.EMPLOYER, Role.JOBCENTRE)
  @Query(() => CandidateProfileConnection, { description: 'Shared AVAILABLE profiles nationwide (a jobcentre also sees its own)' })
  candidateProfiles(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => CandidateProfileFilterInput, nullable: true }) filter: CandidateProfileFilterInput | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<ConnectionShape<CandidateProfileView>> {
    return this.profiles.search(actor, filter ?? {}, first ?? 20, after);
  }

  @ResolveField('municipality', () => MunicipalityObject)
  async municipality(@Parent() profile: CandidateProfileObject, @Loaders() loaders: LoaderRegistry): Promise<MunicipalityObject> {
    const municipality = await this.loaders(loaders).municipality().load(profile.municipalityCode);
    if (!municipality) throw AppError.notFound('Municipality');
    return municipality;
  }

  @ResolveField('desiredOccupations', () => [OccupationObject])
  desiredOccupations(@Parent() profile: CandidateProfileObject, @Loaders() loaders: LoaderRegistry): Promise<OccupationObject[]> {
    return this.occupations(profile.desiredOccupationCodes, loaders);
  }

  @ResolveField('experienceOccupations', () => [OccupationObject])
  experienceOccupations(@Parent() profile: CandidateProfileObject, @Loaders() loaders: LoaderRegistry): Promise<OccupationObject[]> {
    return this.occupations(profile.experienceOccupationCodes, loaders);
  }

  @ResolveField('skills', () => [SkillObject])
  async skills(@Parent() profile: CandidateProfileObject, @Loaders() loaders: LoaderRegistry): Promise<SkillObject[]> {
    return present(await this.loaders(loaders).skill().loadMany(profile.skillCodes));
  }

  @ResolveField('iguEligibility', () => EligibilityResultObject, {
    description:
      "For a start on asOf (default: today). Only the candidate's own jobcentre chooses asOf; for anyone else it is ignored " +
      'and the result is for the start date of their position the profile is shown under, or today (see the returned asOf)',
  })
  iguEligibility(
    @Parent() profile: CandidateProfileObject,
    @CurrentActor() actor: Actor,
    @Args('asOf', { type: () => DateScalar, nullable: true }) asOf: CalendarDate | null,
  ): EligibilityResult {
    return checkIguEligibility(profile.eligibilityFacts, eligibilityDateFor(actor, profile, asOf, this.clock.today()));
  }

  private async occupations(codes: string[], loaders: LoaderRegistry): Promise<OccupationObject[]> {
    return present(await this.loaders(loaders).occupation().loadMany(codes));
  }

  private loaders(registry: LoaderRegistry): ReferenceDataLoaders {
    return new ReferenceDataLoaders(registry, this.referenceData);
  }
}

/** Codes were validated on write; a failed batch is an error, not an empty list. */
function present<T>(values: readonly (T | null | Error)[]): T[] {
  const failure = values.find((value) => value instanceof Error);
  if (failure) throw failure;
  return values.filter((value): value is T => value !== null);
}
