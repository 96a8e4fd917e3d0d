import { describe, expect, it } from '@jest/globals';
import { byDanishName } from './danish-order.js';

describe('byDanishName', () => {
  it('puts Æ, Ø, Å after Z and reads "Aa" as "Å"', () => {
    const names = ['Aarhus', 'Ærø', 'Assens', 'Zealand', 'Århus Ø', 'Odense', 'Aabenraa', 'Ølstykke'];
    expect(byDanishName(names.map((name) => ({ name }))).map((m) => m.name)).toEqual([
      'Assens',
      'Odense',
      'Zealand',
      'Ærø',
      'Ølstykke',
      'Aabenraa',
      'Aarhus',
      'Århus Ø',
    ]);
  });
});
