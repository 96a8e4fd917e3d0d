import { describe, expect, it } from 'vitest';
import { countByMunicipality } from './map-slot.js';

describe('countByMunicipality', () => {
  it('counts results per municipality, most first, then by Danish name', () => {
    const at = (code: number, name: string) => ({ municipality: { code, name } });
    expect(countByMunicipality([at(751, 'Aarhus'), at(101, 'København'), at(751, 'Aarhus'), at(147, 'Frederiksberg')])).toEqual([
      { code: 751, name: 'Aarhus', count: 2 },
      { code: 147, name: 'Frederiksberg', count: 1 },
      { code: 101, name: 'København', count: 1 },
    ]);
  });
});
