import { Inject, Injectable } from '@nestjs/common';
import { Role } from '@igu/access';
import { UserService } from '@igu/auth';
import { CandidateProfileService, firstOfferRemindersDue } from '@igu/candidates';
import { Clock } from '@igu/clock';
import { CompanyService } from '@igu/companies';
import { ProgrammeQueryService } from '@igu/programmes';
import { DataSource } from 'typeorm';
import { NotificationSubject } from '../notification-kind.js';
import { bonusRemindersDue, registrationReminderDue } from '../rules/reminder-rules.js';
import { type Notice, NotificationFeed } from './notification-feed.js';

const SYSTEM = { userId: '00000000-0000-0000-0000-000000000000', role: Role.ADMIN } as const;
const PAGE = 100;

/**
 * The daily deadline sweep (docs/domain.md §10): reads the current state
 * through the owning features' queries and writes each reminder under a key
 * that names the deadline itself (`first-offer-target:<candidate>`, …), so a
 * reminder is sent once ever however often the sweep runs, and a missed day
 * is caught up by the next run: no delayed job whose loss would lose it.
 */
@Injectable()
export class ReminderSweep {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(NotificationFeed) private readonly feed: NotificationFeed,
    @Inject(UserService) private readonly users: UserService,
    @Inject(CandidateProfileService) private readonly candidates: CandidateProfileService,
    @Inject(ProgrammeQueryService) private readonly programmes: ProgrammeQueryService,
    @Inject(CompanyService) private readonly companies: CompanyService,
  ) {}

  /** Returns how many notifications were new. */
  async run(): Promise<number> {
    const today = this.clock.today();
    return (await this.firstOffers(today)) + (await this.programmeDeadlines(today));
  }

  /** FIRST_OFFER_DEADLINE_APPROACHING (target date passed) and FIRST_OFFER_OVERDUE (deadline passed), to the jobcentre. */
  private async firstOffers(today: string): Promise<number> {
    const due = await firstOfferRemindersDue(this.dataSource, today);
    const members = new Map<string, string[]>();
    const notices: Notice[] = [];
    for (const row of due) {
      if (!members.has(row.jobcentreId)) members.set(row.jobcentreId, await this.users.memberIds({ jobcentreId: row.jobcentreId }));
      const base = { recipientIds: members.get(row.jobcentreId)!, subjectType: NotificationSubject.CANDIDATE, subjectId: row.candidateId };
      notices.push(
        row.stage === 'DEADLINE'
          ? {
              ...base,
              facts: { kind: 'FIRST_OFFER_OVERDUE', reference: row.reference },
              dedupeKey: `first-offer-deadline:${row.candidateId}`,
            }
          : {
              ...base,
              facts: { kind: 'FIRST_OFFER_DEADLINE_APPROACHING', reference: row.reference },
              dedupeKey: `first-offer-target:${row.candidateId}`,
            },
      );
    }
    return this.sendInBatches(notices);
  }

  /** REGISTRATION_DEADLINE_APPROACHING and BONUS_MILESTONE_DUE for IGU programmes, to the employer's users. */
  private async programmeDeadlines(today: string): Promise<number> {
    let created = 0;
    let after: string | null = null;
    const filter = {
      kinds: ['IGU' as const],
      statuses: ['APPROVED' as const, 'ACTIVE' as const, 'COMPLETED' as const, 'TERMINATED' as const],
    };
    for (;;) {
      const page = await this.programmes.list(SYSTEM, filter, PAGE, after);
      const programmes = page.edges.map((edge) => edge.node);
      const companies = new Map((await this.companies.byIds([...new Set(programmes.map((p) => p.companyId))])).map((c) => [c.id, c]));
      const references = new Map((await this.candidates.byIds(programmes.map((p) => p.candidateId))).map((c) => [c.id, c.reference]));
      const notices: Notice[] = [];
      for (const programme of programmes) {
        const reference = references.get(programme.candidateId);
        const company = companies.get(programme.companyId);
        if (!reference || !company) continue;
        const base = { subjectType: NotificationSubject.PROGRAMME, subjectId: programme.id };
        const deadline = registrationReminderDue(programme, today);
        if (deadline) {
          notices.push({
            ...base,
            recipientIds: await this.users.memberIds({ companyId: programme.companyId }),
            facts: { kind: 'REGISTRATION_DEADLINE_APPROACHING', reference, deadline },
            dedupeKey: `registration-deadline:${programme.id}`,
          });
        }
        for (const milestone of bonusRemindersDue(programme, company.publicEmployer, today)) {
          notices.push({
            ...base,
            recipientIds: await this.users.memberIds({ companyId: programme.companyId }),
            facts: {
              kind: 'BONUS_MILESTONE_DUE',
              reference,
              milestone: milestone.kind,
              dueOn: milestone.dueOn,
              amountDkk: milestone.amountDkk,
            },
            dedupeKey: `bonus:${programme.id}:${milestone.kind}`,
          });
        }
      }
      created += await this.sendInBatches(notices);
      if (!page.pageInfo.hasNextPage) return created;
      after = page.pageInfo.endCursor;
    }
  }

  private async sendInBatches(notices: readonly Notice[]): Promise<number> {
    let created = 0;
    for (let index = 0; index < notices.length; index += PAGE) created += await this.feed.send(notices.slice(index, index + PAGE));
    return created;
  }
}
