import type { EntityManager } from 'typeorm';
import type { MatchCandidate, MatchPosition } from '@igu/matching';
import { queryRows } from '@igu/database';

const BATCH = 2_000;

/**
 * Encrypts the personal columns of generated people (who have no real name
 * or CPR), so the API can read them like any other candidate.
 */
export interface GeneratedPersonalData {
  fullName(n: number): string;
  cpr(n: number): string;
}

/** Without keys: placeholders, for data that is only matched, never read through the API. */
const PLACEHOLDERS: GeneratedPersonalData = { fullName: () => 'generated', cpr: () => 'generated' };

/**
 * Bulk-inserts generated records (scale data, tests, benchmarks) as real rows:
 * one company per run, positions with skills, candidates with generated
 * personal columns (a CPR index of its own per row, so no real CPR collides).
 */
export async function insertMatchData(
  manager: EntityManager,
  data: { positions: readonly MatchPosition[]; candidates: readonly MatchCandidate[] },
  cvr = '29403473',
  personal: GeneratedPersonalData = PLACEHOLDERS,
): Promise<void> {
  const [company] = await queryRows<{ id: string }>(
    manager,
    `INSERT INTO company (cvr, name, municipality_code, public_employer, employee_count)
     VALUES ($1, 'Generated Employer A/S', 101, false, 500)
     ON CONFLICT (cvr) DO UPDATE SET name = EXCLUDED.name RETURNING id`,
    [cvr],
  );
  const [union] = await queryRows<{ id: string }>(manager, `SELECT id FROM trade_union WHERE code = '3f'`);
  for (let offset = 0; offset < data.positions.length; offset += BATCH) {
    const batch = data.positions.slice(offset, offset + BATCH);
    await manager.query(
      `INSERT INTO position (id, kind, status, company_id, title, description, occupation_code, municipality_code, latitude,
         longitude, weekly_hours, start_date, required_danish_level, driving_licence_required, union_id, published_at)
       SELECT p.id, p.kind::position_kind, p.status::position_status, $1, 'Generated position', 'Generated for matching',
         p.occupation, p.municipality, p.lat, p.lon, 30, p.start, p.level::position_language_level, p.licence,
         CASE WHEN p.kind = 'IGU' THEN $2::uuid END, CASE WHEN p.status IN ('OPEN', 'FILLED') THEN now() END
       FROM unnest($3::uuid[], $4::text[], $5::text[], $6::text[], $7::smallint[], $8::float8[], $9::float8[], $10::date[],
         $11::text[], $12::boolean[]) AS p(id, kind, status, occupation, municipality, lat, lon, start, level, licence)`,
      [
        company.id,
        union.id,
        batch.map((p) => p.id),
        batch.map((p) => p.kind),
        batch.map((p) => p.status),
        batch.map((p) => p.occupationCode),
        batch.map((p) => p.municipalityCode),
        batch.map((p) => p.location.latitude),
        batch.map((p) => p.location.longitude),
        batch.map((p) => p.startDate),
        batch.map((p) => p.requiredDanishLevel),
        batch.map((p) => p.drivingLicenceRequired),
      ],
    );
    const skills = batch.flatMap((p) => [
      ...p.requiredSkillCodes.map((code) => [p.id, code, true] as const),
      ...p.optionalSkillCodes.map((code) => [p.id, code, false] as const),
    ]);
    await manager.query(
      `INSERT INTO position_skill (position_id, skill_code, required) SELECT * FROM unnest($1::uuid[], $2::text[], $3::boolean[])
       ON CONFLICT DO NOTHING`,
      [skills.map((s) => s[0]), skills.map((s) => s[1]), skills.map((s) => s[2])],
    );
  }
  for (let offset = 0; offset < data.candidates.length; offset += BATCH) {
    const batch = data.candidates.slice(offset, offset + BATCH);
    const list = (pick: (c: MatchCandidate) => readonly string[]) => batch.map((c) => `{${pick(c).join(',')}}`);
    await manager.query(
      `INSERT INTO candidate (id, jobcentre_id, municipality_code, status, reference, full_name_encrypted, cpr_encrypted,
         cpr_index, date_of_birth, residence_basis, arrived_in_denmark_on, arrived_in_municipality_on, prior_igu,
         desired_occupation_codes, experience_occupation_codes, skill_codes, danish_level, driving_licence,
         max_commute_km, willing_to_relocate, available_from, first_offer_target_date, first_offer_deadline)
       SELECT c.id, m.jobcentre_id, c.municipality, c.status::candidate_status,
         'C-' || upper(lpad(to_hex(c.n), 6, '0')), c.name, c.cpr, 'generated-' || c.id,
         c.born, c.basis::residence_basis, c.arrived, c.arrived, c.prior, c.desired::text[], c.experience::text[],
         c.skills::text[], c.danish::candidate_language_level, c.licence, c.commute, c.relocate, c.available,
         c.arrived + 14, (c.arrived + interval '1 month')::date
       FROM unnest($1::uuid[], $2::smallint[], $3::text[], $4::int[], $5::date[], $6::text[], $7::date[], $8::boolean[],
         $9::text[], $10::text[], $11::text[], $12::text[], $13::boolean[], $14::smallint[], $15::boolean[], $16::date[],
         $17::text[], $18::text[])
         AS c(id, municipality, status, n, born, basis, arrived, prior, desired, experience, skills, danish, licence, commute,
              relocate, available, name, cpr)
       JOIN municipality m ON m.code = c.municipality`,
      [
        batch.map((c) => c.id),
        batch.map((c) => c.municipalityCode),
        batch.map((c) => c.status),
        batch.map((_, i) => offset + i + 1),
        batch.map((c) => c.dateOfBirth),
        batch.map((c) => c.residenceBasis),
        batch.map((c) => c.arrivedInDenmarkOn),
        batch.map((c) => c.priorIgu),
        list((c) => c.desiredOccupationCodes),
        list((c) => c.experienceOccupationCodes),
        list((c) => c.skillCodes),
        batch.map((c) => c.danishLevel),
        batch.map((c) => c.drivingLicence),
        batch.map((c) => c.maxCommuteKm),
        batch.map((c) => c.willingToRelocate),
        batch.map((c) => c.availableFrom),
        batch.map((_, i) => personal.fullName(offset + i + 1)),
        batch.map((_, i) => personal.cpr(offset + i + 1)),
      ],
    );
  }
}
