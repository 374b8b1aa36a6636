/**
 * Amounts in whole fen, exact at any size: stored as `bigint` columns, held as JS `bigint`, answered
 * as `Money` (a decimal string) and, for clients of the deprecated `…Fen: Int` fields, as a 32-bit
 * Int only while it fits: a larger amount is an error there, never a wrapped or rounded number.
 * One definition for every subgraph that answers amounts (foreign affairs, civil affairs' escorts).
 */
import { errorCode } from './error-codes';
import { GraphQLError } from 'graphql';

/** An amount in whole fen (1/100 CNY). */
export type Fen = bigint;

/** The largest amount a GraphQL Int (32-bit signed) holds: ¥21,474,836.47. */
export const MAX_INT_FEN = 2_147_483_647n;

/** The amount in yuan with two decimals, exact (`123450n` → `"1234.50"`). */
export function yuan(fen: Fen): string {
  const sign = fen < 0n ? '-' : '';
  const whole = fen < 0n ? -fen : fen;
  return `${sign}${whole / 100n}.${(whole % 100n).toString().padStart(2, '0')}`;
}

/** The sum of `amounts`, exact. */
export function sumFen(amounts: Iterable<Fen>): Fen {
  let total = 0n;
  for (const amount of amounts) total += amount;
  return total;
}

/**
 * The amount for a deprecated `…Fen: Int` field: the number while it fits a 32-bit Int, else an
 * error naming the Money field to read instead (graphql-js would refuse it as an internal error).
 */
export function intFen(fen: Fen, moneyField: string): number {
  if (fen > MAX_INT_FEN || fen < -MAX_INT_FEN - 1n) {
    throw new GraphQLError(`The amount is above ¥21,474,836.47, more than a 32-bit Int holds: read \`${moneyField}\` (Money) instead.`, {
      extensions: { code: errorCode('VALUE_OUT_OF_RANGE') },
    });
  }
  return Number(fen);
}

/** The `Money` value type's resolvers, over an amount's whole fen: exact however large. */
export const moneyResolvers = {
  amountFen: (fen: Fen) => fen.toString(),
  currency: () => 'CNY' as const,
  yuan: (fen: Fen) => yuan(fen),
};
