import type { EntityManager } from 'typeorm';
import type { MatchCandidate, MatchPosition } from '../match.types.js';

const POSITION_SQL = `
  SELECT p.id, p.kind, p.status, p.occupation_code, p.latitude, p.longitude, p.municipality_code,
         p.start_date, p.required_danish_level, p.driving_licence_required,
         COALESCE(array_agg(s.skill_code) FILTER (WHERE s.required), '{}') AS required_skills,
         COALESCE(array_agg(s.skill_code) FILTER (WHERE NOT s.required), '{}') AS optional_skills
  FROM position p LEFT JOIN position_skill s ON s.position_id = p.id
  WHERE (p.status = 'OPEN' OR NOT $2::boolean) AND ($1::uuid[] IS NULL OR p.id = ANY($1))
  GROUP BY p.id ORDER BY p.id`;

const CANDIDATE_SQL = `
  SELECT c.id, c.status, c.municipality_code, m.latitude, m.longitude, c.desired_occupation_codes,
         c.experience_occupation_codes, c.skill_codes, c.danish_level, c.driving_licence, c.max_commute_km,
         c.willing_to_relocate, c.available_from, c.date_of_birth, c.residence_basis, c.arrived_in_denmark_on, c.prior_igu
  FROM candidate c JOIN municipality m ON m.code = c.municipality_code
  WHERE (c.status = 'AVAILABLE' OR NOT $2::boolean) AND ($1::uuid[] IS NULL OR c.id = ANY($1))
  ORDER BY c.id`;

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
  const rows = await manager.query(POSITION_SQL, [ids, openOnly]);
  return rows.map(
    (row: Record<string, never>): MatchPosition => ({
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
    }),
  );
}

async function loadCandidates(manager: EntityManager, ids: string[] | null, availableOnly: boolean): Promise<MatchCandidate[]> {
  const rows = await manager.query(CANDIDATE_SQL, [ids, availableOnly]);
  return rows.map(
    (row: Record<string, never>): MatchCandidate => ({
      id: row.id,
      status: row.status,
      municipalityCode: row.municipality_code,
      municipalityCentre: { latitude: row.latitude, longitude: row.longitude },
      desiredOccupationCodes: row.desired_occupation_codes,
      experienceOccupationCodes: row.experience_occupation_codes,
      skillCodes: row.skill_codes,
      danishLevel: row.danish_level,
      drivingLicence: row.driving_licence,
      maxCommuteKm: row.max_commute_km,
      willingToRelocate: row.willing_to_relocate,
      availableFrom: row.available_from,
      dateOfBirth: row.date_of_birth,
      residenceBasis: row.residence_basis,
      arrivedInDenmarkOn: row.arrived_in_denmark_on,
      priorIgu: row.prior_igu,
    }),
  );
}
