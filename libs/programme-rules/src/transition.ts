/**
 * Result of a workflow transition check. A refusal's `reason` is one of the
 * feature's exception codes (proposals, programmes); `errorCode` names the
 * contract code that the feature's exception mapper gives that reason.
 */
export type TransitionResult<Status extends string, Reason extends string> =
  { ok: true; status: Status } | { ok: false; refusal: TransitionRefusal<Reason> };

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

export function refused<Reason extends string>(refusal: TransitionRefusal<Reason>): { ok: false; refusal: TransitionRefusal<Reason> } {
  return { ok: false, refusal };
}
