import { Inject } from '@nestjs/common';
import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, CurrentActor, Role, Roles } from '@igu/access';
import { CandidateLoaders, CandidateObject, CandidateProfileObject, CandidateProfileService, inPositionContext } from '@igu/candidates';
import { AppError, assertPageSize, type ConnectionShape, type LoaderRegistry, Loaders } from '@igu/graphql';
import { PositionLoaders, PositionObject, PositionQueryService } from '@igu/positions';
import { QueueConnection, QueueName } from '@igu/queue';
import { ReferenceDataLoaders, ReferenceDataService, SkillObject } from '@igu/reference-data';
import { randomUUID } from 'node:crypto';
import type { Job } from 'bullmq';
import { MatchingJob } from '../jobs/matching-job-names.js';
import { type MatchPage, MatchQueryService, type PositionMatchPage } from './match-query.service.js';
import { jobStatusOf } from './job-status.js';
import { JobState, JobStatusObject, MatchConnection, MatchObject, ScoreBreakdownObject } from './match.objects.js';

const FIRST = { type: () => Int, nullable: true, defaultValue: 20 } as const;
const AFTER = { type: () => String, nullable: true } as const;

/** Job ids are `<queue>:<job id>`; the queue is compared as the string it is. */
const MATCHING_QUEUE: string = QueueName.MATCHING;

@Resolver(() => PositionObject)
export class PositionMatchesResolver {
  constructor(@Inject(MatchQueryService) private readonly store: MatchQueryService) {}

  @ResolveField('matches', () => MatchConnection, {
    description: 'Ranked candidates; owning employer (pseudonymised) and jobcentres (own candidates only)',
  })
  matches(
    @Parent() position: PositionObject & { companyId: string },
    @CurrentActor() actor: Actor,
    @Loaders() loaders: LoaderRegistry,
    @Args('first', FIRST) first: number | null,
    @Args('after', AFTER) after: string | null,
  ): Promise<ConnectionShape<MatchObject>> {
    const page = { ownerId: position.id, companyId: position.companyId, first: assertPageSize(first ?? 20), after };
    // One batch for every position of the request (the actor is the request's).
    return loaders.get('position.matches', (pages: readonly PositionMatchPage[]) => this.store.ofPositions(actor, pages)).load(page);
  }
}

@Resolver(() => CandidateObject)
export class CandidateMatchesResolver {
  constructor(@Inject(MatchQueryService) private readonly store: MatchQueryService) {}

  @ResolveField('matches', () => MatchConnection)
  matches(
    @Parent() candidate: CandidateObject,
    @CurrentActor() actor: Actor,
    @Loaders() loaders: LoaderRegistry,
    @Args('first', FIRST) first: number | null,
    @Args('after', AFTER) after: string | null,
  ): Promise<ConnectionShape<MatchObject>> {
    if (actor.role !== Role.JOBCENTRE)
      return Promise.resolve({ edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 });
    const page = { ownerId: candidate.id, first: assertPageSize(first ?? 20), after };
    return loaders.get('candidate.matches', (pages: readonly MatchPage[]) => this.store.ofCandidates(pages)).load(page);
  }
}

@Resolver(() => MatchObject)
export class MatchFieldsResolver {
  constructor(
    @Inject(PositionQueryService) private readonly positions: PositionQueryService,
    @Inject(CandidateProfileService) private readonly profiles: CandidateProfileService,
  ) {}

  @ResolveField('position', () => PositionObject)
  async position(@Parent() match: MatchObject, @Loaders() loaders: LoaderRegistry): Promise<PositionObject> {
    const position = await new PositionLoaders(loaders, this.positions).byId().load(match.positionId);
    if (!position) throw AppError.notFound('Position');
    return position;
  }

  /**
   * The pseudonymised profile of a matched candidate (the list itself is
   * already scoped to the viewer), shown under the match's position: anyone
   * but the candidate's jobcentre sees its IGU eligibility at that position's start.
   */
  @ResolveField('candidate', () => CandidateProfileObject)
  async candidate(@Parent() match: MatchObject, @Loaders() loaders: LoaderRegistry): Promise<CandidateProfileObject> {
    const profile = await new CandidateLoaders(loaders, this.profiles).profile().load(match.candidateId);
    if (!profile) throw AppError.notFound('Candidate');
    return inPositionContext<CandidateProfileObject>(profile, match.positionStartDate);
  }
}

@Resolver(() => ScoreBreakdownObject)
export class ScoreBreakdownResolver {
  constructor(@Inject(ReferenceDataService) private readonly referenceData: ReferenceDataService) {}

  @ResolveField('missingRequiredSkills', () => [SkillObject])
  async missingRequiredSkills(@Parent() breakdown: ScoreBreakdownObject, @Loaders() loaders: LoaderRegistry): Promise<SkillObject[]> {
    const skills = await new ReferenceDataLoaders(loaders, this.referenceData).skill().loadMany(breakdown.missingRequiredSkills);
    return skills.filter((skill) => !!skill && !(skill instanceof Error)) as SkillObject[];
  }
}

const STATES: Record<string, JobState> = {
  waiting: JobState.WAITING,
  delayed: JobState.WAITING,
  prioritized: JobState.WAITING,
  'waiting-children': JobState.WAITING,
  active: JobState.ACTIVE,
  completed: JobState.COMPLETED,
  failed: JobState.FAILED,
};

/** Matching operations for administrators: the API only enqueues; the worker runs the job. */
@Resolver()
export class MatchingJobsResolver {
  constructor(@Inject(QueueConnection) private readonly queues: QueueConnection) {}

  @Roles(Role.ADMIN)
  @Mutation(() => JobStatusObject, { description: 'ADMIN: full recomputation as a background job' })
  async recomputeMatches(): Promise<JobStatusObject> {
    const job = await this.queues.queue(QueueName.MATCHING).add(MatchingJob.FULL_RECOMPUTE, {}, { jobId: `full-${randomUUID()}` });
    return this.status(job);
  }

  @Roles(Role.ADMIN)
  @Query(() => JobStatusObject, { nullable: true })
  async job(@Args('id', { type: () => ID }) id: string): Promise<JobStatusObject | null> {
    const [queue, jobId] = id.split(':', 2);
    if (queue !== MATCHING_QUEUE || !jobId) return null;
    const job = await this.queues.queue(QueueName.MATCHING).getJob(jobId);
    return job ? this.status(job) : null;
  }

  private async status(job: Job): Promise<JobStatusObject> {
    return jobStatusOf(job, STATES[await job.getState()] ?? JobState.WAITING);
  }
}
