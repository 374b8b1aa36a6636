/**
 * Draws each planned person: sex, age, a Chinese name with its pinyin (or an English name,
 * nationality and passport for foreign nationals), a valid resident ID number from a demo
 * division, phone, dialect region and the features staff note for family tracing. For a person
 * unidentified at intake, the "true" identity is drawn too but kept aside: it only becomes the
 * record when a police identity check matches it.
 */
import { residentIdCheckCharacter } from '@lifeline/identity-documents';
import { pinyin } from 'pinyin-pro';
import type { DemoDivision, DemoPerson, PersonCategory, Sex } from './demo-region.types';
import type { GenerationContext } from './generation.context';
import type { PersonPlan } from './region.plan';

/** A person with what the generators after this one need to know about them. */
export interface PersonDraft {
  plan: PersonPlan;
  /** The record as it will be published (updated when an identity check matches). */
  person: DemoPerson;
  /** Age in years at `now`. */
  age: number;
  /** Age as staff judge it (the estimate's midpoint when unidentified). */
  apparentAge: number;
  disabled: boolean;
  /** Who the person really is (Chinese persons): revealed by a MATCHED identity check. */
  truth: {
    sex: 'MALE' | 'FEMALE';
    name: string;
    namePinyin: string | null;
    birthDate: string;
    idNumber: string | null;
    /** 户籍地 for Chinese persons, such as `江临市青石县白马镇`. */
    householdRegistration: string | null;
  };
}

const DIALECT_REGIONS = [
  '西南官话·川渝', '西南官话·云贵', '西南官话·湖北', '中原官话·河南', '冀鲁官话·山东', '东北官话',
  '江淮官话·皖北', '湘语·长益', '赣语·南昌', '吴语·太湖', '闽南语', '粤语·广府', '客家话·梅州',
  '晋语·并州', '兰银官话·甘宁',
] as const;

/** Persons whose names exercise rare CJK characters and the middle dot. */
const SPECIAL_NAMES: Array<{ name: string; sex: 'MALE' | 'FEMALE'; dialect: string | null }> = [
  { name: '买买提·艾力', sex: 'MALE', dialect: '维吾尔语' },
  { name: '阿依古丽·吐尔逊', sex: 'FEMALE', dialect: '维吾尔语' },
  { name: '刘䶮', sex: 'MALE', dialect: null },
  { name: '周𬭎', sex: 'MALE', dialect: null },
  { name: '杨𬱟', sex: 'FEMALE', dialect: null },
];

const FOREIGN_NATIONALITIES = ['VNM', 'MMR', 'LAO', 'RUS', 'KOR', 'NGA', 'PAK', 'MNG', 'USA', 'GBR', 'DEU', 'KAZ'] as const;
const MOBILE_PREFIXES = ['134', '135', '136', '138', '139', '150', '152', '158', '177', '181', '186', '189', '199'] as const;

const AGE_RANGES: Record<PersonCategory, [number, number]> = {
  ROUGH_SLEEPER: [22, 78],
  STRANDED: [18, 72],
  UNIDENTIFIED_PATIENT: [28, 82],
  MINOR: [8, 17],
  DV_VICTIM: [22, 58],
  TRAFFICKING_VICTIM: [18, 36],
  FOREIGN_NATIONAL: [20, 62],
};

const MALE_SHARE: Record<PersonCategory, number> = {
  ROUGH_SLEEPER: 0.8,
  STRANDED: 0.55,
  UNIDENTIFIED_PATIENT: 0.65,
  MINOR: 0.6,
  DV_VICTIM: 0,
  TRAFFICKING_VICTIM: 0,
  FOREIGN_NATIONAL: 0.7,
};

/** Pinyin of a Chinese name: lowercase, toneless, one space between syllables (the `·` dropped). */
export function namePinyin(name: string): string {
  return pinyin(name, { toneType: 'none', type: 'array', surname: 'head' })
    .map((syllable) => syllable.toLowerCase())
    .filter((syllable) => /^[a-zü]+$/.test(syllable))
    .join(' ');
}

