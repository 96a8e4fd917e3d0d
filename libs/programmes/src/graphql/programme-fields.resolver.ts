import { Inject } from '@nestjs/common';
import { Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { UserObject, UserService } from '@igu/auth';
import { CandidateProfileObject } from '@igu/candidates';
import { CompanyObject, companyLoader, CompanyService } from '@igu/companies';
import { alignByKey, AppError, DateScalar, groupByKey, type LoaderRegistry, Loaders } from '@igu/graphql';
import { PositionLoaders, PositionObject, PositionQueryService } from '@igu/positions';
import {
  bonusMilestones,
  programmeEndDate,
  registrationDeadline,
  schoolPeriodWeeks,
  totalSchoolWeeks,
} from '@igu/programme-rules';
import { ProposalObject, ProposalQueryService } from '@igu/proposals';
import { ReferenceDataLoaders, ReferenceDataService, UnionObject } from '@igu/reference-data';
import { ProgrammeQueryService } from '../services/programme-query.service.js';
import {
  ApprovalObject,
  BonusMilestoneObject,
  ProgrammeObject,
  RuleViolationObject,
  SchoolPeriodObject,
} from './programme.objects.js';

@Resolver(() => ProgrammeObject)
export class ProgrammeFieldsResolver {
  constructor(
    @Inject(ProgrammeQueryService) private readonly programmes: ProgrammeQueryService,
    @Inject(ProposalQueryService) private readonly proposals: ProposalQueryService,
    @Inject(PositionQueryService) private readonly positions: PositionQueryService,
    @Inject(CompanyService) private readonly companies: CompanyService,
    @Inject(ReferenceDataService) private readonly referenceData: ReferenceDataService,
  ) {}

  /** IGU: start + 24 months − 1 day; others as given (the start date until an end date is given: END_DATE_REQUIRED shows). */
  @ResolveField('endDate', () => DateScalar)
  endDate(@Parent() programme: ProgrammeObject): string {
    return programmeEndDate({ kind: programme.kind, startDate: programme.startDate, endDate: programme.endDate }) ?? programme.startDate;
  }

  @ResolveField('proposal', () => ProposalObject)
  async proposal(@Parent() programme: ProgrammeObject, @Loaders() loaders: LoaderRegistry): Promise<ProposalObject> {
    const proposal = await loaders
      .get('programme.proposal', async (ids: readonly string[]) =>
        alignByKey(ids, await this.proposals.byIdsUnscoped(ids), (row) => row.id),
      )
      .load(programme.proposalId);
    if (!proposal) throw AppError.notFound('Proposal');
    return proposal;
  }

  @ResolveField('position', () => PositionObject)
  async position(@Parent() programme: ProgrammeObject, @Loaders() loaders: LoaderRegistry): Promise<PositionObject> {
    const position = await new PositionLoaders(loaders, this.positions).byId().load(programme.positionId);
    if (!position) throw AppError.notFound('Position');
    return position as unknown as PositionObject;
  }

  /** The pseudonymised profile: the employer, the candidate's jobcentre and the union of the programme may see it (§5). */
  @ResolveField('candidate', () => CandidateProfileObject)
  async candidate(@Parent() programme: ProgrammeObject, @Loaders() loaders: LoaderRegistry): Promise<CandidateProfileObject> {
    const profile = await loaders
      .get('programme.profile', async (ids: readonly string[]) =>
        alignByKey(ids, await this.proposals.profilesByIds(ids), (row) => row.id),
      )
      .load(programme.candidateId);
    if (!profile) throw AppError.notFound('Candidate');
    return profile as CandidateProfileObject;
  }

  @ResolveField('company', () => CompanyObject)
  async company(@Parent() programme: ProgrammeObject, @Loaders() loaders: LoaderRegistry): Promise<CompanyObject> {
    const company = await companyLoader(loaders, this.companies).load(programme.companyId);
    if (!company) throw AppError.notFound('Company');
    return company;
  }

  @ResolveField('union', () => UnionObject, { nullable: true })
  union(@Parent() programme: ProgrammeObject, @Loaders() loaders: LoaderRegistry): Promise<UnionObject | null> {
    return programme.unionId ? new ReferenceDataLoaders(loaders, this.referenceData).union().load(programme.unionId) : Promise.resolve(null);
  }

  @ResolveField('schoolPeriods', () => [SchoolPeriodObject])
  schoolPeriods(@Parent() programme: ProgrammeObject): SchoolPeriodObject[] {
    return programme.schoolPeriods.map((period) => ({
      startDate: period.startDate,
      endDate: period.endDate,
      description: period.description ?? null,
      weeks: schoolPeriodWeeks(period),
    }));
  }

  @ResolveField('totalSchoolWeeks', () => Int)
  totalSchoolWeeks(@Parent() programme: ProgrammeObject): number {
    return totalSchoolWeeks(programme.schoolPeriods);
  }

  @ResolveField('approvals', () => [ApprovalObject])
  approvals(@Parent() programme: ProgrammeObject, @Loaders() loaders: LoaderRegistry): Promise<ApprovalObject[]> {
    return loaders
      .get('programme.approvals', async (ids: readonly string[]) =>
        groupByKey(ids, await this.programmes.approvalsOf(ids), (approval) => approval.programmeId),
      )
      .load(programme.id);
  }

  @ResolveField('bonusMilestones', () => [BonusMilestoneObject], { description: 'Empty for public employers and non-IGU' })
  async bonusMilestones(@Parent() programme: ProgrammeObject, @Loaders() loaders: LoaderRegistry): Promise<BonusMilestoneObject[]> {
    const company = await companyLoader(loaders, this.companies).load(programme.companyId);
    return bonusMilestones(programme.kind, programme.startDate, company?.publicEmployer ?? true);
  }

  @ResolveField('registrationDeadline', () => DateScalar, { nullable: true })
  registrationDeadline(@Parent() programme: ProgrammeObject): string | null {
    return registrationDeadline(programme.kind, programme.startDate);
  }

  @ResolveField('ruleViolations', () => [RuleViolationObject], { description: 'Must be empty to submit' })
  ruleViolations(@Parent() programme: ProgrammeObject): Promise<RuleViolationObject[]> {
    return this.programmes.ruleViolations(programme as never);
  }
}

@Resolver(() => ApprovalObject)
export class ApprovalFieldsResolver {
  constructor(@Inject(UserService) private readonly users: UserService) {}

  @ResolveField('decidedBy', () => UserObject)
  async decidedBy(@Parent() approval: ApprovalObject, @Loaders() loaders: LoaderRegistry): Promise<UserObject> {
    const user = await loaders
      .get('programme.user', async (ids: readonly string[]) => alignByKey(ids, await this.users.byIds(ids), (row) => row.id))
      .load(approval.decidedByUserId);
    if (!user) throw AppError.notFound('User');
    return user;
  }
}

@Resolver(() => ProposalObject)
export class ProposalProgrammeResolver {
  constructor(@Inject(ProgrammeQueryService) private readonly programmes: ProgrammeQueryService) {}

  @ResolveField('programme', () => ProgrammeObject, { nullable: true })
  programme(@Parent() proposal: ProposalObject, @Loaders() loaders: LoaderRegistry): Promise<ProgrammeObject | null> {
    return loaders
      .get('proposal.programme', async (ids: readonly string[]) =>
        alignByKey(ids, await this.programmes.byProposalIds(ids), (row) => row.proposalId),
      )
      .load(proposal.id);
  }
}

