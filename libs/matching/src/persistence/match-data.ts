import type { EntityManager } from 'typeorm';
import type { MatchCandidate, MatchPosition } from '../match.types.js';
import { queryRows } from '@igu/database';

const POSITION_SQL = `
  SELECT p.id, p.kind, p.status, p.occupation_code, p.latitude, p.longitude, p.municipality_code,
         p.start_date, p.required_danish_level, p.driving_licence_required,
         COALESCE(array_agg(s.skill_code) FILTER (WHERE s.required), '{}') AS required_skills,
         COALESCE(array_agg(s.skill_code) FILTER (WHERE NOT s.required), '{}') AS optional_skills
  FROM position p LEFT JOIN position_skill s ON s.position_id = p.id
  WHERE (p.status = 'OPEN' OR NOT $2::boolean) AND ($1::uuid[] IS NULL OR p.id = ANY($1))
  GROUP BY p.id ORDER BY p.id`;

const CANDIDATE_SQL = `
  SELECT c.id, c.status, c.municipality_code, m.latitude, m.longitude,
         -- code lists joined (codes are reference data: never the separator): the driver's array
         -- parser made a quarter of a surge-size load's time and most of its garbage
         array_to_string(c.desired_occupation_codes, E'\x1f') AS desired_occupation_codes,
         array_to_string(c.experience_occupation_codes, E'\x1f') AS experience_occupation_codes,
         array_to_string(c.skill_codes, E'\x1f') AS skill_codes, c.danish_level, c.driving_licence, c.max_commute_km,
         c.willing_to_relocate, c.available_from, c.date_of_birth, c.residence_basis, c.arrived_in_denmark_on,
         -- one IGU per person, ever: one recorded before this system, or one of ours that became ACTIVE
         (c.prior_igu OR c.igu_started_on IS NOT NULL) AS prior_igu
  FROM candidate c JOIN municipality m ON m.code = c.municipality_code
  WHERE ((c.status = 'AVAILABLE' AND c.pseudonymised_at IS NULL) OR NOT $2::boolean) AND ($1::uuid[] IS NULL OR c.id = ANY($1))
    AND c.id > $3::uuid
  ORDER BY c.id LIMIT $4`;

/** Candidates are read in slices: the driver's rows for 50,000 at once would double the memory a full run needs. */
const CANDIDATE_SLICE = 2_000;
const CODE_SEPARATOR = '\x1f';
const BEFORE_EVERY_UUID = '00000000-0000-0000-0000-000000000000';

/** Open positions (all, or the given ids) as the engine's records. */
export function loadOpenPositions(manager: EntityManager, ids: string[] | null = null): Promise<MatchPosition[]> {
  return loadPositions(manager, ids, true);
}

/** The given positions whatever their status (to explain stored matches). */
export function loadPositionRecords(manager: EntityManager, ids: string[]): Promise<MatchPosition[]> {
  return loadPositions(manager, ids, false);
}

/** Available candidates (all, or the given ids) as the engine's records: no personal data but the eligibility facts. */
export function loadAvailableCandidates(manager: EntityManager, ids: string[] | null = null): Promise<MatchCandidate[]> {
  return loadCandidates(manager, ids, true);
}

export function loadCandidateRecords(manager: EntityManager, ids: string[]): Promise<MatchCandidate[]> {
  return loadCandidates(manager, ids, false);
}

async function loadPositions(manager: EntityManager, ids: string[] | null, openOnly: boolean): Promise<MatchPosition[]> {
  const rows = await queryRows<Record<string, never>>(manager, POSITION_SQL, [ids, openOnly]);
  return rows.map((row): MatchPosition => ({
    id: row.id,
    kind: row.kind,
    status: row.status,
    occupationCode: row.occupation_code,
    location: { latitude: row.latitude, longitude: row.longitude },
    municipalityCode: row.municipality_code,
    startDate: row.start_date,
    requiredDanishLevel: row.required_danish_level,
    drivingLicenceRequired: row.driving_licence_required,
    requiredSkillCodes: [...(row.required_skills as string[])].sort(),
    optionalSkillCodes: [...(row.optional_skills as string[])].sort(),
  }));
}

async function loadCandidates(manager: EntityManager, ids: string[] | null, availableOnly: boolean): Promise<MatchCandidate[]> {
  const records: MatchCandidate[] = [];
  const shared = interning();
  const slice = (after: string): Promise<Record<string, never>[]> =>
    manager.query(CANDIDATE_SQL, [ids, availableOnly, after, CANDIDATE_SLICE]);
  for (let next = slice(BEFORE_EVERY_UUID); ;) {
    const rows = await next;
    const last = rows.length === CANDIDATE_SLICE;
    // PostgreSQL reads the next slice while this one becomes records.
    if (last) next = slice(rows.at(-1)!.id);
    for (const row of rows) records.push(candidateRecord(row, shared));
    if (!last) return records;
  }
}

/**
 * Codes, dates and municipality centres repeat across thousands of
 * candidates: one copy each keeps the worker's records small.
 */
function interning() {
  const strings = new Map<string, string>();
  const centres = new Map<number, MatchCandidate['municipalityCentre']>();
  const string = <T extends string | null>(value: T): T => {
    if (value === null) return value;
    const known = strings.get(value);
    if (known !== undefined) return known as T;
    strings.set(value, value);
    return value;
  };
  return {
    string,
    /** A joined code list (see CANDIDATE_SQL), split and interned. */
    codes: (joined: string) => (joined === '' ? [] : joined.split(CODE_SEPARATOR).map(string)),
    centre(code: number, latitude: number, longitude: number) {
      let centre = centres.get(code);
      if (!centre) centres.set(code, (centre = { latitude, longitude }));
      return centre;
    },
  };
}

function candidateRecord(row: Record<string, never>, shared: ReturnType<typeof interning>): MatchCandidate {
  return {
    id: row.id,
    status: row.status,
    municipalityCode: row.municipality_code,
    municipalityCentre: shared.centre(row.municipality_code, row.latitude, row.longitude),
    desiredOccupationCodes: shared.codes(row.desired_occupation_codes),
    experienceOccupationCodes: shared.codes(row.experience_occupation_codes),
    skillCodes: shared.codes(row.skill_codes),
    danishLevel: shared.string(row.danish_level),
    drivingLicence: row.driving_licence,
    maxCommuteKm: row.max_commute_km,
    willingToRelocate: row.willing_to_relocate,
    availableFrom: shared.string(row.available_from),
    dateOfBirth: shared.string(row.date_of_birth),
    residenceBasis: shared.string(row.residence_basis),
    arrivedInDenmarkOn: shared.string(row.arrived_in_denmark_on),
    priorIgu: row.prior_igu,
  };
}
