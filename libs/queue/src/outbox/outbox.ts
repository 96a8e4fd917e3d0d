import type { EntityManager } from 'typeorm';
import { OutboxEventEntity } from './outbox-event.entity.js';

/** Ids and flags only: personal data never enters an event (they are copied into job payloads). */
export type OutboxPayload = Record<string, string | number | boolean | null>;

/**
 * Every outbox topic and its payload. Empty here: each feature adds its own
 * topics from its `events/<feature>.events.ts` by declaration merging
 * (`declare module '@igu/queue' { interface OutboxEvents { … } }`), so a topic
 * and its payload type-check wherever they are written or consumed.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging, see above
export interface OutboxEvents {}

export type OutboxTopic = Extract<keyof OutboxEvents, string>;

/** The payload may be left out only where the topic's payload has no required field. */
export type OutboxEventInput<T extends OutboxTopic = OutboxTopic> = {
  topic: T;
  aggregateType: string;
  aggregateId: string;
} & (object extends OutboxEvents[T] ? { payload?: OutboxEvents[T] } : { payload: OutboxEvents[T] });

/** What a job made from an outbox row carries: the event's payload plus where it came from. */
export type OutboxJobData<T extends OutboxTopic> = OutboxEvents[T] & { aggregateId: string; outboxId: string };

/** Call inside the transaction that makes the change. */
export async function recordOutboxEvent<T extends OutboxTopic>(manager: EntityManager, event: OutboxEventInput<T>): Promise<void> {
  await manager.insert(OutboxEventEntity, { ...event, payload: (event.payload ?? {}) as OutboxPayload });
}
