/** One legend entry: counts from `min` to `max` (inclusive) share a colour. */
export interface ShadeClass {
  readonly min: number;
  readonly max: number;
  readonly color: string;
}

const NONE = 'var(--mantine-color-gray-2)';
/** Light to dark, two Mantine shades apart so neighbouring classes stay tellable. */
const SHADES = [1, 3, 5, 7, 9].map((shade) => `var(--mantine-color-blue-${shade})`);

/**
 * Classes of equal width from 1 to the largest count (at most five, so the
 * legend stays readable), plus a class of its own for 0 so "none" never looks
 * like "a few".
 */
export function shadeClasses(largest: number): ShadeClass[] {
  const zero = { min: 0, max: 0, color: NONE };
  if (largest < 1) return [zero];
  const width = Math.ceil(largest / SHADES.length);
  const count = Math.ceil(largest / width);
  // Fewer classes than shades: spread them from light to dark.
  const shadeAt = (i: number) => SHADES[count === 1 ? SHADES.length - 1 : Math.round((i * (SHADES.length - 1)) / (count - 1))];
  return [
    zero,
    ...Array.from({ length: count }, (_, i) => ({
      min: i * width + 1,
      max: Math.min((i + 1) * width, largest),
      color: shadeAt(i),
    })),
  ];
}

export function shadeOf(classes: readonly ShadeClass[], value: number): string {
  return (classes.find((shade) => value >= shade.min && value <= shade.max) ?? classes[classes.length - 1]).color;
}
