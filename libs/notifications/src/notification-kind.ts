/** The contract's NotificationKind (docs/domain.md §10), as a const object and a literal union. */
export const NotificationKind = {
  PROPOSAL_RECEIVED: 'PROPOSAL_RECEIVED',
  PROPOSAL_STATUS_CHANGED: 'PROPOSAL_STATUS_CHANGED',
  NEW_MATCHES: 'NEW_MATCHES',
  PROGRAMME_APPROVAL_REQUESTED: 'PROGRAMME_APPROVAL_REQUESTED',
  PROGRAMME_DECIDED: 'PROGRAMME_DECIDED',
  FIRST_OFFER_DEADLINE_APPROACHING: 'FIRST_OFFER_DEADLINE_APPROACHING',
  FIRST_OFFER_OVERDUE: 'FIRST_OFFER_OVERDUE',
  REGISTRATION_DEADLINE_APPROACHING: 'REGISTRATION_DEADLINE_APPROACHING',
  BONUS_MILESTONE_DUE: 'BONUS_MILESTONE_DUE',
  /** Beyond the contract's list: a handover import ended (one notice per import, never one per person). */
  HANDOVER_IMPORT_FINISHED: 'HANDOVER_IMPORT_FINISHED',
} as const;
export type NotificationKind = (typeof NotificationKind)[keyof typeof NotificationKind];

/** What a notification links to, so the web app can open it (`subjectId` alone does not say). */
export const NotificationSubject = {
  PROPOSAL: 'PROPOSAL',
  PROGRAMME: 'PROGRAMME',
  POSITION: 'POSITION',
  CANDIDATE: 'CANDIDATE',
  HANDOVER_IMPORT: 'HANDOVER_IMPORT',
} as const;
export type NotificationSubject = (typeof NotificationSubject)[keyof typeof NotificationSubject];
