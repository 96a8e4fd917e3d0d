import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType, NodeInterface } from '@igu/graphql';
import { NotificationKind, NotificationSubject } from '../notification-kind.js';

registerEnumType(NotificationKind, { name: 'NotificationKind' });
registerEnumType(NotificationSubject, { name: 'NotificationSubject', description: 'What `subjectId` names' });

@ObjectType('Notification', { implements: () => [NodeInterface] })
export class NotificationObject implements NodeInterface {
  @Field(() => ID) id!: string;
  @Field(() => NotificationKind) kind!: NotificationKind;
  @Field(() => String, { description: 'Danish; a candidate appears only by its reference' }) title!: string;
  @Field(() => String) body!: string;
  @Field(() => ID, { nullable: true }) subjectId!: string | null;
  @Field(() => NotificationSubject, { nullable: true }) subjectType!: NotificationSubject | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) readAt!: Date | null;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
}

@ObjectType('NotificationConnection')
export class NotificationConnection extends ConnectionType(NotificationObject, 'Notification') {
  @Field(() => Int, { description: "The caller's unread notifications, whatever the filter" }) unreadCount!: number;
}

@ObjectType('NotificationPreference')
export class NotificationPreferenceObject {
  @Field(() => NotificationKind) kind!: NotificationKind;
  @Field(() => Boolean, { description: 'E-mail for this kind; the in-app notice is always written' }) email!: boolean;
}
