/** Outbox topics of positions (consumed by matching). */
export const PositionEvent = {
  PUBLISHED: 'position.published',
  CHANGED: 'position.changed',
  CLOSED: 'position.closed',
  /** Its last opening was taken by a programme that started (written by `PositionCommands.fillIfOpeningsTaken`). */
  FILLED: 'position.filled',
} as const;

export type PositionTopic = (typeof PositionEvent)[keyof typeof PositionEvent];

export const POSITION_AGGREGATE = 'position';

/** Every position event: the position and the version the change produced. */
export type PositionEventPayload = { positionId: string; version: number };

declare module '@igu/queue' {
  interface OutboxEvents {
    'position.published': PositionEventPayload;
    'position.changed': PositionEventPayload;
    'position.closed': PositionEventPayload;
    'position.filled': PositionEventPayload;
  }
}
