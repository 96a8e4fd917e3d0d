import { Inject, Injectable } from '@nestjs/common';
import { Role } from '@igu/access';
import { UserService } from '@igu/auth';
import { CandidateProfileService } from '@igu/candidates';
import { HandoverQueryService, ImportStatus } from '@igu/handover';
import { MatchQueryService, STRONG_MATCH_SCORE } from '@igu/matching';
import { PositionQueryService, PositionStatus } from '@igu/positions';
import { ProgrammeQueryService } from '@igu/programmes';
import { ProposalQueryService } from '@igu/proposals';
import type { OutboxJobData } from '@igu/queue';
import { NotificationSubject } from '../notification-kind.js';
import { type Notice, NotificationFeed } from './notification-feed.js';

/** The topics this feature consumes: every proposal and programme event, matching's new strong matches and finished handover imports. */
export const NOTIFICATION_TOPICS = [
  'proposal.created',
  'proposal.status-changed',
  'programme.status-changed',
  'matching.new-matches',
  'handover.import-finished',
] as const;
export type NotificationTopic = (typeof NOTIFICATION_TOPICS)[number];

/** The job's data: the event's payload (ids, a status, a day) plus its aggregate and outbox id; the job name says the topic. */
export type NotificationEventJobData = { [T in NotificationTopic]: OutboxJobData<T> }[NotificationTopic];

/** How many of a list's best matches a notice looks at (lists are sorted, strong ones come first). */
const MATCHES_LOOKED_AT = 100;

/** The system reads as ADMIN where the owning feature's query takes an actor (programmes: ADMIN sees all). */
const SYSTEM = { userId: '00000000-0000-0000-0000-000000000000', role: Role.ADMIN } as const;

/**
 * Turns one outbox event into notices for the users docs/domain.md §10 names,
 * through the owning features' exported queries (no SQL on their tables).
 * The dedupe key is the outbox row id (one event, one notice per recipient),
 * or for NEW_MATCHES the list and the day (at most one a day).
 */
@Injectable()
export class NotificationEvents {
  constructor(
    @Inject(NotificationFeed) private readonly feed: NotificationFeed,
    @Inject(UserService) private readonly users: UserService,
    @Inject(ProposalQueryService) private readonly proposals: ProposalQueryService,
    @Inject(PositionQueryService) private readonly positions: PositionQueryService,
    @Inject(CandidateProfileService) private readonly candidates: CandidateProfileService,
    @Inject(ProgrammeQueryService) private readonly programmes: ProgrammeQueryService,
    @Inject(MatchQueryService) private readonly matches: MatchQueryService,
    @Inject(HandoverQueryService) private readonly imports: HandoverQueryService,
  ) {}

  /** Returns how many notifications were new. */
  async handle(topic: string, data: NotificationEventJobData): Promise<number> {
    const notices = await this.noticesFor(topic, data);
    return this.feed.send(notices);
  }

  private async noticesFor(topic: string, data: NotificationEventJobData): Promise<Notice[]> {
    const key = `event:${data.outboxId}`;
    switch (topic) {
      case 'proposal.created':
        return this.proposalReceived(key, (data as OutboxJobData<'proposal.created'>).proposalId);
      case 'proposal.status-changed': {
        const { proposalId, status } = data as OutboxJobData<'proposal.status-changed'>;
        return this.proposalStatusChanged(key, proposalId, status);
      }
      case 'programme.status-changed': {
        const { programmeId, status } = data as OutboxJobData<'programme.status-changed'>;
        return this.programmeStatusChanged(key, programmeId, status);
      }
      case 'matching.new-matches': {
        const { side, day, aggregateId } = data as OutboxJobData<'matching.new-matches'>;
        return side === 'position' ? this.positionMatches(aggregateId, day) : this.candidateMatches(aggregateId, day);
      }
      case 'handover.import-finished': {
        const { importId, jobcentreId } = data as OutboxJobData<'handover.import-finished'>;
        return this.importFinished(key, importId, jobcentreId);
      }
      default:
        throw new Error(`notifications: no notice for topic ${topic}`);
    }
  }

  private async reference(candidateId: string): Promise<{ reference: string; jobcentreId: string } | undefined> {
    return (await this.candidates.byIds([candidateId])).at(0);
  }

  /**
   * HANDOVER_IMPORT_FINISHED: the users of the uploading jobcentre, once per
   * import with its counts (the imported people are not named, nor announced one by one).
   */
  private async importFinished(key: string, importId: string, jobcentreId: string): Promise<Notice[]> {
    const summary = await this.imports.summary(importId);
    if (!summary) return [];
    return [
      {
        recipientIds: await this.users.memberIds({ jobcentreId }),
        facts: {
          kind: 'HANDOVER_IMPORT_FINISHED',
          completed: summary.status === ImportStatus.COMPLETED,
          created: summary.rowsCreated,
          updated: summary.rowsUpdated,
          rejected: summary.rowsRejected,
        },
        dedupeKey: key,
        subjectType: NotificationSubject.HANDOVER_IMPORT,
        subjectId: importId,
      },
    ];
  }

