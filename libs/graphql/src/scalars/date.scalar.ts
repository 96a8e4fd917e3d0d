import { isCalendarDate } from '@igu/calendar';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

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
