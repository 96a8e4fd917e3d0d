/**
 * The statistics read model (docs/domain.md §12): one aggregate query over
 * tables other features own and write — `candidate` (arrival in the
 * municipality, first-offer target, deadline and `first_offer_at`),
 * `proposal`, `programme` and `position` — plus the `municipality` reference
 * table. This lib only reads them, here and nowhere else; if one of those
 * columns changes meaning, this is the one file to follow.
 *
 * A "cell" is one municipality over one period: every municipality (or one
 * region's) over one period for `municipalityStats`, one municipality over
 * each month for `municipalityTrend`. Each figure is a CTE grouped by cell,
 * LEFT JOINed to the cells, so a municipality without any activity shows zeros.
 *
 * Days are Danish calendar days: `date` columns already are; a timestamp
 * (a proposal's `created_at`) belongs to the period when it falls between the
 * Copenhagen midnights that open and close it, which is right across the
 * summer-time changes and lets the `created_at` comparison use an index.
 *
 * The median is `percentile_cont(0.5)`: with an even number of offers it is
 * the mean of the middle two, the usual statistical median (the contract's
 * Float), where `percentile_disc` would report one candidate's exact value.
 */
export const MUNICIPALITY_STATS_SQL = `
WITH period AS (
  SELECT from_day, to_day FROM unnest($1::date[], $2::date[]) AS p(from_day, to_day)
),
cell AS (
  SELECT m.code AS municipality_code, period.from_day, period.to_day
  FROM municipality m CROSS JOIN period
  WHERE ($3::smallint IS NULL OR m.region_code = $3) AND ($4::smallint IS NULL OR m.code = $4)
),
arrivals AS (
  SELECT cell.municipality_code, cell.from_day,
    count(*)::int AS candidates_arrived,
    count(*) FILTER (WHERE c.first_offer_at <= c.first_offer_target_date)::int AS offered_within_14_days,
    count(*) FILTER (WHERE c.first_offer_at <= c.first_offer_deadline)::int AS offered_within_1_month,
    count(c.first_offer_at)::int AS offered,
    count(*) FILTER (WHERE c.first_offer_at IS NULL AND c.first_offer_deadline < $5::date)::int AS overdue_without_offer,
    -- An arrival date corrected after the offer could make the difference negative: such an offer came at once.
    percentile_cont(0.5) WITHIN GROUP (ORDER BY greatest(c.first_offer_at - c.arrived_in_municipality_on, 0))
      FILTER (WHERE c.first_offer_at IS NOT NULL) AS median_days_to_first_offer
  FROM cell
  JOIN candidate c ON c.municipality_code = cell.municipality_code
    AND c.arrived_in_municipality_on BETWEEN cell.from_day AND cell.to_day
  GROUP BY cell.municipality_code, cell.from_day
),
proposals AS (
  SELECT cell.municipality_code, cell.from_day, count(*)::int AS proposals_sent
  FROM cell
  JOIN proposal p ON p.created_at >= (cell.from_day::timestamp AT TIME ZONE 'Europe/Copenhagen')
    AND p.created_at < ((cell.to_day + 1)::timestamp AT TIME ZONE 'Europe/Copenhagen')
  JOIN candidate c ON c.id = p.candidate_id AND c.municipality_code = cell.municipality_code
  GROUP BY cell.municipality_code, cell.from_day
),
-- Programmes that really started (ACTIVE, and later COMPLETED or TERMINATED) on or before the period's end.
programmes AS (
  SELECT cell.municipality_code, cell.from_day,
    count(*) FILTER (WHERE pr.start_date >= cell.from_day AND pos.municipality_code <> c.municipality_code)::int
      AS cross_municipality_placements,
    count(*) FILTER (WHERE pr.start_date >= cell.from_day AND pr.kind = 'IGU')::int AS igu_started,
    -- Active on the period's last day: ended neither by completion (end date) nor termination (its last day) before it.
    count(*) FILTER (WHERE pr.kind = 'IGU' AND (pr.status = 'ACTIVE'
      OR (pr.status = 'COMPLETED' AND pr.end_date >= cell.to_day)
      OR (pr.status = 'TERMINATED' AND pr.terminated_on >= cell.to_day)))::int AS igu_active
  FROM cell
  JOIN programme pr ON pr.start_date <= cell.to_day AND pr.status IN ('ACTIVE', 'COMPLETED', 'TERMINATED')
  JOIN candidate c ON c.id = pr.candidate_id AND c.municipality_code = cell.municipality_code
  JOIN position pos ON pos.id = pr.position_id
  GROUP BY cell.municipality_code, cell.from_day
)
SELECT m.code, m.name, m.region_code AS "regionCode", m.latitude, m.longitude, m.population, m.jobcentre_id AS "jobcentreId",
  to_char(cell.from_day, 'YYYY-MM-DD') AS "from", to_char(cell.to_day, 'YYYY-MM-DD') AS "to",
  coalesce(a.candidates_arrived, 0) AS "candidatesArrived",
  coalesce(a.offered_within_14_days, 0) AS "offeredWithin14DaysCount",
  coalesce(a.offered_within_1_month, 0) AS "offeredWithin1MonthCount",
  coalesce(a.offered, 0) AS "offeredCount",
  a.offered_within_14_days::float8 / nullif(a.candidates_arrived, 0) AS "offeredWithin14Days",
  a.offered_within_1_month::float8 / nullif(a.candidates_arrived, 0) AS "offeredWithin1Month",
  a.median_days_to_first_offer AS "medianDaysToFirstOffer",
  coalesce(a.overdue_without_offer, 0) AS "overdueWithoutOffer",
  coalesce(p.proposals_sent, 0) AS "proposalsSent",
  coalesce(pr.cross_municipality_placements, 0) AS "crossMunicipalityPlacements",
  coalesce(pr.igu_started, 0) AS "iguStarted",
  coalesce(pr.igu_active, 0) AS "iguActive"
FROM cell
JOIN municipality m ON m.code = cell.municipality_code
LEFT JOIN arrivals a ON a.municipality_code = cell.municipality_code AND a.from_day = cell.from_day
LEFT JOIN proposals p ON p.municipality_code = cell.municipality_code AND p.from_day = cell.from_day
LEFT JOIN programmes pr ON pr.municipality_code = cell.municipality_code AND pr.from_day = cell.from_day
ORDER BY cell.from_day, m.code`;

/** One row of MUNICIPALITY_STATS_SQL, before suppression. */
export interface MunicipalityStatsRow {
  code: number;
  name: string;
  regionCode: number;
  latitude: number;
  longitude: number;
  population: number;
  jobcentreId: string;
  from: string;
  to: string;
  candidatesArrived: number;
  offeredWithin14DaysCount: number;
  offeredWithin1MonthCount: number;
  offeredCount: number;
  offeredWithin14Days: number | null;
  offeredWithin1Month: number | null;
  medianDaysToFirstOffer: number | null;
  overdueWithoutOffer: number;
  proposalsSent: number;
  crossMunicipalityPlacements: number;
  iguStarted: number;
  iguActive: number;
}

export interface MunicipalityStatsParams {
  periods: readonly { from: string; to: string }[];
  regionCode: number | null;
  municipalityCode: number | null;
  today: string;
}

export function municipalityStatsParameters(params: MunicipalityStatsParams): unknown[] {
  return [params.periods.map((p) => p.from), params.periods.map((p) => p.to), params.regionCode, params.municipalityCode, params.today];
}
