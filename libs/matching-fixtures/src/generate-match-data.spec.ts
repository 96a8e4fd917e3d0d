import { describe, expect, it } from '@jest/globals';
import { generateMatchData, GENERATOR_SIZES } from './generate-match-data.js';
import { referenceTables } from './reference-tables.js';
import { SeededRandom } from './seeded-random.js';

const quick = generateMatchData('quick');
const available = quick.candidates.filter((candidate) => candidate.status === 'AVAILABLE');
const open = quick.positions.filter((position) => position.status === 'OPEN');

function share<T>(items: readonly T[], predicate: (item: T) => boolean): number {
  return items.filter(predicate).length / items.length;
}

describe('generateMatchData', () => {
  it('is deterministic: the same seed gives the same data, another seed other data', () => {
    expect(generateMatchData('tiny', { seed: 42 })).toEqual(generateMatchData('tiny', { seed: 42 }));
    expect(generateMatchData('tiny', { seed: 43 }).candidates[0]).not.toEqual(generateMatchData('tiny', { seed: 42 }).candidates[0]);
  });

  it('produces the size in AVAILABLE candidates and OPEN positions, plus 5% others', () => {
    expect(GENERATOR_SIZES.national).toEqual({ candidates: 50_000, positions: 10_000 });
    expect(GENERATOR_SIZES.surge).toEqual({ candidates: 250_000, positions: 10_000 });
    expect(available).toHaveLength(2_000);
    expect(open).toHaveLength(400);
    expect(quick.candidates).toHaveLength(2_100);
    expect(quick.positions).toHaveLength(420);
    expect(new Set(quick.candidates.map((candidate) => candidate.id)).size).toBe(2_100);
    expect(quick.candidates[0].id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('places candidates and positions like the population (København largest, about a tenth)', () => {
    const copenhagen = share(available, (candidate) => candidate.municipalityCode === 101);
    expect(copenhagen).toBeGreaterThan(0.07);
    expect(copenhagen).toBeLessThan(0.15);
    expect(new Set(available.map((candidate) => candidate.municipalityCode)).size).toBeGreaterThan(80);
    expect(share(open, (position) => position.municipalityCode === 101)).toBeGreaterThan(0.06);
  });

  it('uses real unit groups, mostly IGU-typical (ISCO major groups 5, 7, 8, 9)', () => {
    const units = new Set(referenceTables().occupations.map((occupation) => occupation.code));
    const desired = available.flatMap((candidate) => candidate.desiredOccupationCodes);
    expect(desired.every((code) => units.has(code))).toBe(true);
    expect(share(desired, (code) => '5789'.includes(code[0]))).toBeGreaterThan(0.7);
    expect(share(open, (position) => '5789'.includes(position.occupationCode[0]))).toBeGreaterThan(0.7);
  });

  it('gives skills that belong to the occupations, and mostly low Danish', () => {
    const { occupations } = referenceTables();
    const skillsOf = new Map(occupations.map((occupation) => [occupation.code, new Set(occupation.skillCodes)]));
    const withOwnSkills = open.filter((position) => skillsOf.get(position.occupationCode)!.size > 0);
    expect(
      withOwnSkills.every((position) => position.requiredSkillCodes.every((code) => skillsOf.get(position.occupationCode)!.has(code))),
    ).toBe(true);
    expect(share(available, (candidate) => ['NONE', 'A1', 'A2'].includes(candidate.danishLevel))).toBeGreaterThan(0.6);
    expect(share(available, (candidate) => candidate.skillCodes.length > 0)).toBe(1);
  });

  it('spreads positions over all four kinds, IGU ones starting on few distinct days', () => {
    expect(new Set(open.map((position) => position.kind))).toEqual(new Set(['JOB', 'IGU', 'INTERNSHIP', 'WAGE_SUBSIDY']));
    const iguDays = new Set(open.filter((position) => position.kind === 'IGU').map((position) => position.startDate));
    expect(iguDays.size).toBeLessThanOrEqual(13);
  });
});

describe('SeededRandom', () => {
  it('repeats its sequence for a seed and stays in [0, 1)', () => {
    const a = new SeededRandom(1);
    const b = new SeededRandom(1);
    const values = Array.from({ length: 1000 }, () => a.next());
    expect(values).toEqual(Array.from({ length: 1000 }, () => b.next()));
    expect(values.every((value) => value >= 0 && value < 1)).toBe(true);
    expect(new Set(values).size).toBe(1000);
  });
});
