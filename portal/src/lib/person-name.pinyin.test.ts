import { tonedPinyin } from './person-name.pinyin';

describe('pinyin shown under a name', () => {
  it('reads a Chinese name with tone marks', () => {
    expect(tonedPinyin('张三')).toBe('zhāng sān');
  });

  it('keeps the middle dot of a transcribed name', () => {
    expect(tonedPinyin('买买提·艾力')).toBe('mǎi mǎi tí · ài lì');
  });

  it('has nothing to say for a name without Han characters, or no name', () => {
    expect(tonedPinyin('Javier Torp')).toBeUndefined();
    expect(tonedPinyin(null)).toBeUndefined();
    expect(tonedPinyin('')).toBeUndefined();
  });
});
