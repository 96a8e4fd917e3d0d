import { Table, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export interface TrendPoint {
  /** First day of the month, YYYY-MM-DD */
  from: string;
  /** null: suppressed, or nothing to show */
  value: number | null;
  suppressed: boolean;
}

const WIDTH = 640;
const HEIGHT = 220;
const PAD = { left: 44, right: 12, top: 12, bottom: 28 };
const monthName = new Intl.DateTimeFormat('da-DK', { month: 'short', year: '2-digit', timeZone: 'UTC' });

/**
 * A small line chart of one figure by month, drawn as SVG (no chart library
 * in the bundle). Suppressed months break the line and are marked along the
 * bottom; the same numbers follow as a table for keyboards and screen readers.
 */
export function TrendChart({ title, points, format }: { title: string; points: readonly TrendPoint[]; format: (value: number) => string }) {
  const { t } = useTranslation();
  const titleId = useId();
  const values = points.flatMap((p) => (p.value === null ? [] : [p.value]));
  const top = Math.max(...values, 0) || 1;
  const step = (WIDTH - PAD.left - PAD.right) / Math.max(points.length - 1, 1);
  const x = (i: number) => PAD.left + i * step;
  const y = (value: number) => PAD.top + (1 - value / top) * (HEIGHT - PAD.top - PAD.bottom);
  // Runs of consecutive months with a value: one polyline each, so a gap stays a gap.
  const runs: { i: number; value: number }[][] = [];
  points.forEach((p, i) => {
    if (p.value === null) return;
    const last = runs.at(-1);
    if (last && last.at(-1)?.i === i - 1) last.push({ i, value: p.value });
    else runs.push([{ i, value: p.value }]);
  });
  const label = (from: string) => monthName.format(new Date(`${from}T12:00:00Z`));

  return (
    <figure style={{ margin: 0 }} aria-labelledby={titleId}>
      <Text fw={600} id={titleId} component="figcaption">
        {title}
      </Text>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        role="img"
        aria-labelledby={titleId}
        data-testid="trend-chart"
        style={{ maxWidth: WIDTH }}
      >
        <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(0)} y2={y(0)} stroke="var(--mantine-color-gray-5)" />
        <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(top)} y2={y(top)} stroke="var(--mantine-color-gray-3)" strokeDasharray="4 4" />
        <text x={PAD.left - 6} y={y(top) + 4} textAnchor="end" fontSize="11" fill="currentColor">
          {format(top)}
        </text>
        <text x={PAD.left - 6} y={y(0) + 4} textAnchor="end" fontSize="11" fill="currentColor">
          {format(0)}
        </text>
        {runs.map((run) => (
          <polyline
            key={run[0].i}
            fill="none"
            stroke="var(--mantine-color-blue-7)"
            strokeWidth={2.5}
            points={run.map((p) => `${x(p.i)},${y(p.value)}`).join(' ')}
          />
        ))}
        {points.map((p, i) => (
          <g key={p.from}>
            {p.value !== null && <circle cx={x(i)} cy={y(p.value)} r={4} fill="var(--mantine-color-blue-7)" />}
            {p.suppressed && (
              <rect
                x={x(i) - 5}
                y={y(0) - 10}
                width={10}
                height={10}
                fill="var(--mantine-color-orange-3)"
                stroke="var(--mantine-color-orange-8)"
              >
                <title>{t('statistics.suppressed')}</title>
              </rect>
            )}
            {(i % 2 === 0 || points.length <= 6) && (
              <text x={x(i)} y={HEIGHT - 8} textAnchor="middle" fontSize="11" fill="currentColor">
                {label(p.from)}
              </text>
            )}
          </g>
        ))}
      </svg>
      <Table striped withTableBorder fz="sm" mt="xs" data-testid="trend-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('statistics.month')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {title}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {points.map((p) => (
            <Table.Tr key={p.from}>
              <Table.Th scope="row" fw={400}>
                {label(p.from)}
              </Table.Th>
              <Table.Td ta="right">{p.suppressed ? t('statistics.suppressed') : p.value === null ? '–' : format(p.value)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </figure>
  );
}
