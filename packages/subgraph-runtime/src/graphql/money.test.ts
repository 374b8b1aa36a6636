import { intFen, MAX_INT_FEN, moneyResolvers, sumFen, yuan } from './money';

describe('amounts in fen', () => {
  it('read in yuan with two decimals, exact beyond 2^53', () => {
    expect(yuan(0n)).toBe('0.00');
    expect(yuan(5n)).toBe('0.05');
    expect(yuan(123_450n)).toBe('1234.50');
    expect(yuan(9_007_199_254_740_993n)).toBe('90071992547409.93');
    expect(yuan(-1_250n)).toBe('-12.50');
  });

  it('add up exactly', () => {
    expect(sumFen([9_007_199_254_740_993n, 2n])).toBe(9_007_199_254_740_995n);
    expect(sumFen([])).toBe(0n);
  });

  it('answer a deprecated Int field while they fit 32 bits, and an error naming the Money field beyond', () => {
    expect(intFen(MAX_INT_FEN, 'cap')).toBe(2_147_483_647);
    expect(() => intFen(MAX_INT_FEN + 1n, 'cap')).toThrow('read `cap` (Money) instead');
  });

  it('answer Money as a decimal string of fen, in CNY, with the yuan', () => {
    expect([moneyResolvers.amountFen(9_007_199_254_740_993n), moneyResolvers.currency(), moneyResolvers.yuan(9_007_199_254_740_993n)]).toEqual(['9007199254740993', 'CNY', '90071992547409.93']);
  });
});
