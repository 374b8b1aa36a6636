/**
 * Pinyin with tone marks for showing under a Chinese name, so staff who search by pinyin can see
 * how a name reads. Non-Han parts (the `·` of 买买提·艾力, Latin letters) are kept as written.
 */
import { pinyin } from 'pinyin-pro';

const HAN = /\p{Script=Han}/u;

/** `张三` → `zhāng sān`; `undefined` when the name has no Han characters to read. */
export function tonedPinyin(name: string | null | undefined): string | undefined {
  if (!name || !HAN.test(name)) return undefined;
  return pinyin(name, { toneType: 'symbol', type: 'string', nonZh: 'consecutive' })
    .replace(/\s*·\s*/g, ' · ')
    .replace(/\s+/g, ' ')
    .trim();
}
