import { queryRows, type SqlRunner } from '@igu/database';
import { ErasureKind } from '../entities/personal-data-erasure.entity.js';

/**
 * The grounds of GDPR art. 17(1) as codes. A reason given for an erasure is kept
 * only as one of these (or OTHER): its text is free text about the person.
 */
export const ERASURE_GROUNDS = [
  'NO_LONGER_NECESSARY', // (a)
  'CONSENT_WITHDRAWN', // (b)
  'OBJECTION', // (c)
  'UNLAWFUL_PROCESSING', // (d)
  'LEGAL_OBLIGATION', // (e)
] as const;

export type ErasureGround = (typeof ERASURE_GROUNDS)[number] | 'OTHER';

/** The ground a caseworker's reason names (exactly one of the codes, any case), else OTHER. */
export function erasureGroundOf(reason: string): ErasureGround {
  const code = reason.trim().toUpperCase();
  return (ERASURE_GROUNDS as readonly string[]).includes(code) ? (code as ErasureGround) : 'OTHER';
}

export interface ErasureRecord {
  subjectType: string;
  subjectId: string;
  kind: ErasureKind;
  ground: ErasureGround | null;
  erasedByUserId: string | null;
}

/** Records an erasure once per subject; false when the subject was already erased (nothing written). */
export async function recordErasure(runner: SqlRunner, record: ErasureRecord): Promise<boolean> {
  const rows = await queryRows<{ id: string }>(
    runner,
    `INSERT INTO personal_data_erasure (subject_type, subject_id, kind, ground, erased_by_user_id)
     VALUES ($1, $2, $3, $4, $5) ON CONFLICT (subject_type, subject_id) DO NOTHING RETURNING id`,
    [record.subjectType, record.subjectId, record.kind, record.ground, record.erasedByUserId],
  );
  return rows.length === 1;
}

export interface ErasureView {
  kind: ErasureKind;
  ground: string | null;
  erasedByUserId: string | null;
  erasedAt: Date;
}

export async function erasureOf(runner: SqlRunner, subjectType: string, subjectId: string): Promise<ErasureView | null> {
  const rows = await queryRows<ErasureView>(
    runner,
    `SELECT kind, ground, erased_by_user_id AS "erasedByUserId", erased_at AS "erasedAt"
     FROM personal_data_erasure WHERE subject_type = $1 AND subject_id = $2`,
    [subjectType, subjectId],
  );
  return rows.at(0) ?? null;
}
