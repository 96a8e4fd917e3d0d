import { describe, expect, it } from '@jest/globals';
import { compareMunicipalityNames } from './municipality-order.js';

describe('Danish order of municipality names', () => {
  it('puts Æ, Ø and Å (and Aa) after Z', () => {
    const names = ['Aarhus', 'Ærø', 'Albertslund', 'Aabenraa', 'Vordingborg', 'Odder', 'Allerød', 'Zealand'];
    expect([...names].sort(compareMunicipalityNames)).toEqual([
      'Albertslund',
      'Allerød',
      'Odder',
      'Vordingborg',
      'Zealand',
      'Ærø',
      'Aabenraa',
      'Aarhus',
    ]);
  });
});
