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

/** Owned by the candidates and positions libs; only the values these rules produce are named here. */
export type CandidateStatusValue = 'AVAILABLE' | 'IN_PROGRAMME' | 'EMPLOYED' | 'INACTIVE';
export type PositionStatusValue = 'DRAFT' | 'OPEN' | 'FILLED' | 'CLOSED';
/** The roles that perform workflow actions (values of `Role` in @igu/access). */
export type WorkflowRole = 'EMPLOYER' | 'JOBCENTRE' | 'UNION_REP';
