/**
 * Result of a workflow transition check. A refusal carries the contract error
 * code the caller should raise (`AppError.conflict(reason, message)` or
 * `AppError.badInput(reason, message, field)`), so no service has to guess.
 */
export type TransitionResult<Status extends string, Reason extends string> =
  | { ok: true; status: Status }
  | { ok: false; refusal: TransitionRefusal<Reason> };

export interface TransitionRefusal<Reason extends string> {
  errorCode: 'CONFLICT' | 'BAD_USER_INPUT';
  reason: Reason;
  message: string;
  /** For BAD_USER_INPUT: the argument the refusal is about. */
  field?: string;
}

export function allowed<Status extends string>(status: Status): { ok: true; status: Status } {
  return { ok: true, status };
}

export function refused<Reason extends string>(
  refusal: TransitionRefusal<Reason>,
): { ok: false; refusal: TransitionRefusal<Reason> } {
  return { ok: false, refusal };
}
