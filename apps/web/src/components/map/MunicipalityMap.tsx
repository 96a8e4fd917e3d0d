import { Box, Group, ScrollArea, SimpleGrid, Stack, Table, Text, Title, UnstyledButton } from '@mantine/core';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatInteger } from '../../format.js';
import { MUNICIPALITY_SHAPES, VIEW_BOX } from './municipality-shapes.js';
import { shadeClasses, shadeOf } from './shading.js';
import './MunicipalityMap.css';

export interface MunicipalityMapProps {
  /** The map's heading and accessible name, e.g. "Open positions per municipality" */
  title: string;
  /** A count per official municipality code (101 = København); missing codes count as 0 */
  values: Readonly<Record<number, number>>;
  /** How a count reads in names on hover, the table and the legend, e.g. 3 → "3 positions" */
  formatValue: (value: number) => string;
  /** Makes municipalities choosable, on the map and in the table */
  onSelect?: (code: number) => void;
  selectedCode?: number | null;
  /** Municipalities whose figure is withheld (statistics' small-count suppression): hatched, with their own legend entry */
  suppressed?: ReadonlySet<number>;
  /** How a withheld figure reads, e.g. "suppressed (fewer than 5)"; required with `suppressed` */
  suppressedLabel?: string;
}

const NO_CODES: ReadonlySet<number> = new Set();
const HATCH = 'repeating-linear-gradient(45deg, var(--mantine-color-orange-3) 0 3px, var(--mantine-color-white) 3px 6px)';

/**
 * Denmark's 98 municipalities shaded by a count, with a table of the same
 * numbers as the keyboard's and screen readers' way in (hovering a shape or
 * focusing a row names the municipality and highlights it on the map). Areas
 * only: nothing here can place a person at a point.
 */
export function MunicipalityMap({
  title,
  values,
  formatValue,
  onSelect,
  selectedCode,
  suppressed = NO_CODES,
  suppressedLabel = '',
}: MunicipalityMapProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const [highlighted, setHighlighted] = useState<number | null>(null);
  const hatchId = useId();
  const valueOf = (code: number) => values[code] ?? 0;
  const readingOf = (code: number) => (suppressed.has(code) ? suppressedLabel : formatValue(valueOf(code)));

  const legend = useMemo(() => shadeClasses(Math.max(0, ...Object.values(values))), [values]);
  const rows = useMemo(
    () =>
      MUNICIPALITY_SHAPES.filter((shape) => (values[shape.code] ?? 0) > 0 && !suppressed.has(shape.code)).sort(
        (a, b) => values[b.code] - values[a.code] || a.name.localeCompare(b.name, 'da'),
      ),
    [values, suppressed],
  );
  const shown = highlighted ?? selectedCode ?? null;
  const shownShape = MUNICIPALITY_SHAPES.find((shape) => shape.code === shown);
  const legendLabel = (min: number, max: number) => (min === max ? formatValue(min) : `${formatInteger(min)}–${formatValue(max)}`);

  return (
    <Stack gap="sm" component="section" aria-labelledby={titleId}>
      <Title order={3} id={titleId}>
        {title}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Stack gap="xs">
          <svg viewBox={VIEW_BOX} className="municipality-map" role="img" aria-labelledby={titleId} data-testid="municipality-map">
            {suppressed.size > 0 && (
              <defs>
                <pattern id={hatchId} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                  <rect width="8" height="8" fill="var(--mantine-color-white)" />
                  <rect width="4" height="8" fill="var(--mantine-color-orange-3)" />
                </pattern>
              </defs>
            )}
            {MUNICIPALITY_SHAPES.map((shape) => (
              <path
                key={shape.code}
                d={shape.d}
                data-code={shape.code}
                fill={suppressed.has(shape.code) ? `url(#${hatchId})` : shadeOf(legend, valueOf(shape.code))}
                data-suppressed={suppressed.has(shape.code) || undefined}
                className="municipality-map__area"
                onMouseEnter={() => setHighlighted(shape.code)}
                onMouseLeave={() => setHighlighted(null)}
                onClick={onSelect && (() => onSelect(shape.code))}
                style={onSelect && { cursor: 'pointer' }}
              >
                <title>{`${shape.name}: ${readingOf(shape.code)}`}</title>
              </path>
            ))}
            {/* Outlines on top, so no neighbour drawn later hides them */}
            {MUNICIPALITY_SHAPES.filter((shape) => shape.code === selectedCode || shape.code === highlighted).map((shape) => (
              <path
                key={shape.code}
                d={shape.d}
                className="municipality-map__outline"
                data-selected={shape.code === selectedCode || undefined}
              />
            ))}
          </svg>
          <Text size="sm" aria-live="polite" data-testid="municipality-map-readout" mih="1.5em">
            {shownShape ? `${shownShape.name}: ${readingOf(shownShape.code)}` : t('map.hint')}
          </Text>
          <Group gap="sm" component="ul" className="municipality-map__legend" aria-label={t('map.legend')}>
            {legend.map((shade) => (
              <Group key={shade.min} gap={6} component="li" wrap="nowrap">
                <Box className="municipality-map__swatch" style={{ background: shade.color }} aria-hidden />
                <Text size="sm">{legendLabel(shade.min, shade.max)}</Text>
              </Group>
            ))}
            {suppressed.size > 0 && (
              <Group gap={6} component="li" wrap="nowrap">
                <Box className="municipality-map__swatch" style={{ background: HATCH }} aria-hidden />
                <Text size="sm">{suppressedLabel}</Text>
              </Group>
            )}
          </Group>
        </Stack>
        <ScrollArea.Autosize mah={520} type="auto" tabIndex={0} aria-label={t('map.tableLabel', { title })}>
          <Table striped highlightOnHover stickyHeader>
            <Table.Caption>{t('map.tableCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('map.municipality')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('map.count')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((shape) => (
                <Table.Tr
                  key={shape.code}
                  onMouseEnter={() => setHighlighted(shape.code)}
                  onMouseLeave={() => setHighlighted(null)}
                  data-selected={shape.code === selectedCode || undefined}
                >
                  <Table.Th scope="row" fw={shape.code === selectedCode ? 700 : 400}>
                    {onSelect ? (
                      <UnstyledButton
                        className="municipality-map__choose"
                        onClick={() => onSelect(shape.code)}
                        onFocus={() => setHighlighted(shape.code)}
                        onBlur={() => setHighlighted(null)}
                        aria-pressed={shape.code === selectedCode}
                      >
                        {shape.name}
                      </UnstyledButton>
                    ) : (
                      shape.name
                    )}
                  </Table.Th>
                  <Table.Td ta="right">{formatValue(valueOf(shape.code))}</Table.Td>
                </Table.Tr>
              ))}
              {suppressed.size > 0 && (
                <Table.Tr>
                  <Table.Th scope="row" fw={400}>
                    {t('map.suppressedOthers', { n: formatInteger(suppressed.size) })}
                  </Table.Th>
                  <Table.Td ta="right">{suppressedLabel}</Table.Td>
                </Table.Tr>
              )}
              <Table.Tr>
                <Table.Th scope="row" fw={400}>
                  {t('map.others', { n: formatInteger(MUNICIPALITY_SHAPES.length - rows.length - suppressed.size) })}
                </Table.Th>
                <Table.Td ta="right">{formatValue(0)}</Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
        </ScrollArea.Autosize>
      </SimpleGrid>
    </Stack>
  );
}
