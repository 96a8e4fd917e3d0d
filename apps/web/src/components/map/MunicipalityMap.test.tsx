import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../test/render.js';
import { MUNICIPALITY_SHAPES, MunicipalityMap, shadeClasses } from './index.js';

const format = (n: number) => `${n} stk.`;

describe('shadeClasses', () => {
  it('gives 0 a class of its own and at most five classes of equal width above it', () => {
    expect(shadeClasses(0).map(({ min, max }) => [min, max])).toEqual([[0, 0]]);
    expect(shadeClasses(1).map(({ min, max }) => [min, max])).toEqual([
      [0, 0],
      [1, 1],
    ]);
    expect(shadeClasses(3).map(({ min, max }) => [min, max])).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
      [3, 3],
    ]);
    expect(shadeClasses(23).map(({ min, max }) => [min, max])).toEqual([
      [0, 0],
      [1, 5],
      [6, 10],
      [11, 15],
      [16, 20],
      [21, 23],
    ]);
  });

  it('runs from light to dark and ends on the darkest shade', () => {
    const colors = shadeClasses(3).map((shade) => shade.color);
    expect(new Set(colors).size).toBe(colors.length);
    expect(colors.at(-1)).toBe(shadeClasses(23).at(-1)!.color);
  });
});

describe('the shapes', () => {
  it('are the 98 municipalities by official code, with names', () => {
    expect(MUNICIPALITY_SHAPES).toHaveLength(98);
    expect(new Set(MUNICIPALITY_SHAPES.map((shape) => shape.code)).size).toBe(98);
    expect(MUNICIPALITY_SHAPES.find((shape) => shape.code === 101)?.name).toBe('København');
    expect(MUNICIPALITY_SHAPES.find((shape) => shape.code === 751)?.name).toBe('Aarhus');
    expect(MUNICIPALITY_SHAPES.every((shape) => shape.d.startsWith('M'))).toBe(true);
  });
});

describe('MunicipalityMap', () => {
  const values = { 101: 7, 751: 12, 461: 1 };

  it('is a named image with a table of the same numbers, most first, and the rest summed up', () => {
    renderWithProviders(<MunicipalityMap title="Stillinger pr. kommune" values={values} formatValue={format} />);
    expect(screen.getByRole('img', { name: 'Stillinger pr. kommune' })).toBeInTheDocument();
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual(['Aarhus12 stk.', 'København7 stk.', 'Odense1 stk.', 'De øvrige 95 kommuner0 stk.']);
    expect(screen.getByRole('list', { name: 'Forklaring' })).toHaveTextContent('0 stk.');
  });

  it('shades every municipality, the largest count darkest, and names each on hover', () => {
    renderWithProviders(<MunicipalityMap title="Kort" values={values} formatValue={format} />);
    const map = screen.getByTestId('municipality-map');
    const area = (code: number) => map.querySelector(`path[data-code="${code}"]`)!;
    expect(map.querySelectorAll('path[data-code]')).toHaveLength(98);
    expect(area(751).getAttribute('fill')).toBe(shadeClasses(12).at(-1)!.color);
    expect(area(101).getAttribute('fill')).not.toBe(area(147).getAttribute('fill'));
    expect(area(751).querySelector('title')).toHaveTextContent('Aarhus: 12 stk.');
    fireEvent.mouseEnter(area(101));
    expect(screen.getByTestId('municipality-map-readout')).toHaveTextContent('København: 7 stk.');
  });

  it('is choosable from the keyboard through the table, and by clicking the map', async () => {
    const onSelect = vi.fn();
    const user = userEvent.setup();
    renderWithProviders(<MunicipalityMap title="Kort" values={values} formatValue={format} onSelect={onSelect} selectedCode={461} />);
    await user.tab(); // the scrollable table
    await user.tab();
    expect(screen.getByRole('button', { name: 'Aarhus' })).toHaveFocus();
    expect(screen.getByTestId('municipality-map-readout')).toHaveTextContent('Aarhus: 12 stk.');
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith(751);
    expect(screen.getByRole('button', { name: 'Odense' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(screen.getByTestId('municipality-map').querySelector('path[data-code="101"]')!);
    expect(onSelect).toHaveBeenLastCalledWith(101);
  });

  it('hatches suppressed municipalities, with their own legend entry and table row', () => {
    renderWithProviders(
      <MunicipalityMap
        title="Kort"
        values={{ 751: 12 }}
        formatValue={format}
        suppressed={new Set([101, 461])}
        suppressedLabel="Diskretioneret"
      />,
    );
    const map = screen.getByTestId('municipality-map');
    const area = (code: number) => map.querySelector(`path[data-code="${code}"]`)!;
    expect(area(101).getAttribute('fill')).toMatch(/^url\(#/);
    expect(area(101)).toHaveAttribute('data-suppressed', 'true');
    expect(area(147).getAttribute('fill')).not.toMatch(/^url/);
    expect(area(461).querySelector('title')).toHaveTextContent('Odense: Diskretioneret');
    expect(screen.getByRole('list', { name: 'Forklaring' })).toHaveTextContent('Diskretioneret');
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      'Aarhus12 stk.',
      'Diskretionerede kommuner: 2Diskretioneret',
      'De øvrige 95 kommuner0 stk.',
    ]);
  });
});
