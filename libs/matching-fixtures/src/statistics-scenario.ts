import type { StatisticsFixture } from './statistics-data.js';

const KOBENHAVN = 101;
const AARHUS = 751;
const ODENSE = 461;
const AALBORG = 851;

/**
 * The statistics tests' hand-built data, March 2026 as the period (docs/domain.md §12). Every figure
 * is worked out in the comments next to the rows that make it; summer time
 * began on 29 March 2026, so the last evening of March is UTC+2.
 */
export async function buildStatisticsScenario(fixture: StatisticsFixture): Promise<void> {
  // København: 15 arrivals in March, on its first and last day included, the days around it not.
  const offeredFast = await fixture.candidates(5, KOBENHAVN, '2026-03-01', '2026-03-10'); // 9 days: within 14 days and 1 month
  await fixture.candidates(5, KOBENHAVN, '2026-03-31', '2026-04-20'); // 20 days: within the month (deadline 30 April), not 14 days
  await fixture.candidates(5, KOBENHAVN, '2026-03-15'); // no offer, deadline 15 April passed: overdue
  await fixture.candidates(5, KOBENHAVN, '2026-02-28'); // the day before: February
  await fixture.candidates(5, KOBENHAVN, '2026-04-01'); // the day after: April
  // Proposals for København's candidates: Danish days, across the change to summer time.
  const [someone] = offeredFast;
  const proposalsAt = async (count: number, at: string) => {
    // Rejected ones: one candidate may have any number of those to the same position.
    for (let i = 0; i < count; i++) await fixture.proposal(someone, at, { status: 'REJECTED' });
  };
  await proposalsAt(4, '2026-02-28T22:59:59Z'); // 23:59:59 on 28 February in Copenhagen (UTC+1): February
  await proposalsAt(6, '2026-02-28T23:30:00Z'); // 00:30 on 1 March: March
  await proposalsAt(5, '2026-03-31T21:59:59Z'); // 23:59:59 on 31 March (UTC+2): March
  await proposalsAt(3, '2026-03-31T22:00:00Z'); // midnight, 1 April: April
  await proposalsAt(2, '2026-03-31T23:30:00Z'); // 01:30 on 1 April (a UTC date would say March): April
  // Programmes of København's candidates (who arrived long before, so they add no arrivals).
  const programmeCandidates = async (count: number) => fixture.candidates(count, KOBENHAVN, '2025-01-01');
  for (const id of await programmeCandidates(5))
    await fixture.programme(id, { kind: 'IGU', status: 'ACTIVE', startDate: '2026-03-10', positionMunicipalityCode: KOBENHAVN });
  for (const id of await programmeCandidates(5))
    await fixture.programme(id, { kind: 'INTERNSHIP', status: 'COMPLETED', startDate: '2026-03-05', positionMunicipalityCode: AARHUS });
  // IGU from June 2025 at Aarhus: not started in March (no cross placement then); active on 31 March only if not ended before.
  for (const id of await programmeCandidates(5))
    await fixture.programme(id, {
      kind: 'IGU',
      status: 'TERMINATED',
      startDate: '2025-06-01',
      terminatedOn: '2026-03-31',
      positionMunicipalityCode: AARHUS,
    });
  for (const id of await programmeCandidates(3))
    await fixture.programme(id, {
      kind: 'IGU',
      status: 'TERMINATED',
      startDate: '2025-06-01',
      terminatedOn: '2026-03-30',
      positionMunicipalityCode: AARHUS,
    });
  // Approved but not started, and withdrawn: no placements.
  for (const id of await programmeCandidates(2))
    await fixture.programme(id, { kind: 'IGU', status: 'APPROVED', startDate: '2026-03-20', positionMunicipalityCode: AARHUS });
  for (const id of await programmeCandidates(1))
    await fixture.programme(id, { kind: 'WAGE_SUBSIDY', status: 'WITHDRAWN', startDate: '2026-03-20', positionMunicipalityCode: AARHUS });
  // Suppression at the edges: Aarhus 4 arrivals, Odense 1, Aalborg 5 (shown).
  await fixture.candidates(4, AARHUS, '2026-03-20');
  await fixture.candidates(1, ODENSE, '2026-03-20');
  await fixture.candidates(5, AALBORG, '2026-03-20');
}
