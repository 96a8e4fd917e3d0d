import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD (no 2023-02-29). */
export function isCalendarDate(value: string): boolean {
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 to 1900–1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Dates a client may send. Every date in this domain (births, arrivals,
 * programmes) lies well inside; years like 0099 or 9999 only break date
 * arithmetic downstream.
 */
export const DATE_INPUT_RANGE = { min: '1900-01-01', max: '2199-12-31' } as const;

function parse(value: unknown): string {
  if (typeof value !== 'string' || !isCalendarDate(value)) {
    throw new GraphQLError('Date must be a real calendar date written YYYY-MM-DD', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return value;
}

function parseInput(value: unknown): string {
  const date = parse(value);
  if (date < DATE_INPUT_RANGE.min || date > DATE_INPUT_RANGE.max) {
    throw new GraphQLError(`Date must lie between ${DATE_INPUT_RANGE.min} and ${DATE_INPUT_RANGE.max}`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return date;
}

/** ISO-8601 calendar date. Kept as a 'YYYY-MM-DD' string end to end: no time zone can shift it. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'ISO-8601 calendar date, YYYY-MM-DD',
  serialize(value) {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    return parse(value);
  },
  parseValue: parseInput,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) {
      throw new GraphQLError('Date must be a string written YYYY-MM-DD', { extensions: { code: 'BAD_USER_INPUT' } });
    }
    return parseInput(ast.value);
  },
});
