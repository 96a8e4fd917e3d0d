import { Inject } from '@nestjs/common';
import { type Actor, CurrentActor, Role } from '@igu/access';
import { Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { UserLoaders, UserObject, UserService } from '@igu/auth';
import { CandidateLoaders, CandidateProfileObject, CandidateProfileService, inPositionContext } from '@igu/candidates';
import { CompanyObject, companyLoader, CompanyService } from '@igu/companies';
import { alignByKey, AppError, DateScalar, groupByKey, type LoaderRegistry, Loaders } from '@igu/graphql';
import { PositionLoaders, PositionObject, PositionQueryService } from '@igu/positions';
import { earnedBonusMilestones, programmeEndDate, registrationDeadline, schoolPeriodWeeks, totalSchoolWeeks } from '@igu/programme-rules';
import { mayNameUser, ProposalObject, ProposalQueryService, restrictedProposal } from '@igu/proposals';
import { ReferenceDataLoaders, ReferenceDataService, UnionObject } from '@igu/reference-data';
import { ProgrammeQueryService } from '../services/programme-query.service.js';
import { ApprovalObject, BonusMilestoneObject, ProgrammeObject, RuleViolationObject, SchoolPeriodObject } from './programme.objects.js';

@Resolver(() => ProgrammeObject)
export class ProgrammeFieldsResolver {
  constructor(
    @Inject(ProgrammeQueryService) private readonly programmes: ProgrammeQueryService,
    @Inject(ProposalQueryService) private readonly proposals: ProposalQueryService,
    @Inject(CandidateProfileService) private readonly profiles: CandidateProfileService,
    @Inject(PositionQueryService) private readonly positions: PositionQueryService,
    @Inject(CompanyService) private readonly companies: CompanyService,
    @Inject(ReferenceDataService) private readonly referenceData: ReferenceDataService,
  ) {}

  /** IGU: start + 24 months − 1 day; others as given (the start date until an end date is given: END_DATE_REQUIRED shows). */
  @ResolveField('endDate', () => DateScalar)
  endDate(@Parent() programme: ProgrammeObject): string {
    return programmeEndDate({ kind: programme.kind, startDate: programme.startDate, endDate: programme.endDate }) ?? programme.startDate;
  }

  /**
   * The employer (its position) and the jobcentre (its proposal) see the whole
   * proposal; a union representative and ADMIN (who sees proposals only as
   * counts) only what the programme needs: id, status, position, candidate
   * reference, with notes and reasons null.
   */
  @ResolveField('proposal', () => ProposalObject, { description: 'Reduced (no notes or reasons) for union representatives and ADMIN' })
  async proposal(
    @Parent() programme: ProgrammeObject,
    @CurrentActor() actor: Actor,
    @Loaders() loaders: LoaderRegistry,
  ): Promise<ProposalObject> {
    const proposal = await loaders
      .get<string, ProposalObject | null>('programme.proposal', async (ids: readonly string[]) =>
        alignByKey(ids, await this.proposals.byIdsUnscoped(ids), (row) => row.id),
      )
      .load(programme.proposalId);
    if (!proposal) throw AppError.notFound('Proposal');
    return actor.role === Role.UNION_REP || actor.role === Role.ADMIN ? restrictedProposal(proposal) : proposal;
  }

  @ResolveField('position', () => PositionObject)
  async position(@Parent() programme: ProgrammeObject, @Loaders() loaders: LoaderRegistry): Promise<PositionObject> {
    const position = await new PositionLoaders(loaders, this.positions).byId().load(programme.positionId);
    if (!position) throw AppError.notFound('Position');
    return position;
  }

  /** The pseudonymised profile, for whoever sees the programme (docs/domain.md §5); eligibility at the programme's start (§5.2). */
  @ResolveField('candidate', () => CandidateProfileObject)
  async candidate(@Parent() programme: ProgrammeObject, @Loaders() loaders: LoaderRegistry): Promise<CandidateProfileObject> {
    const profile = await new CandidateLoaders(loaders, this.profiles).profile().load(programme.candidateId);
    if (!profile) throw AppError.notFound('Candidate');
    // Eligibility for anyone but the candidate's jobcentre is judged at the programme's start.
    return inPositionContext<CandidateProfileObject>(profile, programme.startDate);
  }

  @ResolveField('company', () => CompanyObject)
  async company(@Parent() programme: ProgrammeObject, @Loaders() loaders: LoaderRegistry): Promise<CompanyObject> {
    const company = await companyLoader(loaders, this.companies).load(programme.companyId);
    if (!company) throw AppError.notFound('Company');
    return company;
  }

  @ResolveField('union', () => UnionObject, { nullable: true })
  union(@Parent() programme: ProgrammeObject, @Loaders() loaders: LoaderRegistry): Promise<UnionObject | null> {
    return programme.unionId
      ? new ReferenceDataLoaders(loaders, this.referenceData).union().load(programme.unionId)
      : Promise.resolve(null);
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

  @ResolveField('bonusMilestones', () => [BonusMilestoneObject], {
    description: 'Empty for public employers, non-IGU, and programmes that never ran (see earnedBonusMilestones)',
  })
  async bonusMilestones(@Parent() programme: ProgrammeObject, @Loaders() loaders: LoaderRegistry): Promise<BonusMilestoneObject[]> {
    const company = await companyLoader(loaders, this.companies).load(programme.companyId);
    return earnedBonusMilestones(programme, company?.publicEmployer ?? true);
  }

  @ResolveField('registrationDeadline', () => DateScalar, { nullable: true })
  registrationDeadline(@Parent() programme: ProgrammeObject): string | null {
    return registrationDeadline(programme.kind, programme.startDate);
  }

  @ResolveField('ruleViolations', () => [RuleViolationObject], { description: 'Must be empty to submit' })
  ruleViolations(@Parent() programme: ProgrammeObject, @Loaders() loaders: LoaderRegistry): Promise<RuleViolationObject[]> {
    return loaders
      .get('programme.ruleViolations', (programmes: readonly ProgrammeObject[]) =>
        this.programmes.ruleViolationsOfMany(programmes as never),
      )
      .load(programme);
  }
}

@Resolver(() => ApprovalObject)
export class ApprovalFieldsResolver {
  constructor(@Inject(UserService) private readonly users: UserService) {}

  /** Null for a user of another organisation than the viewer's (no e-mails or names across organisations). */
  /** A user of another organisation is anonymous: role and organisation only, e-mail and name empty. */
  @ResolveField('decidedBy', () => UserObject, {
    description: 'E-mail and display name are empty when the user belongs to another organisation than the viewer',
  })
  async decidedBy(
    @Parent() approval: ApprovalObject,
    @CurrentActor() actor: Actor,
    @Loaders() loaders: LoaderRegistry,
  ): Promise<UserObject> {
    const user = await new UserLoaders(loaders, this.users).byId().load(approval.decidedByUserId);
    if (!user) throw AppError.notFound('User');
    return mayNameUser(actor, user) ? user : { ...user, email: '', displayName: '' };
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
