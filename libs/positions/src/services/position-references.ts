import { isReferenceCode } from '@igu/reference-data';
import type { EntityManager } from 'typeorm';
import { type GeoPoint, type PositionDraft, type PositionField, PositionRule, type RuleViolation } from '../rules/position-rules.js';
import { queryRows } from '@igu/database';

export interface ResolvedReferences {
  violations: RuleViolation[];
  /** The municipality's centre, the default location. */
  centre: GeoPoint | null;
}

/** What the one statement of `resolveReferences` finds. */
interface ReferenceRow {
  occupation_found: boolean;
  centre: GeoPoint | null;
  union_found: boolean;
  skills_found: string[];
}

/**
 * Checks that the draft's codes and ids exist, in one statement. Call after
 * the pure rules, so every value here already has the right shape.
 */
export async function resolveReferences(
  manager: EntityManager,
  draft: PositionDraft,
  changed: ReadonlySet<PositionField>,
): Promise<ResolvedReferences> {
  const skillCodes = changed.has('skills') ? draft.skills.map((skill) => skill.skillCode) : [];
  const [row] = await queryRows<ReferenceRow>(
    manager,
    `SELECT
       EXISTS (SELECT 1 FROM occupation WHERE code = $1 AND level = 4) AS occupation_found,
       (SELECT json_build_object('latitude', latitude, 'longitude', longitude) FROM municipality WHERE code = $2) AS centre,
       ($3::uuid IS NULL OR EXISTS (SELECT 1 FROM trade_union WHERE id = $3::uuid)) AS union_found,
       ARRAY(SELECT code FROM skill WHERE code = ANY($4::text[])) AS skills_found`,
    // A code beyond smallint finds no municipality (UNKNOWN_MUNICIPALITY) instead of failing the query.
    [draft.occupationCode, isReferenceCode(draft.municipalityCode) ? draft.municipalityCode : null, draft.unionId, skillCodes],
  );
  const violations: RuleViolation[] = [];
  if (changed.has('occupationCode') && !row.occupation_found) {
    violations.push({
      reason: PositionRule.UNKNOWN_OCCUPATION,
      field: 'input.occupationCode',
      message: 'No ISCO-08 unit group has that code',
    });
  }
  if (changed.has('municipalityCode') && !row.centre) {
    violations.push({
      reason: PositionRule.UNKNOWN_MUNICIPALITY,
      field: 'input.municipalityCode',
      message: 'No municipality has that code',
    });
  }
  const found = new Set<string>(row.skills_found);
  draft.skills.forEach(({ skillCode }, index) => {
    if (changed.has('skills') && !found.has(skillCode)) {
      violations.push({
        reason: PositionRule.UNKNOWN_SKILL,
        field: `input.skills[${index}].skillCode`,
        message: `No skill has the code ${skillCode}`,
      });
    }
  });
  if (changed.has('unionId') && !row.union_found) {
    violations.push({ reason: PositionRule.UNKNOWN_UNION, field: 'input.unionId', message: 'No union has that id' });
  }
  return { violations, centre: row.centre };
}
