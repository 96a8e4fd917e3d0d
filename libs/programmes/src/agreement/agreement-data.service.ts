import { Inject, Injectable } from '@nestjs/common';
import { type Actor, Role } from '@igu/access';
import { CandidateContactService, CandidateProfileService } from '@igu/candidates';
import { danishDayOf } from '@igu/calendar';
import { Clock } from '@igu/clock';
import { CompanyService } from '@igu/companies';
import { PositionQueryService } from '@igu/positions';
import {
  bonusMilestones,
  earnedBonusMilestones,
  programmeEndDate,
  type ProgrammeStatus,
  registrationDeadline,
  schoolPeriodWeeks,
  totalSchoolWeeks,
} from '@igu/programme-rules';
import { ProposalQueryService } from '@igu/proposals';
import { ReferenceDataService } from '@igu/reference-data';
import type { ProgrammeEntity } from '../entities/programme.entity.js';
import { ProgrammeQueryService } from '../services/programme-query.service.js';
import type { AgreementData } from './agreement-document.js';

/** Before the union's approval the document shows the bonus the agreement plans; after it, what the programme earns. */
const PLANNING_STATUSES: readonly ProgrammeStatus[] = ['DRAFT', 'PENDING_APPROVAL', 'CHANGES_REQUESTED'];

/** Everything the agreement document shows, read through each feature's own services. */
@Injectable()
export class AgreementDataService {
  constructor(
    @Inject(ProgrammeQueryService) private readonly programmes: ProgrammeQueryService,
    @Inject(ProposalQueryService) private readonly proposals: ProposalQueryService,
    @Inject(PositionQueryService) private readonly positions: PositionQueryService,
    @Inject(CompanyService) private readonly companies: CompanyService,
    @Inject(ReferenceDataService) private readonly referenceData: ReferenceDataService,
    @Inject(CandidateProfileService) private readonly profiles: CandidateProfileService,
    @Inject(CandidateContactService) private readonly contacts: CandidateContactService,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  /** For a programme the actor may see (checked by the caller). */
  async of(actor: Actor, programme: ProgrammeEntity): Promise<AgreementData> {
    const [proposal, company, position, profile, approvals] = await Promise.all([
      this.proposals.byIdsUnscoped([programme.proposalId]).then(first),
      this.companies.byIds([programme.companyId]).then(first),
      this.positions.byIds([programme.positionId]).then(first),
      this.profiles.byIds([programme.candidateId]).then(first),
      this.programmes.approvalsOf([programme.id]),
    ]);
    if (!proposal || !company || !position || !profile)
      throw new Error(`Programme ${programme.id} misses its proposal, company, position or candidate`);
    const [occupation, employerMunicipality, jobcentre, jobcentreMunicipalities, union] = await Promise.all([
      this.referenceData.occupationsByCodes([position.occupationCode]).then(first),
      this.referenceData.municipalitiesByCodes([company.municipalityCode]).then(first),
      this.referenceData.jobcentresByIds([proposal.jobcentreId]).then(first),
      this.referenceData.municipalitiesByJobcentreIds([proposal.jobcentreId]),
      programme.unionId ? this.referenceData.unionsByIds([programme.unionId]).then(first) : undefined,
    ]);
    const decision = approvals.at(-1) ?? null;
    const planned = PLANNING_STATUSES.includes(programme.status);
    return {
      programmeId: programme.id,
      status: programme.status,
      employer: {
        name: company.name,
        cvr: company.cvr,
        municipality: employerMunicipality?.name ?? String(company.municipalityCode),
        publicEmployer: company.publicEmployer,
      },
      jobcentre: {
        name: jobcentre?.name ?? '',
        municipalities: jobcentreMunicipalities.map((m) => ({ code: m.code, name: m.name })).sort((a, b) => a.code - b.code),
      },
      candidate: { reference: profile.reference, fullName: await this.fullNameFor(actor, programme.candidateId, proposal.status) },
      position: { title: position.title, occupationCode: position.occupationCode, occupationTitle: occupation?.title ?? '' },
      startDate: programme.startDate,
      endDate: programmeEndDate(programme) ?? programme.startDate,
      weeklyWorkHours: programme.weeklyWorkHours,
      hourlyWageDkk: programme.hourlyWageDkk,
      collectiveAgreement: programme.collectiveAgreement,
      schoolPeriods: programme.schoolPeriods.map((period) => ({
        startDate: period.startDate,
        endDate: period.endDate,
        description: period.description ?? null,
        weeks: schoolPeriodWeeks(period),
      })),
      totalSchoolWeeks: totalSchoolWeeks(programme.schoolPeriods),
      union: union ? { name: union.name } : null,
      decision: decision ? { decision: decision.decision, on: danishDayOf(decision.decidedAt) } : null,
      bonusMilestones: planned
        ? bonusMilestones(programme.kind, programme.startDate, company.publicEmployer)
        : earnedBonusMilestones(programme, company.publicEmployer),
      bonusPlanned: planned,
      registrationDeadline: registrationDeadline(programme.kind, programme.startDate),
      createdOn: danishDayOf(programme.createdAt),
      generatedAt: this.clock.now(),
      generatedOn: this.clock.today(),
    };
  }

  /**
   * The candidate's name as `candidateContact` shows it (docs/domain.md §5): to its
   * jobcentre, and to the employer once the proposal is ACCEPTED; read through
   * the candidates' contact service, so the read is access-logged. Others get null.
   */
  private async fullNameFor(actor: Actor, candidateId: string, proposalStatus: string): Promise<string | null> {
    const allowed = actor.role === Role.JOBCENTRE || (actor.role === Role.EMPLOYER && proposalStatus === 'ACCEPTED');
    if (!allowed) return null;
    const [contact] = await this.contacts.read(actor, [candidateId]);
    return contact?.fullName ?? null;
  }
}

function first<T>(rows: readonly T[]): T | undefined {
  return rows.at(0);
}
