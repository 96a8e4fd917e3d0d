import { Text } from '@mantine/core';
import { formatInteger } from '../../format.js';

export interface MunicipalityCount {
  code: number;
  name: string;
  count: number;
}

/** Results counted per municipality, most first: what a municipality map shades. */
export function countByMunicipality(items: readonly { municipality: { code: number; name: string } }[]): MunicipalityCount[] {
  const counts = new Map<number, MunicipalityCount>();
  for (const { municipality } of items) {
    const entry = counts.get(municipality.code) ?? { ...municipality, count: 0 };
    entry.count += 1;
    counts.set(municipality.code, entry);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'da'));
}

/**
 * MAP SLOT: the municipality map (`MunicipalityMap` from components/map/, built
 * in another branch) goes here, shaded by `counts`. Until it is merged the slot
 * shows the same counts as one line of text, which stays as the map's text alternative.
 */
export function MapSlot({ counts, label }: { counts: readonly MunicipalityCount[]; label: string }) {
  if (counts.length === 0) return null;
  return (
    <Text size="sm" data-slot="municipality-map">
      {label}: {counts.map(({ name, count }) => `${name} ${formatInteger(count)}`).join(' · ')}
    </Text>
  );
}
