import { describe, expect, it } from '@jest/globals';
import { AARHUS, KOBENHAVN, aCandidate, aPosition } from '@igu/matching-fixtures';
import { CANDIDATE_RELOCATES } from './packed-arrays.js';
import { packCandidates } from './pack-candidates.js';
import { packPositions } from './pack-positions.js';
import { bestOccupationTerm, occupationGroupOf, occupationTerm } from './score-kernel.js';

const id = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

describe('packCandidates', () => {
  const candidates = [
    aCandidate({ id: id(5), maxCommuteKm: 10 }),
    aCandidate({ id: id(4), maxCommuteKm: 40 }),
    aCandidate({ id: id(3), willingToRelocate: true, maxCommuteKm: 5 }),
    aCandidate({ id: id(2), municipalityCode: KOBENHAVN.code, municipalityCentre: KOBENHAVN.centre }),
    aCandidate({ id: id(1), status: 'INACTIVE' }),
  ];
  const packed = packCandidates(candidates);

  it('keeps AVAILABLE candidates only, grouped by municipality, commuters by range descending, then relocators', () => {
    expect(packed.records.map((candidate) => candidate.id)).toEqual([id(2), id(4), id(5), id(3)]);
    const { arrays } = packed;
    expect(Array.from(arrays.municipalityCodes)).toEqual([KOBENHAVN.code, AARHUS.code]);
    expect(Array.from(arrays.groupStart)).toEqual([0, 1, 4]);
    expect(Array.from(arrays.relocationStart)).toEqual([1, 3]);
    expect(arrays.flags[3] & CANDIDATE_RELOCATES).toBe(CANDIDATE_RELOCATES);
  });

  it('ranks ids for tie-breaks independently of the packed order', () => {
    const { idRank, byRank } = packed.arrays;
    expect(Array.from(idRank)).toEqual([0, 2, 3, 1]);
    expect(Array.from(byRank)).toEqual([0, 3, 1, 2]);
    expect(packed.indexById.get(id(5))).toBe(2);
  });

  it("marks each candidate's ISCO sub-major groups, so a pair with none in common is told at once to have occupation term 0", () => {
    const mixed = packCandidates([
      aCandidate({ id: id(1), desiredOccupationCodes: ['9112'], experienceOccupationCodes: ['5120', '9629'] }),
      aCandidate({ id: id(2), desiredOccupationCodes: ['2512'], experienceOccupationCodes: [] }),
    ]);
    const { arrays } = mixed;
    const terms = Float64Array.from({ length: arrays.occupationDictionary.length }, (_, index) => (index === 0 ? 0 : 0.1 * index));
    for (const positionCode of [9112, 9121, 5120, 2512, 2519, 2611, 1111, 9629]) {
      const { word, bit } = occupationGroupOf(positionCode);
      for (let c = 0; c < arrays.count; c++) {
        const codes = arrays.occupationIndex.subarray(c * arrays.occupationSlots, (c + 1) * arrays.occupationSlots);
        const sharesGroup = Array.from(codes).some(
          (index) => index > 0 && Math.floor(arrays.occupationDictionary[index] / 100) === Math.floor(positionCode / 100),
        );
        const fast = occupationTerm(terms, arrays.occupationGroups, arrays.occupationIndex, arrays.occupationSlots, c, word, bit);
        // Told apart by the group bits alone; the full slot loop only where a group is shared.
        expect(fast === terms[0]).toBe(!sharesGroup);
        if (sharesGroup)
          expect(fast).toBe(bestOccupationTerm(terms, arrays.occupationIndex, c * arrays.occupationSlots, arrays.occupationSlots));
      }
    }
  });

  it('sets one bit per held skill over a sorted dictionary, with a spare bit nobody holds', () => {
    const withSkills = packCandidates([aCandidate({ skillCodes: ['b', 'a', 'b'] })]);
    expect(withSkills.skills.codes).toEqual(['a', 'b']);
    expect(withSkills.arrays.skillBits[0]).toBe(0b11);
    expect(withSkills.arrays.unheldSkill).toBe(2);
  });

  it('rejects duplicate ids, bad occupation codes, dates and municipality centres', () => {
    expect(() => packCandidates([aCandidate(), aCandidate()])).toThrow(/Duplicate/);
    expect(() => packCandidates([aCandidate({ desiredOccupationCodes: ['911'] })])).toThrow(/4-digit/);
    expect(() => packCandidates([aCandidate({ availableFrom: '2026-02-30' })])).toThrow(/YYYY-MM-DD/);
    expect(() =>
      packCandidates([aCandidate({ id: id(1) }), aCandidate({ id: id(2), municipalityCentre: { latitude: 56, longitude: 10 } })]),
    ).toThrow(/two different centres/);
  });
});

describe('packPositions', () => {
  it('keeps OPEN positions only, sorted by id (the index is the tie-break rank)', () => {
    const packed = packPositions([aPosition({ id: id(3) }), aPosition({ id: id(1) }), aPosition({ id: id(2), status: 'DRAFT' })]);
    expect(packed.records.map((position) => position.id)).toEqual([id(1), id(3)]);
  });

  it('gives each distinct IGU start day one eligibility slot, today standing in for a missing date', () => {
    const packed = packPositions([
      aPosition({ id: id(1), kind: 'IGU', startDate: '2026-03-01' }),
      aPosition({ id: id(2), kind: 'IGU', startDate: null }),
      aPosition({ id: id(3), kind: 'IGU', startDate: '2026-03-01' }),
      aPosition({ id: id(4), kind: 'JOB', startDate: '2026-04-01' }),
      aPosition({ id: id(5), kind: 'IGU', startDate: '2026-01-05' }),
    ]);
    const schedule = packed.schedule('2026-01-05');
    expect(Array.from(schedule.eligibilitySlot)).toEqual([0, 1, 0, -1, 1]);
    expect(schedule.slotDays).toHaveLength(2);
  });

  it('maps skills outside a given dictionary to -1 and counts repeated codes once', () => {
    const packed = packPositions([aPosition({ requiredSkillCodes: ['a', 'zz', 'a'] })], {
      skills: packCandidates([aCandidate({ skillCodes: ['a'] })]).skills,
    });
    expect(Array.from(packed.arrays.requiredSkills)).toEqual([0, -1]);
  });
});
