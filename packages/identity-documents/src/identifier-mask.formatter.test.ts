import { maskIdentifier, maskPhone } from './identifier-mask.formatter';

describe('maskIdentifier', () => {
  it('keeps the first 4 and last 4 characters of an ID number', () => {
    expect(maskIdentifier('11010519491231002X')).toBe('1101**********002X');
  });

  it('masks at least half of a shorter value', () => {
    expect(maskIdentifier('E12345678')).toBe('E1*****78');
    expect(maskIdentifier('ABCD')).toBe('A**D');
  });

  it('masks very short values entirely', () => {
    expect(maskIdentifier('AB1')).toBe('***');
    expect(maskIdentifier('')).toBe('');
  });

  it('counts code points, not UTF-16 units', () => {
    expect(maskIdentifier('𠀀𠀁𠀂𠀃𠀄𠀅𠀆𠀇')).toBe('𠀀𠀁****𠀆𠀇');
  });
});

describe('maskPhone', () => {
  it('keeps the first 3 and last 4 digits of a mobile number', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('138 1234 5678')).toBe('138****5678');
  });

  it('masks the middle of an international number', () => {
    expect(maskPhone('+442071234567')).toBe('+44******4567');
  });

  it('masks a short number like any identifier', () => {
    expect(maskPhone('12345')).toBe('1***5');
  });
});
