import type { Role } from '@igu/access';
import type { CandidateStatus } from '@igu/candidates';
import type { PositionStatus } from '@igu/positions';

/**
 * Contract enums (schema.graphql) as const objects plus literal unions: plain
 * strings at run time, usable with `registerEnumType`, and a TypeScript string
 * enum with the same values can be passed wherever these types are expected.
 */
export const ProgrammeKind = { IGU: 'IGU', INTERNSHIP: 'INTERNSHIP', WAGE_SUBSIDY: 'WAGE_SUBSIDY' } as const;
export type ProgrammeKind = (typeof ProgrammeKind)[keyof typeof ProgrammeKind];

export const ProgrammeStatus = {
  DRAFT: 'DRAFT',
  PENDING_APPROVAL: 'PENDING_APPROVAL',
  CHANGES_REQUESTED: 'CHANGES_REQUESTED',
  APPROVED: 'APPROVED',
  REJECTED: 'REJECTED',
  ACTIVE: 'ACTIVE',
  COMPLETED: 'COMPLETED',
  TERMINATED: 'TERMINATED',
  /** Ended before it started: by the employer, or with its proposal by the jobcentre. */
  WITHDRAWN: 'WITHDRAWN',
} as const;
export type ProgrammeStatus = (typeof ProgrammeStatus)[keyof typeof ProgrammeStatus];

export const ApprovalDecision = { APPROVE: 'APPROVE', REQUEST_CHANGES: 'REQUEST_CHANGES', REJECT: 'REJECT' } as const;
export type ApprovalDecision = (typeof ApprovalDecision)[keyof typeof ApprovalDecision];

export const BonusMilestoneKind = { SIX_MONTHS: 'SIX_MONTHS', COMPLETION: 'COMPLETION' } as const;
export type BonusMilestoneKind = (typeof BonusMilestoneKind)[keyof typeof BonusMilestoneKind];

export const ProposalStatus = {
  PROPOSED: 'PROPOSED',
  INTERVIEW: 'INTERVIEW',
  ACCEPTED: 'ACCEPTED',
  REJECTED: 'REJECTED',
  WITHDRAWN: 'WITHDRAWN',
} as const;
export type ProposalStatus = (typeof ProposalStatus)[keyof typeof ProposalStatus];

/**
 * The values of enums owned by the candidates, positions and access libs, as
 * literal unions derived from them (a type-only import: these rules stay free
 * of Nest and the database). Their keys equal their values, so a caller turns
 * a value back into the member with `CandidateStatus[value]`, `Role[value]`.
 */
export type CandidateStatusValue = `${CandidateStatus}`;
export type PositionStatusValue = `${PositionStatus}`;
/** The roles that perform workflow actions. */
export type WorkflowRole = `${Exclude<Role, Role.ADMIN>}`;
