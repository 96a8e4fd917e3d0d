import { describe, expect, it } from '@jest/globals';
import type { MunicipalityStatsView } from '../rules/municipality-stats.view.js';
import { decimal, municipalityStatsCsv, text } from './municipality-csv.js';

const municipality = { code: 851, name: 'Aalborg', regionCode: 1081, latitude: 57, longitude: 9.9, population: 220_000, jobcentreId: 'x' };

const shown: MunicipalityStatsView = {
  municipality,
  from: '2026-01-01',
  to: '2026-06-30',
  suppressed: false,
  candidatesArrived: 12,
  offeredWithin14Days: 5 / 12,
  offeredWithin1Month: 0.75,
  medianDaysToFirstOffer: 9.5,
  overdueWithoutOffer: 0,
  proposalsSent: 20,
  crossMunicipalityPlacements: 6,
  iguStarted: 5,
  iguActive: 7,
};

describe('the municipality statistics CSV', () => {
  it('has a BOM, Danish headers, ; separators, decimal commas, and empty cells when suppressed', () => {
    const csv = municipalityStatsCsv([
      shown,
      { ...shown, municipality: { ...municipality, code: 825, name: 'Læsø' }, suppressed: true, ...nulls() },
    ]);
    expect(csv.startsWith('\uFEFFKommunekode;Kommune;Fra;Til;Diskretioneret;Ankomne borgere;')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toBe('851;Aalborg;2026-01-01;2026-06-30;Nej;12;0,4167;0,75;9,5;0;20;6;5;7');
    expect(lines[2]).toBe('825;Læsø;2026-01-01;2026-06-30;Ja;;;;;;;;;');
    expect(lines[3]).toBe('');
  });

  it('quotes separators and neutralises formulas', () => {
    expect(text('a;b')).toBe('"a;b"');
    expect(text('say "hi"')).toBe('"say ""hi"""');
    expect(text('=1+1')).toBe("'=1+1");
    expect(decimal(7, 1)).toBe('7');
    expect(decimal(null, 1)).toBe('');
  });
});

function nulls() {
  return {
    candidatesArrived: null,
    offeredWithin14Days: null,
    offeredWithin1Month: null,
    medianDaysToFirstOffer: null,
    overdueWithoutOffer: null,
    proposalsSent: null,
    crossMunicipalityPlacements: null,
    iguStarted: null,
    iguActive: null,
  };
}
