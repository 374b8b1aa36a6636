/**
 * The search keys of a person's name, kept beside it: toneless pinyin (syllables separated by
 * spaces) and its initials, for Chinese names only (a Latin-script name is searched as written).
 */
import { pinyin } from 'pinyin-pro';

export interface NameSearchKeys {
  namePinyin: string | null;
  nameInitials: string | null;
}

/** The pinyin and initials of a name (null for a missing or non-Chinese name). */
export function nameSearchKeys(name: string | null): NameSearchKeys {
  const syllables = name && /\p{Script=Han}/u.test(name) ? pinyin(name.replace(/·/g, ''), { toneType: 'none', type: 'array' }) : null;
  return {
    namePinyin: syllables ? syllables.join(' ') : null,
    nameInitials: syllables ? syllables.map((s) => s[0]).join('') : null,
  };
}
