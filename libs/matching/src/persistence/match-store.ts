import type { EntityManager } from 'typeorm';
import type { PairScore } from '../match.types.js';

const BATCH = 5_000;
const COLUMNS = `position_id, candidate_id, score, occupation, skills, language, distance, availability, igu_eligible,
  missing_required_skills, distance_km, cross_municipality, in_position_top, in_candidate_top`;

/** Inserts or updates pairs (their scores are the same whichever side computed them), setting the given list flag. */
export async function upsertPairs(
  manager: EntityManager,
  pairs: readonly PairScore[],
  flags: { inPositionTop: boolean; inCandidateTop: boolean },
  onConflict: 'position' | 'candidate' | 'none',
): Promise<void> {
  for (let offset = 0; offset < pairs.length; offset += BATCH) {
    const batch = pairs.slice(offset, offset + BATCH);
    const column = <T>(pick: (pair: PairScore) => T) => batch.map(pick);
    const conflict =
      onConflict === 'none'
        ? ''
        : `ON CONFLICT (position_id, candidate_id) DO UPDATE SET score = EXCLUDED.score, occupation = EXCLUDED.occupation,
             skills = EXCLUDED.skills, language = EXCLUDED.language, distance = EXCLUDED.distance,
             availability = EXCLUDED.availability, igu_eligible = EXCLUDED.igu_eligible,
             missing_required_skills = EXCLUDED.missing_required_skills, distance_km = EXCLUDED.distance_km,
             cross_municipality = EXCLUDED.cross_municipality, computed_at = now(),
             ${onConflict === 'position' ? 'in_position_top = true' : 'in_candidate_top = true'}`;
    await manager.query(
      `INSERT INTO match (${COLUMNS})
       SELECT m.p, m.c, m.score, m.o, m.s, m.l, m.d, m.a, m.e, m.missing::text[], m.km, m.crossing, $13::boolean, $14::boolean
       FROM unnest($1::uuid[], $2::uuid[], $3::float8[], $4::float8[], $5::float8[], $6::float8[], $7::float8[],
         $8::float8[], $9::boolean[], $10::text[], $11::float8[], $12::boolean[]) AS m(p, c, score, o, s, l, d, a, e, missing, km, crossing)
       ${conflict}`,
      [
        column((p) => p.positionId),
        column((p) => p.candidateId),
        column((p) => p.score),
        column((p) => p.breakdown.occupation),
        column((p) => p.breakdown.skills),
        column((p) => p.breakdown.language),
        column((p) => p.breakdown.distance),
        column((p) => p.breakdown.availability),
        column((p) => p.breakdown.iguEligible),
        // A text[] per row travels as one '{…}' literal inside the outer array.
        column((p) => `{${p.breakdown.missingRequiredSkills.map((s) => `"${s}"`).join(',')}}`),
        column((p) => p.distanceKm),
        column((p) => p.crossMunicipality),
        flags.inPositionTop,
        flags.inCandidateTop,
      ],
    );
  }
}

/** Replaces one position's top list. */
export async function replacePositionTop(manager: EntityManager, positionId: string, top: readonly PairScore[]): Promise<void> {
  await manager.query('UPDATE match SET in_position_top = false WHERE position_id = $1 AND in_position_top', [positionId]);
  await upsertPairs(manager, top, { inPositionTop: true, inCandidateTop: false }, 'position');
  await manager.query('DELETE FROM match WHERE position_id = $1 AND NOT in_position_top AND NOT in_candidate_top', [positionId]);
}

/** Replaces one candidate's top list. */
export async function replaceCandidateTop(manager: EntityManager, candidateId: string, top: readonly PairScore[]): Promise<void> {
  await manager.query('UPDATE match SET in_candidate_top = false WHERE candidate_id = $1 AND in_candidate_top', [candidateId]);
  await upsertPairs(manager, top, { inPositionTop: false, inCandidateTop: true }, 'candidate');
  await manager.query('DELETE FROM match WHERE candidate_id = $1 AND NOT in_position_top AND NOT in_candidate_top', [candidateId]);
}
