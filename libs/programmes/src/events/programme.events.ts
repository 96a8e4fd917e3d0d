import type { ProgrammeStatus } from '@igu/programme-rules';

/** Outbox topics of programmes (for the notifications feature; see the worker's outbox contract). */
export const ProgrammeEvent = {
  STATUS_CHANGED: 'programme.status-changed',
} as const;

export const PROGRAMME_AGGREGATE = 'programme';

export type ProgrammeStatusChangedPayload = { programmeId: string; status: ProgrammeStatus };

declare module '@igu/queue' {
  interface OutboxEvents {
    'programme.status-changed': ProgrammeStatusChangedPayload;
  }
}
