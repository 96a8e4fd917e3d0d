/**
 * docs/domain.md §6 as one SQL statement (non-IGU hard filters and all five
 * components), for the benchmark's comparison: $1 position ids, $2 today.
 */
export const SCORE_PAIRS_SQL = `
WITH levels AS (SELECT ARRAY['NONE','A1','A2','B1','B2','C1','C2'] AS l),
pos AS (
  SELECT p.*, COALESCE(p.start_date, $2::date) AS effective_start,
    ARRAY(SELECT skill_code FROM position_skill s WHERE s.position_id = p.id AND s.required) AS req,
    ARRAY(SELECT skill_code FROM position_skill s WHERE s.position_id = p.id AND NOT s.required) AS opt
  FROM position p WHERE p.id = ANY($1::uuid[]) AND p.status = 'OPEN'
),
pairs AS (
  SELECT pos.id AS position_id, c.id AS candidate_id, c.max_commute_km, c.willing_to_relocate,
    2 * 6371 * asin(sqrt(power(sin(radians(m.latitude - pos.latitude) / 2), 2)
      + cos(radians(pos.latitude)) * cos(radians(m.latitude)) * power(sin(radians(m.longitude - pos.longitude) / 2), 2))) AS d,
    CASE WHEN pos.occupation_code = ANY(c.desired_occupation_codes || c.experience_occupation_codes) THEN 1.0
         WHEN left(pos.occupation_code, 3) = ANY(ARRAY(SELECT left(x, 3) FROM unnest(c.desired_occupation_codes || c.experience_occupation_codes) x)) THEN 0.6
         WHEN left(pos.occupation_code, 2) = ANY(ARRAY(SELECT left(x, 2) FROM unnest(c.desired_occupation_codes || c.experience_occupation_codes) x)) THEN 0.3
         ELSE 0 END AS occupation,
    0.8 * CASE WHEN cardinality(pos.req) = 0 THEN 1 ELSE cardinality(ARRAY(SELECT unnest(pos.req) INTERSECT SELECT unnest(c.skill_codes)))::float8 / cardinality(pos.req) END
      + 0.2 * CASE WHEN cardinality(pos.opt) = 0 THEN 1 ELSE cardinality(ARRAY(SELECT unnest(pos.opt) INTERSECT SELECT unnest(c.skill_codes)))::float8 / cardinality(pos.opt) END AS skills,
    CASE WHEN array_position(levels.l, c.danish_level::text) >= array_position(levels.l, pos.required_danish_level::text) THEN 1.0
         WHEN array_position(levels.l, c.danish_level::text) = array_position(levels.l, pos.required_danish_level::text) - 1 THEN 0.5
         ELSE 0 END AS language,
    CASE WHEN c.available_from IS NULL OR c.available_from <= pos.effective_start THEN 1.0
         ELSE greatest(0, 1 - (c.available_from - pos.effective_start) / 90.0) END AS availability
  FROM pos CROSS JOIN levels
  JOIN candidate c ON c.status = 'AVAILABLE' AND (NOT pos.driving_licence_required OR c.driving_licence)
  JOIN municipality m ON m.code = c.municipality_code
),
scored AS (
  SELECT position_id, candidate_id,
    round((0.35 * occupation + 0.25 * skills + 0.15 * language
      + 0.15 * CASE WHEN d <= max_commute_km THEN greatest(0, 1 - d / greatest(max_commute_km, 1)) ELSE 0.2 END
      + 0.10 * availability)::numeric, 4) AS score
  FROM pairs WHERE d <= max_commute_km OR willing_to_relocate
)
SELECT count(*)::int AS pairs, coalesce(sum(score), 0)::float8 AS total FROM scored`;
