/** Outbox topics of handover imports. */
export const HandoverEvent = {
  /** An uploaded file waits for its import job (routed to the imports queue). */
  IMPORT_REQUESTED: 'handover.import-requested',
  /** An import ended (COMPLETED or FAILED): one event per import, for a notification to the jobcentre. */
  IMPORT_FINISHED: 'handover.import-finished',
} as const;

export const HANDOVER_IMPORT_AGGREGATE = 'handover_import';

/** Ids only: never the file's content. */
export type HandoverImportEventPayload = { importId: string; jobcentreId: string };

declare module '@igu/queue' {
  interface OutboxEvents {
    'handover.import-requested': HandoverImportEventPayload;
    'handover.import-finished': HandoverImportEventPayload;
  }
}
