import type { Scope } from '@igu/access';
import { PositionStatus } from '../position.enums.js';
import type { PositionField } from './position-rules.js';

/**
 * The position life cycle (docs/domain.md §4.1): DRAFT → publish → OPEN → FILLED
 * (programmes reach `openings`) or close → CLOSED. Pure, so the service's
 * conditional UPDATEs and these checks cannot disagree.
 */
export const EDITABLE_STATUSES: readonly PositionStatus[] = [PositionStatus.DRAFT, PositionStatus.OPEN];
export const PUBLISHABLE_STATUSES: readonly PositionStatus[] = [PositionStatus.DRAFT];
export const CLOSABLE_STATUSES: readonly PositionStatus[] = [PositionStatus.DRAFT, PositionStatus.OPEN];

/**
 * What a published position is: its occupation and municipality. Proposals
 * (with their `crossMunicipality` flag) and matches were made against them, so an
 * OPEN position keeps them; to change them, close it and post a new one.
 * Everything else (text, hours, openings, dates, skills, language, licence,
 * union, wage, exact location) may change while OPEN, and each such change
 * announces `position.changed` so matches follow. The service limits two of them:
 * the union until a programme is submitted, the start date to 3 changes a day.
 */
export const LOCKED_WHILE_OPEN: readonly PositionField[] = ['occupationCode', 'municipalityCode'];

export enum TransitionRefusal {
  ILLEGAL_TRANSITION = 'ILLEGAL_TRANSITION',
  POSITION_NOT_EDITABLE = 'POSITION_NOT_EDITABLE',
  FIELD_LOCKED_WHILE_OPEN = 'FIELD_LOCKED_WHILE_OPEN',
  VERSION_MISMATCH = 'VERSION_MISMATCH',
}

export interface Refusal {
  reason: TransitionRefusal;
  message: string;
}

export function editRefusal(status: PositionStatus, changed: ReadonlySet<PositionField>): Refusal | null {
  if (!EDITABLE_STATUSES.includes(status)) {
    return { reason: TransitionRefusal.POSITION_NOT_EDITABLE, message: `A ${status} position cannot be edited` };
  }
  const locked = status === PositionStatus.OPEN ? LOCKED_WHILE_OPEN.filter((field) => changed.has(field)) : [];
  if (locked.length > 0) {
    return {
      reason: TransitionRefusal.FIELD_LOCKED_WHILE_OPEN,
      message: `${locked.join(' and ')} cannot change while the position is OPEN; close it and post a new one`,
    };
  }
  return null;
}

export function publishRefusal(status: PositionStatus): Refusal | null {
  return PUBLISHABLE_STATUSES.includes(status)
    ? null
    : { reason: TransitionRefusal.ILLEGAL_TRANSITION, message: `Only a DRAFT position can be published; this one is ${status}` };
}

export function closeRefusal(status: PositionStatus): Refusal | null {
  return CLOSABLE_STATUSES.includes(status)
    ? null
    : { reason: TransitionRefusal.ILLEGAL_TRANSITION, message: `Only a DRAFT or OPEN position can be closed; this one is ${status}` };
}

export function versionRefusal(current: number, expected: number | null | undefined): Refusal | null {
  return expected == null || expected === current
    ? null
    : {
        reason: TransitionRefusal.VERSION_MISMATCH,
        message: `The position has changed (version ${current}, expected ${expected}); reload it and try again`,
      };
}

/**
 * docs/domain.md §5: OPEN positions are visible to every signed-in role; DRAFT,
 * FILLED and CLOSED ones only to their own company and to administrators.
 */
export function canViewPosition(scope: Scope, position: { status: PositionStatus; companyId: string }): boolean {
  if (scope.kind === 'admin' || position.status === PositionStatus.OPEN) return true;
  return scope.kind === 'company' && scope.companyId === position.companyId;
}

/** Only the employers of the owning company manage a position. */
export function managesPosition(scope: Scope, position: { companyId: string }): boolean {
  return scope.kind === 'company' && scope.companyId === position.companyId;
}
