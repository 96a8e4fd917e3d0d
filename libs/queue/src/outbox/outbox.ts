import type { EntityManager } from 'typeorm';
import { OutboxEventEntity } from './outbox-event.entity.js';

/** Ids and flags only: personal data never enters an event (they are copied into job payloads). */
export type OutboxPayload = Record<string, string | number | boolean | null>;

export interface OutboxEventInput {
  topic: string;
  aggregateType: string;
  aggregateId: string;
  payload?: OutboxPayload;
}

/** Call inside the transaction that makes the change. */
export async function recordOutboxEvent(manager: EntityManager, event: OutboxEventInput): Promise<void> {
  await manager.insert(OutboxEventEntity, { ...event, payload: event.payload ?? {} });
}
