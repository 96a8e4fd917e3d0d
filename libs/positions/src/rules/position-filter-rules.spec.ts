import { describe, expect, it } from '@jest/globals';
import { PositionKind } from '../position.enums.js';
import { checkPositionFilter } from './position-filter-rules.js';

describe('position filter', () => {
  it('drops empty lists and duplicates, and splits text into terms', () => {
    expect(checkPositionFilter({ kinds: [], occupationCodes: ['91', '91', '9112'], text: '  rengøring   Aarhus ' })).toEqual({
      kinds: undefined,
      statuses: undefined,
      municipalityCodes: undefined,
      regionCodes: undefined,
      occupationPrefixes: ['91', '9112'],
      near: undefined,
      textTerms: ['rengøring', 'Aarhus'],
      companyId: undefined,
    });
    expect(checkPositionFilter(null)).toMatchObject({ kinds: undefined, textTerms: undefined });
    expect(checkPositionFilter({ kinds: [PositionKind.IGU] })).toMatchObject({ kinds: ['IGU'] });
  });

  it.each([
    [{ occupationCodes: ['91', 'cleaner'] }, 'OCCUPATION_CODE_INVALID', 'filter.occupationCodes[1]'],
    [{ occupationCodes: ['91121'] }, 'OCCUPATION_CODE_INVALID', 'filter.occupationCodes[0]'],
    [{ near: { latitude: 56, longitude: 10, radiusKm: 0 } }, 'NEAR_INVALID', 'filter.near.radiusKm'],
    [{ near: { latitude: 56, longitude: 10, radiusKm: 501 } }, 'NEAR_INVALID', 'filter.near.radiusKm'],
    [{ near: { latitude: 91, longitude: 10, radiusKm: 5 } }, 'NEAR_INVALID', 'filter.near.latitude'],
    [{ text: 'x'.repeat(201) }, 'FILTER_TOO_LONG', 'filter.text'],
    [{ municipalityCodes: Array.from({ length: 101 }, (_, i) => i) }, 'FILTER_TOO_LONG', 'filter.municipalityCodes'],
    [{ companyId: 'acme' }, 'INVALID_ID', 'filter.companyId'],
  ])('refuses %j with %s at %s', (filter, reason, field) => {
    expect(checkPositionFilter(filter)).toMatchObject({ reason, field });
  });
});