  /** PROPOSAL_RECEIVED: the employer users of the position's company. */
  private async proposalReceived(key: string, proposalId: string): Promise<Notice[]> {
    const proposal = (await this.proposals.byIdsUnscoped([proposalId])).at(0);
    if (!proposal) return [];
    const position = (await this.positions.byIds([proposal.positionId])).at(0);
    const candidate = await this.reference(proposal.candidateId);
    if (!position || !candidate) return [];
    return [
      {
        recipientIds: await this.users.memberIds({ companyId: position.companyId }),
        facts: { kind: 'PROPOSAL_RECEIVED', reference: candidate.reference, positionTitle: position.title },
        dedupeKey: key,
        subjectType: NotificationSubject.PROPOSAL,
        subjectId: proposal.id,
      },
    ];
  }

  /**
   * PROPOSAL_STATUS_CHANGED: the users of the proposing jobcentre, for the
   * employer's answers (interview, accepted, rejected); a withdrawal is the
   * jobcentre's own act and tells it nothing new.
   */
  private async proposalStatusChanged(key: string, proposalId: string, status: string): Promise<Notice[]> {
    if (status === 'WITHDRAWN' || status === 'PROPOSED') return [];
    const proposal = (await this.proposals.byIdsUnscoped([proposalId])).at(0);
    if (!proposal) return [];
    const position = (await this.positions.byIds([proposal.positionId])).at(0);
    const candidate = await this.reference(proposal.candidateId);
    if (!position || !candidate) return [];
    return [
      {
        recipientIds: await this.users.memberIds({ jobcentreId: proposal.jobcentreId }),
        facts: { kind: 'PROPOSAL_STATUS_CHANGED', reference: candidate.reference, positionTitle: position.title, status },
        dedupeKey: key,
        subjectType: NotificationSubject.PROPOSAL,
        subjectId: proposal.id,
      },
    ];
  }

  /**
   * PROGRAMME_APPROVAL_REQUESTED (submitted: the representatives of its union)
   * and PROGRAMME_DECIDED (the union approved, rejected or asked for changes:
   * the employer's users and the candidate's jobcentre's users).
   */
  private async programmeStatusChanged(key: string, programmeId: string, status: string): Promise<Notice[]> {
    const requested = status === 'PENDING_APPROVAL';
    const decided = status === 'APPROVED' || status === 'REJECTED' || status === 'CHANGES_REQUESTED';
    if (!requested && !decided) return [];
    const programme = await this.programmes.byId(SYSTEM, programmeId).catch(() => null);
    if (!programme) return [];
    const candidate = await this.reference(programme.candidateId);
    if (!candidate) return [];
    const base = { dedupeKey: key, subjectType: NotificationSubject.PROGRAMME, subjectId: programme.id };
    if (requested) {
      if (!programme.unionId) return [];
      return [
        {
          ...base,
          recipientIds: await this.users.memberIds({ unionId: programme.unionId }),
          facts: { kind: 'PROGRAMME_APPROVAL_REQUESTED', reference: candidate.reference, programmeKind: programme.kind },
        },
      ];
    }
    const recipientIds = [
      ...(await this.users.memberIds({ companyId: programme.companyId })),
      ...(await this.users.memberIds({ jobcentreId: candidate.jobcentreId })),
    ];
    return [
      {
        ...base,
        recipientIds,
        facts: { kind: 'PROGRAMME_DECIDED', reference: candidate.reference, programmeKind: programme.kind, status },
      },
    ];
  }

  /**
   * NEW_MATCHES for a published position: each employer user of its company,
   * counting only the candidates that employer may see (shared or proposed,
   * docs/domain.md §5); nothing when none of the strong ones is visible.
   */
  private async positionMatches(positionId: string, day: string): Promise<Notice[]> {
    const position = (await this.positions.byIds([positionId])).at(0);
    if (position?.status !== PositionStatus.OPEN) return [];
    const employer = { userId: SYSTEM.userId, role: Role.EMPLOYER, companyId: position.companyId } as const;
    const page = await this.matches.ofPosition(employer, position.id, position.companyId, MATCHES_LOOKED_AT, null);
    const count = page.edges.filter((edge) => edge.node.score >= STRONG_MATCH_SCORE).length;
    if (count === 0) return [];
    return [
      {
        recipientIds: await this.users.memberIds({ companyId: position.companyId }),
        facts: { kind: 'NEW_MATCHES', side: 'position', positionTitle: position.title, count },
        dedupeKey: `new-matches:position:${position.id}:${day}`,
        subjectType: NotificationSubject.POSITION,
        subjectId: position.id,
      },
    ];
  }

  /** NEW_MATCHES for a candidate: the users of its jobcentre (which sees all its matches). */
  private async candidateMatches(candidateId: string, day: string): Promise<Notice[]> {
    const candidate = await this.reference(candidateId);
    if (!candidate) return [];
    const page = await this.matches.ofCandidate(candidateId, MATCHES_LOOKED_AT, null);
    const count = page.edges.filter((edge) => edge.node.score >= STRONG_MATCH_SCORE).length;
    if (count === 0) return [];
    return [
      {
        recipientIds: await this.users.memberIds({ jobcentreId: candidate.jobcentreId }),
        facts: { kind: 'NEW_MATCHES', side: 'candidate', reference: candidate.reference, count },
        dedupeKey: `new-matches:candidate:${candidateId}:${day}`,
        subjectType: NotificationSubject.CANDIDATE,
        subjectId: candidateId,
      },
    ];
  }
}