/** `YYYY-MM-DD` of an instant, as the calendar date in China (UTC+8). */
export function chinaDate(instant: Date): string {
  return new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

function drawFeatures(ctx: GenerationContext, sex: Sex, disabled: boolean): string {
  const height = sex === 'FEMALE' ? ctx.int(148, 168) : ctx.int(158, 182);
  const hair =
    sex === 'FEMALE'
      ? ctx.pick(['长发扎马尾', '齐肩短发', '短卷发', '长发花白', '头发凌乱打结'])
      : ctx.pick(['寸头', '短发花白', '头发稀疏', '光头', '头发较长且凌乱']);
  const marks = ctx.pick([
    '左眉上方有约2厘米疤痕', '右手背有青色纹身', '左耳垂有黑痣', '门牙缺失', '颈部有陈旧烫伤疤痕',
    '右手缺小指', '左脸颊有胎记', '戴黑框眼镜', '无明显体表特征',
  ]);
  const colour = (): string => ctx.pick(['黑色', '深蓝色', '灰色', '军绿色', '红色', '棕色', '白色']);
  const top = ctx.pick(['羽绒服', '棉袄', '夹克', '毛衣', '运动外套', '格子衬衫']);
  const bottom = ctx.pick(['运动裤', '牛仔裤', '棉裤', '西裤']);
  const shoes = ctx.pick(['运动鞋', '解放鞋', '棉拖鞋', '皮鞋', '布鞋']);
  const parts = [
    `身高约${height}厘米`,
    ctx.pick(['体型偏瘦', '体型中等', '体型偏胖']),
    hair,
    marks,
    `身穿${colour()}${top}、${colour()}${bottom}、${shoes}`,
  ];
  if (disabled) parts.splice(3, 0, ctx.pick(['左腿残疾，行走需拄拐', '智力残疾，言语表达不清', '右臂活动受限']));
  return `${parts.join('，')}。`;
}

function drawPassport(ctx: GenerationContext, nationality: string): string {
  const digits = (count: number): string => Array.from({ length: count }, () => String(ctx.int(0, 9))).join('');
  switch (nationality) {
    case 'VNM': return `C${digits(7)}`;
    case 'KOR': return `M${digits(8)}`;
    case 'MMR': return `MD${digits(6)}`;
    case 'LAO': return `P${digits(7)}`;
    case 'NGA': return `A${digits(8)}`;
    case 'PAK': return `${ctx.pick(['AB', 'BC', 'CK'])}${digits(7)}`;
    case 'MNG': return `E${digits(7)}`;
    case 'KAZ': return `N${digits(8)}`;
    case 'DEU': return `C${ctx.pick(['F', 'G', 'H', 'J', 'K'])}${digits(7)}`;
    case 'HKG': return `K${digits(8)}`;
    default: return digits(9);
  }
}

/**
 * Draws every planned person. ID numbers and passport numbers are unique across the region;
 * an ID number's area code is one of the demo divisions, its birth date is the person's and its
 * sequence parity matches the person's sex.
 */
export function generatePersons(
  ctx: GenerationContext,
  plans: PersonPlan[],
  divisions: DemoDivision[],
  townshipNames: Map<string, string[]>,
): PersonDraft[] {
  const usedIdNumbers = new Set<string>();
  const usedPassports = new Set<string>();
  const specialNames = [...SPECIAL_NAMES];
  const nationalities = ctx.shuffle(FOREIGN_NATIONALITIES);
  let foreignIndex = 0;

  const drawIdNumber = (sex: 'MALE' | 'FEMALE', birthDate: string): { idNumber: string; household: string } => {
    for (;;) {
      const division = ctx.pick(divisions);
      const sequence = ctx.int(0, 499) * 2 + (sex === 'MALE' ? 1 : 0) || 2;
      const first17 = `${division.code}${birthDate.replace(/-/g, '')}${String(sequence).padStart(3, '0')}`;
      const idNumber = first17 + residentIdCheckCharacter(first17);
      if (usedIdNumbers.has(idNumber)) continue;
      usedIdNumbers.add(idNumber);
      const town = ctx.pick(townshipNames.get(division.code) ?? ['']);
      return { idNumber, household: `江临市${division.name}${town}` };
    }
  };

  const drawChineseName = (sex: 'MALE' | 'FEMALE', allowSpecial: boolean): { name: string; dialect: string | null } => {
    const special = allowSpecial ? specialNames.findIndex((candidate) => candidate.sex === sex) : -1;
    if (special >= 0) {
      const [chosen] = specialNames.splice(special, 1);
      return { name: chosen!.name, dialect: chosen!.dialect };
    }
    return {
      name: ctx.zh.person.lastName() + ctx.zh.person.firstName(sex === 'MALE' ? 'male' : 'female'),
      dialect: null,
    };
  };

  return plans.map((plan) => {
    const { category, origin } = plan;
    const trueSex: 'MALE' | 'FEMALE' = ctx.chance(MALE_SHARE[category]) ? 'MALE' : 'FEMALE';
    const [minAge, maxAge] = AGE_RANGES[category];
    // Two draws averaged: ages cluster in the middle of the range, as they do in the stations.
    const age = Math.round((ctx.int(minAge, maxAge) + ctx.int(minAge, maxAge)) / 2);
    const birthInstant = new Date(ctx.now.getTime() - (age * 365.25 + ctx.int(1, 360)) * 86_400_000);
    const birthDate = chinaDate(birthInstant);
    const disabled =
      (category === 'ROUGH_SLEEPER' || category === 'UNIDENTIFIED_PATIENT') && ctx.chance(0.1);
    const foreign = category === 'FOREIGN_NATIONAL';

    let name: string;
    let pinyinOfName: string | null;
    let idNumber: string | null = null;
    let household: string | null = null;
    let dialect: string | null = null;
    let nationality: string | null = null;
    let passportNumber: string | null = null;
    if (foreign) {
      name = `${ctx.en.person.firstName(trueSex === 'MALE' ? 'male' : 'female')} ${ctx.en.person.lastName()}`;
      pinyinOfName = null;
      nationality =
        plan.foreign?.office === 'HK_MACAO_TAIWAN_AFFAIRS_OFFICE'
          ? 'HKG'
          : nationalities[foreignIndex++ % nationalities.length]!;
      do {
        passportNumber = drawPassport(ctx, nationality);
      } while (usedPassports.has(passportNumber));
      usedPassports.add(passportNumber);
    } else {
      const drawn = drawChineseName(trueSex, origin !== 'UNIDENTIFIED' && category !== 'MINOR');
      name = drawn.name;
      pinyinOfName = namePinyin(name);
      dialect = drawn.dialect;
      ({ idNumber, household } = drawIdNumber(trueSex, birthDate));
    }
    if (dialect === null && !foreign && (origin !== 'VERIFIED' || ctx.chance(0.15))) {
      dialect = ctx.chance(0.9) ? ctx.pick(DIALECT_REGIONS) : null;
    }

    const unidentified = origin === 'UNIDENTIFIED';
    // A handful of unconscious or badly injured patients whose sex staff could not record.
    const sex: Sex = category === 'UNIDENTIFIED_PATIENT' && ctx.chance(0.06) ? 'UNKNOWN' : trueSex;
    const spreadBelow = ctx.int(2, 6);
    const spreadAbove = ctx.int(2, 6);
    const estimatedAgeMin = unidentified ? Math.max(category === 'MINOR' ? 5 : 16, age - spreadBelow) : null;
    const estimatedAgeMax = unidentified ? age + spreadAbove : null;
    const hasFeatures =
      unidentified ||
      category === 'UNIDENTIFIED_PATIENT' ||
      (category === 'ROUGH_SLEEPER' && ctx.chance(0.4)) ||
      (category === 'MINOR' && ctx.chance(0.5)) ||
      disabled;
    const hasPhone =
      !unidentified &&
      !foreign &&
      ctx.chance(
        category === 'STRANDED' ? 0.8 : category === 'DV_VICTIM' ? 0.9 : category === 'MINOR' ? 0.2 : 0.3,
      );

    const person: DemoPerson = {
      id: ctx.nextId('person'),
      category,
      name: unidentified ? null : name,
      namePinyin: unidentified ? null : pinyinOfName,
      sex,
      birthDate: unidentified ? null : birthDate,
      estimatedAgeMin,
      estimatedAgeMax,
      idNumber: unidentified ? null : idNumber,
      phone: hasPhone ? `${ctx.pick(MOBILE_PREFIXES)}${String(ctx.int(0, 99_999_999)).padStart(8, '0')}` : null,
      dialectRegion: dialect,
      features: hasFeatures ? drawFeatures(ctx, sex, disabled) : null,
      identityStatus: origin,
      createdAt: ctx.now,
      nationality,
      passportNumber,
    };
    return {
      plan,
      person,
      age,
      apparentAge: estimatedAgeMin !== null && estimatedAgeMax !== null ? Math.round((estimatedAgeMin + estimatedAgeMax) / 2) : age,
      disabled,
      truth: { sex: trueSex, name, namePinyin: pinyinOfName, birthDate, idNumber, householdRegistration: household },
    };
  });
}

/**
 * Makes a person's record show the identity a MATCHED check confirmed: name, pinyin, birth
 * date, ID number and sex become the true ones and the estimates are dropped.
 */
export function revealIdentity(draft: PersonDraft): void {
  const { person, truth } = draft;
  person.identityStatus = 'VERIFIED';
  person.name = truth.name;
  person.namePinyin = truth.namePinyin;
  person.birthDate = truth.birthDate;
  person.idNumber = truth.idNumber;
  person.sex = truth.sex;
  person.estimatedAgeMin = null;
  person.estimatedAgeMax = null;
}
