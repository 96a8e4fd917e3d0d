import type { CalendarDate } from '@igu/calendar';
import { Clock } from '@igu/clock';
import { Inject, Injectable } from '@nestjs/common';
import { type Actor, type Scope, scopeOf } from '@igu/access';
import { eligibilityWindow } from '@igu/eligibility';
import { assertPageSize, type ConnectionShape, toConnection } from '@igu/graphql';
import { assertMunicipalityCodes, assertRegionCodes, type LanguageLevel } from '@igu/reference-data';
import { DataSource, type EntityManager, In, type SelectQueryBuilder } from 'typeorm';
import { CandidateStatus } from '../candidate-status.js';
import { CandidateEntity } from '../entities/candidate.entity.js';
import { type CandidateProfileView, PROFILE_COLUMNS, type ProfileRow, toProfileView } from './candidate-views.js';
import { applyKeyset, cursorKey, type KeysetOrder } from './keyset.js';
import { CandidateException, CandidateExceptionCode } from '../errors/candidate.exception.js';

export interface CandidateProfileFilter {
  /** ISCO-08 codes of any level; a profile matches when a desired or experience occupation lies under one of them. */
  occupationCodes?: string[] | null;
  /** The profile holds all of them. */
  skillCodes?: string[] | null;
  minDanishLevel?: LanguageLevel | null;
  municipalityCodes?: number[] | null;
  regionCodes?: number[] | null;
  /** IGU-eligible (or not) for a start today. */
  iguEligible?: boolean | null;
}

const NEWEST_FIRST: KeysetOrder<ProfileRow> = {
  name: 'profiles',
  column: 'created_at',
  direction: 'DESC',
  cast: 'timestamptz',
  keyOf: (row) => row.createdAt.toISOString(),
};

const MAX_FILTER_VALUES = 100;

/**
 * The nationwide CV bank: AVAILABLE candidates whose jobcentre shares their
 * profile with employers (a jobcentre also finds its own unshared ones).
 * Only profile columns are selected; every filter is an indexed comparison
 * (GIN for occupation prefixes and skills, B-tree for the rest), so it stays
 * fast at 50,000 candidates.
 */
@Injectable()
export class CandidateProfileService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async search(
    actor: Actor,
    filter: CandidateProfileFilter,
    first: number,
    after?: string | null,
  ): Promise<ConnectionShape<CandidateProfileView>> {
    assertPageSize(first);
    const today = this.clock.today();
    const query = profileSearchQuery(this.dataSource.manager, scopeOf(actor), filter, today);
    const totalCount = await query.clone().getCount();
    applyKeyset(query, 'c', NEWEST_FIRST, after);
    const rows: ProfileRow[] = await query.limit(first + 1).getMany();
    return toConnection(
      rows,
      first,
      totalCount,
      (row) => cursorKey(NEWEST_FIRST, row),
      (row) => toProfileView(row, today),
    );
  }

  /** Pseudonymised profiles by id, unscoped: only for parents (proposals, programmes, matches) the viewer may already see. */
  async byIds(ids: readonly string[]): Promise<CandidateProfileView[]> {
    const rows = (await this.dataSource.getRepository(CandidateEntity).find({
      select: Object.fromEntries(PROFILE_COLUMNS.map((column) => [column, true])),
      where: { id: In([...ids]) },
    })) as ProfileRow[];
    const today = this.clock.today();
    return rows.map((row) => toProfileView(row, today));
  }
}

/** The visible, filtered profiles (no order or page yet); exported for the query-plan test. */
export function profileSearchQuery(
  manager: EntityManager,
  scope: Scope,
  filter: CandidateProfileFilter,
  today: CalendarDate,
): SelectQueryBuilder<CandidateEntity> {
  const query = manager
    .createQueryBuilder(CandidateEntity, 'c')
    .select(PROFILE_COLUMNS.map((column) => `c.${column}`))
    .where('c.status = :available', { available: CandidateStatus.AVAILABLE })
    // A pseudonymised record stays for statistics only; it is never offered again.
    .andWhere('c.pseudonymised_at IS NULL');
  if (scope.kind === 'company') {
    query.andWhere('c.share_profile_with_employers');
  } else if (scope.kind === 'jobcentre') {
    query.andWhere('(c.share_profile_with_employers OR c.jobcentre_id = :ownJobcentreId)', { ownJobcentreId: scope.jobcentreId });
  } else {
    throw new CandidateException(CandidateExceptionCode.ROLE_NOT_ALLOWED, 'Your role may not perform this operation');
  }
  applyProfileFilter(query, filter, today);
  return query;
}

function applyProfileFilter(query: SelectQueryBuilder<CandidateEntity>, filter: CandidateProfileFilter, today: CalendarDate): void {
  for (const key of ['occupationCodes', 'skillCodes', 'municipalityCodes', 'regionCodes'] as const) {
    if ((filter[key]?.length ?? 0) > MAX_FILTER_VALUES) {
      throw new CandidateException(CandidateExceptionCode.FILTER_TOO_LARGE, `At most ${MAX_FILTER_VALUES} values`, `filter.${key}`);
    }
  }
  if (filter.occupationCodes?.length) {
    if (!filter.occupationCodes.every((code) => /^\d{1,4}$/.test(code))) {
      throw new CandidateException(
        CandidateExceptionCode.INVALID_OCCUPATION_CODE,
        'Occupation codes are 1–4 digits (ISCO-08)',
        'filter.occupationCodes',
      );
    }
    query.andWhere('c.occupation_prefixes && CAST(:occupationCodes AS text[])', { occupationCodes: filter.occupationCodes });
  }
  if (filter.skillCodes?.length) {
    query.andWhere('c.skill_codes @> CAST(:skillCodes AS text[])', { skillCodes: filter.skillCodes });
  }
  if (filter.minDanishLevel) query.andWhere('c.danish_level >= :minDanishLevel', { minDanishLevel: filter.minDanishLevel });
  assertMunicipalityCodes(filter.municipalityCodes, 'filter.municipalityCodes');
  assertRegionCodes(filter.regionCodes, 'filter.regionCodes');
  if (filter.municipalityCodes?.length) {
    query.andWhere('c.municipality_code IN (:...municipalityCodes)', { municipalityCodes: filter.municipalityCodes });
  }
  if (filter.regionCodes?.length) {
    query.andWhere('c.municipality_code IN (SELECT m.code FROM municipality m WHERE m.region_code IN (:...regionCodes))', {
      regionCodes: filter.regionCodes,
    });
  }
  if (filter.iguEligible !== undefined && filter.iguEligible !== null) {
    // The rules as date ranges (eligibilityWindow agrees with checkIguEligibility; see its property test);
    // one IGU per person: a recorded one (prior_igu) or one of ours that became ACTIVE (igu_started_on).
    const window = eligibilityWindow(today);
    const eligible = window.open
      ? `(NOT c.prior_igu AND c.igu_started_on IS NULL AND c.residence_basis IN (:...eligibleBases)
          AND c.date_of_birth BETWEEN :eligibleBornFrom AND :eligibleBornTo
          AND c.arrived_in_denmark_on >= :eligibleArrivedFrom)`
      : 'FALSE';
    query.andWhere(filter.iguEligible ? eligible : `NOT ${eligible}`, {
      eligibleBases: window.residenceBases,
      eligibleBornFrom: window.dateOfBirth.from,
      eligibleBornTo: window.dateOfBirth.to,
      eligibleArrivedFrom: window.arrivedInDenmarkFrom,
    });
  }
}
