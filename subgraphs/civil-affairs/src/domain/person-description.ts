/**
 * How a person is named on screen when the name is unknown: sex and estimated age, in Chinese,
 * the way stations write it (无名氏).
 */
import { type Sex } from './vocabulary';

const SEX_LABEL: Record<Sex, string> = { MALE: '男', FEMALE: '女', UNKNOWN: '性别不详' };

/** The display name: the recorded name, or `无名氏(男,约55-65岁)`. */
export function displayName(person: { name: string | null; sex: Sex; estimatedAgeMin: number | null; estimatedAgeMax: number | null }): string {
  if (person.name) return person.name;
  const { estimatedAgeMin: min, estimatedAgeMax: max } = person;
  const age = min != null && max != null ? (min === max ? `约${min}岁` : `约${min}-${max}岁`) : min != null ? `${min}岁以上` : '年龄不详';
  return `无名氏(${SEX_LABEL[person.sex]},${age})`;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days from intake to exit (or to `now` while the case is open). */
export function stayDays(intakeAt: Date, exitAt: Date | null, now: Date = new Date()): number {
  return Math.max(0, Math.floor(((exitAt ?? now).getTime() - intakeAt.getTime()) / DAY_MS));
}
