import type { CalendarDate } from '@igu/calendar';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import type { CandidateStatus } from '../candidate-status.js';
import { CandidateEntity } from '../entities/candidate.entity.js';
import type { CandidateCrypto } from './candidate-crypto.js';
import type { KeysetOrder } from './keyset.js';
import { CandidateException, CandidateExceptionCode } from '../errors/candidate.exception.js';

export interface CandidateListFilter {
  statuses?: CandidateStatus[] | null;
  /** true: only overdue (no offer, deadline before today), oldest deadline first; false: only not overdue. */
  overdueFirstOffer?: boolean | null;
  /** A reference (or part of one) or whole words of the name. */
  text?: string | null;
}

export const NEWEST_FIRST: KeysetOrder<CandidateEntity> = {
  name: 'newest',
  column: 'created_at',
  direction: 'DESC',
  cast: 'timestamptz',
  keyOf: (row) => row.createdAt.toISOString(),
};

export const OLDEST_DEADLINE_FIRST: KeysetOrder<CandidateEntity> = {
  name: 'deadline',
  column: 'first_offer_deadline',
  direction: 'ASC',
  cast: 'date',
  keyOf: (row) => row.firstOfferDeadline,
};

const MAX_TEXT = 100;

/**
 * One jobcentre's candidates, filtered (no order, no page yet). Text search
 * cannot look inside encrypted names, so it matches either the reference
 * (case-insensitive, part of it is enough) or whole name words through
 * their keyed HMACs (every word given must be one of the name's words).
 */
export function ownCandidatesQuery(
  manager: EntityManager,
  scope: { jobcentreId: string },
  filter: CandidateListFilter,
  { crypto, today }: { crypto: CandidateCrypto; today: CalendarDate },
): { query: SelectQueryBuilder<CandidateEntity>; order: KeysetOrder<CandidateEntity> } {
  const query = manager.createQueryBuilder(CandidateEntity, 'c').where('c.jobcentre_id = :jobcentreId', { jobcentreId: scope.jobcentreId });
  if (filter.statuses?.length) query.andWhere('c.status IN (:...statuses)', { statuses: filter.statuses });
  if (filter.overdueFirstOffer === true) {
    query.andWhere('c.first_offer_at IS NULL AND c.first_offer_deadline < :today', { today });
  } else if (filter.overdueFirstOffer === false) {
    query.andWhere('NOT (c.first_offer_at IS NULL AND c.first_offer_deadline < :today)', { today });
  }
  const text = filter.text?.trim();
  if (text) applyTextSearch(query, text, crypto);
  return { query, order: filter.overdueFirstOffer === true ? OLDEST_DEADLINE_FIRST : NEWEST_FIRST };
}

function applyTextSearch(query: SelectQueryBuilder<CandidateEntity>, text: string, crypto: CandidateCrypto): void {
  if (text.length > MAX_TEXT)
    throw new CandidateException(CandidateExceptionCode.TEXT_TOO_LONG, `Search text is limited to ${MAX_TEXT} characters`, 'filter.text');
  const conditions: string[] = [];
  const reference = text.toUpperCase().replace(/^C-/, '');
  if (/^[A-Z0-9]{1,6}$/.test(reference)) {
    conditions.push('c.reference LIKE :referencePattern');
    query.setParameter('referencePattern', `C-%${reference}%`);
  }
  const nameHashes = crypto.nameSearchIndex(text);
  if (nameHashes.length) {
    conditions.push('c.name_search_index @> CAST(:nameHashes AS text[])');
    query.setParameter('nameHashes', nameHashes);
  }
  query.andWhere(conditions.length ? `(${conditions.join(' OR ')})` : 'FALSE');
}
