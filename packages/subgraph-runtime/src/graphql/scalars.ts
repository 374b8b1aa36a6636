/**
 * The scalars every subgraph shares: `DateTime` (an instant, ISO 8601 in UTC) and `Date`
 * (a calendar date, YYYY-MM-DD). Bad literals are refused with BAD_USER_INPUT.
 */
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { errorCode } from './error-codes';

const badInput = (message: string) => new GraphQLError(message, { extensions: { code: errorCode('BAD_USER_INPUT') } });
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseInstant(value: unknown): Date {
  if (typeof value !== 'string' || !ISO_INSTANT.test(value)) throw badInput('DateTime must be an ISO 8601 instant with a time zone, e.g. 2026-11-29T08:30:00Z');
  // JavaScript's Date rolls 30 February over into March and 24:00 into the next day: refuse both.
  const [, hours, minutes, seconds] = (/T(\d{2}):(\d{2})(?::(\d{2}))?/.exec(value) ?? []).map(Number) as [number, number, number, number];
  const zone = /([+-])(\d{2}):(\d{2})$/.exec(value);
  const zoneValid = !zone || (Number(zone[2]) <= 14 && Number(zone[3]) < 60);
  if (!isCalendarDate(value.slice(0, 10)) || hours > 23 || minutes > 59 || seconds > 59 || !zoneValid) throw badInput('DateTime is not a real instant');
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw badInput('DateTime is not a real instant');
  return date;
}

/** True when `value` is a real calendar date written YYYY-MM-DD. */
export function isCalendarDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'An instant in time, as an ISO 8601 string in UTC.',
  serialize(value) {
    const date = value instanceof Date ? value : new Date(value as string);
    if (Number.isNaN(date.getTime())) throw new GraphQLError('DateTime cannot represent an invalid date');
    return date.toISOString();
  },
  parseValue: parseInstant,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw badInput('DateTime must be a string');
    return parseInstant(ast.value);
  },
});

export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date, as YYYY-MM-DD.',
  serialize(value) {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    if (typeof value === 'string' && isCalendarDate(value.slice(0, 10))) return value.slice(0, 10);
    throw new GraphQLError('Date cannot represent this value');
  },
  parseValue(value) {
    if (typeof value !== 'string' || !isCalendarDate(value)) throw badInput('Date must be a real calendar date written YYYY-MM-DD');
    return value;
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING || !isCalendarDate(ast.value)) throw badInput('Date must be a real calendar date written YYYY-MM-DD');
    return ast.value;
  },
});
