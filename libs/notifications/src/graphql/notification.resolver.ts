import { Inject } from '@nestjs/common';
import { Args, ID, Int, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { type Actor, CurrentActor, Role, Roles } from '@igu/access';
import { assertPageSize } from '@igu/graphql';
import { NotificationKind } from '../notification-kind.js';
import { NotificationService } from '../services/notification.service.js';
import type { NotificationConnectionShape } from '../services/notification-store.js';
import { NotificationConnection, NotificationObject, NotificationPreferenceObject } from './notification.objects.js';

const ALL = [Role.EMPLOYER, Role.JOBCENTRE, Role.UNION_REP, Role.ADMIN];

/** Every operation is the caller's own: there is no way to name another user's notifications. */
@Resolver(() => NotificationObject)
export class NotificationResolver {
  constructor(@Inject(NotificationService) private readonly service: NotificationService) {}

  @Roles(...ALL)
  @Query(() => NotificationConnection, { description: "The caller's notifications, newest first" })
  notifications(
    @CurrentActor() actor: Actor,
    @Args('unreadOnly', { type: () => Boolean, nullable: true, defaultValue: false }) unreadOnly: boolean | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<NotificationConnectionShape> {
    return this.service.list(actor.userId, unreadOnly ?? false, assertPageSize(first ?? 20), after);
  }

  @Roles(...ALL)
  @Mutation(() => Int, { description: "Marks the caller's own notifications read; other ids are ignored. Returns how many changed." })
  markNotificationsRead(@CurrentActor() actor: Actor, @Args('ids', { type: () => [ID] }) ids: string[]): Promise<number> {
    return this.service.markRead(actor.userId, ids);
  }

  @Roles(...ALL)
  @Query(() => [NotificationPreferenceObject], { description: 'E-mail on or off for every kind (on unless turned off)' })
  notificationPreferences(@CurrentActor() actor: Actor): Promise<NotificationPreferenceObject[]> {
    return this.service.preferences(actor.userId);
  }

  @Roles(...ALL)
  @Mutation(() => NotificationPreferenceObject)
  setNotificationPreference(
    @CurrentActor() actor: Actor,
    @Args('kind', { type: () => NotificationKind }) kind: NotificationKind,
    @Args('email', { type: () => Boolean }) email: boolean,
  ): Promise<NotificationPreferenceObject> {
    return this.service.setPreference(actor.userId, kind, email);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => ID, { description: 'ADMIN: runs the deadline-reminder sweep now (it also runs daily); returns the job id' })
  sweepReminders(): Promise<string> {
    return this.service.sweepNow();
  }

  @Roles(...ALL)
  @Subscription(() => NotificationObject, {
    description: "The caller's new notifications, live",
    resolve: (notification: NotificationObject) => notification,
  })
  notificationAdded(@CurrentActor() actor: Actor): AsyncIterableIterator<NotificationObject> {
    return this.service.live(actor.userId);
  }
}
