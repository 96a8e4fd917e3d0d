import { type Actor, CurrentActor, Role, Roles } from '@igu/access';
import { UserLoaders, UserObject, UserService } from '@igu/auth';
import { CandidateObject, consentHistories } from '@igu/candidates';
import { type ConnectionShape, type LoaderRegistry, Loaders, groupByKey } from '@igu/graphql';
import type { AccessLogEntry } from '@igu/personal-data';
import { Inject } from '@nestjs/common';
import { Args, GraphQLISODateTime, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { AccessReviewService } from '../services/access-review.service.js';
import { CandidateErasureService } from '../services/candidate-erasure.service.js';
import { RetentionService } from '../services/retention.service.js';
import {
  ConsentChangeObject,
  PersonalDataAccessConnection,
  PersonalDataAccessObject,
  PersonalDataReaderObject,
  RetentionReportObject,
} from './data-protection.objects.js';
import { userAsSeenBy } from './user-visibility.js';

@Resolver()
export class DataProtectionResolver {
  constructor(
    @Inject(AccessReviewService) private readonly review: AccessReviewService,
    @Inject(CandidateErasureService) private readonly erasure: CandidateErasureService,
    @Inject(RetentionService) private readonly retention: RetentionService,
  ) {}

  @Roles(Role.ADMIN)
  @Query(() => PersonalDataAccessConnection, {
    description: 'ADMIN: reads of personal data across the system, newest first (access review)',
  })
  personalDataAccesses(
    @CurrentActor() actor: Actor,
    @Args('userId', { type: () => ID, nullable: true }) userId: string | null,
    @Args('from', { type: () => GraphQLISODateTime, nullable: true }) from: Date | null,
    @Args('to', { type: () => GraphQLISODateTime, nullable: true }) to: Date | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<ConnectionShape<AccessLogEntry>> {
    return this.review.accesses(actor, { userId, from, to }, first ?? 20, after);
  }

  @Roles(Role.ADMIN)
  @Query(() => [PersonalDataReaderObject], {
    description: 'ADMIN: users ranked by the distinct candidates whose personal data they read in [from, to), most first',
  })
  async personalDataReaders(
    @CurrentActor() actor: Actor,
    @Args('from', { type: () => GraphQLISODateTime }) from: Date,
    @Args('to', { type: () => GraphQLISODateTime }) to: Date,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number | null,
  ): Promise<Omit<PersonalDataReaderObject, 'user'>[]> {
    const ranking = await this.review.ranking(actor, from, to, first ?? 20);
    return ranking.map(({ userId, role, subjects, reads }) => ({ userId, role, candidates: subjects, reads }));
  }

  @Roles(Role.ADMIN)
  @Query(() => RetentionReportObject, {
    description: 'ADMIN: the retention dry run: what the daily job would pseudonymise and delete today',
  })
  retentionReport(): Promise<RetentionReportObject> {
    return this.retention.report();
  }

  @Roles(Role.JOBCENTRE)
  @Mutation(() => Boolean, { description: 'JOBCENTRE (own candidate): pseudonymise now; CONFLICT while a programme is ACTIVE' })
  eraseCandidate(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', { type: () => String }) reason: string,
  ): Promise<boolean> {
    return this.erasure.erase(actor, id, reason);
  }
}

/** The data-protection fields of a candidate; the Candidate itself is visible to its own jobcentre only. */
@Resolver(() => CandidateObject)
export class CandidateDataProtectionResolver {
  constructor(
    @Inject(AccessReviewService) private readonly review: AccessReviewService,
    @Inject(DataSource) private readonly dataSource: DataSource,
  ) {}

  @ResolveField('accessLog', () => PersonalDataAccessConnection, {
    description: "The candidate's jobcentre: every read of this person's personal data, newest first",
  })
  accessLog(
    @Parent() candidate: CandidateObject,
    @CurrentActor() actor: Actor,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<ConnectionShape<AccessLogEntry>> {
    return this.review.candidateLog(actor, candidate.id, first ?? 20, after);
  }

  @ResolveField('consentHistory', () => [ConsentChangeObject], { description: 'shareProfileWithEmployers over time, oldest first' })
  async consentHistory(@Parent() candidate: CandidateObject, @Loaders() loaders: LoaderRegistry): Promise<ConsentChangeObject[]> {
    return loaders
      .get('candidate.consentHistory', async (ids: readonly string[]) =>
        groupByKey(ids, await consentHistories(this.dataSource, ids), (row) => row.candidateId),
      )
      .load(candidate.id);
  }
}

@Resolver(() => PersonalDataAccessObject)
export class PersonalDataAccessFieldsResolver {
  constructor(@Inject(UserService) private readonly users: UserService) {}

  @ResolveField('actor', () => UserObject, {
    nullable: true,
    description: 'Null when the viewer may not see that user; a user of another organisation shows only role and organisation',
  })
  async actor(
    @Parent() access: PersonalDataAccessObject,
    @CurrentActor() viewer: Actor,
    @Loaders() loaders: LoaderRegistry,
  ): Promise<UserObject | null> {
    return userAsSeenBy(viewer, await new UserLoaders(loaders, this.users).byId().load(access.actorUserId));
  }
}

@Resolver(() => ConsentChangeObject)
export class ConsentChangeFieldsResolver {
  constructor(@Inject(UserService) private readonly users: UserService) {}

  @ResolveField('by', () => UserObject, { nullable: true, description: 'Null for consent recorded before the history existed' })
  async by(
    @Parent() change: ConsentChangeObject,
    @CurrentActor() viewer: Actor,
    @Loaders() loaders: LoaderRegistry,
  ): Promise<UserObject | null> {
    if (!change.byUserId) return null;
    return userAsSeenBy(viewer, await new UserLoaders(loaders, this.users).byId().load(change.byUserId));
  }
}

@Resolver(() => PersonalDataReaderObject)
export class PersonalDataReaderFieldsResolver {
  constructor(@Inject(UserService) private readonly users: UserService) {}

  @ResolveField('user', () => UserObject, { nullable: true })
  async user(
    @Parent() reader: PersonalDataReaderObject,
    @CurrentActor() viewer: Actor,
    @Loaders() loaders: LoaderRegistry,
  ): Promise<UserObject | null> {
    return userAsSeenBy(viewer, await new UserLoaders(loaders, this.users).byId().load(reader.userId));
  }
}
