/**
 * Synthetic Chinese names for the scale region: common surnames (and a few two-character ones)
 * with one- or two-character given names, drawn deterministically, each with its pinyin and
 * initials as civil affairs stores them. No name belongs to anyone in particular.
 */
import { namePinyin } from '@lifeline/demo-region';

const SURNAMES = [
  '王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '高', '林', '罗',
  '郑', '梁', '谢', '宋', '唐', '许', '韩', '冯', '邓', '曹', '彭', '曾', '肖', '田', '董', '袁', '潘', '于', '蒋', '蔡',
  '余', '杜', '叶', '程', '苏', '魏', '吕', '丁', '任', '沈', '姚', '卢', '姜', '崔', '钟', '谭', '陆', '汪', '范', '金',
  '石', '廖', '贾', '夏', '韦', '付', '方', '白', '邹', '孟', '熊', '秦', '邱', '江', '尹', '薛', '闫', '段', '雷', '侯',
  '龙', '史', '陶', '黎', '贺', '顾', '毛', '郝', '龚', '邵', '万', '钱', '严', '覃', '武', '戴', '莫', '孔', '向', '汤',
  '欧阳', '司马', '诸葛', '上官', '东方',
] as const;

const GIVEN = [
  '伟', '芳', '娜', '秀', '英', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '霞',
  '平', '刚', '桂', '兰', '华', '红', '建', '国', '文', '玉', '凤', '春', '梅', '林', '海', '宇', '鹏', '辉', '斌', '波',
  '婷', '雪', '琳', '晨', '浩', '欣', '悦', '嘉', '思', '雨', '子', '佳', '俊', '志', '成', '德', '荣', '福', '贵', '生',
  '永', '新', '东', '亮', '飞', '鑫', '瑶', '琴', '燕', '萍', '丹', '慧', '莉', '倩', '颖', '峰', '健', '彬', '博', '晓',
  '振', '宏', '立', '忠', '庆', '学', '兵', '武', '金', '银', '山', '水', '云', '松', '竹', '青', '安', '宁', '和', '顺',
] as const;

export interface ScaleName {
  name: string;
  pinyin: string;
  initials: string;
}

/** A pool of `size` distinct names (surname × one or two given characters), in a fixed order. */
export function scaleNamePool(size: number): ScaleName[] {
  const pool: ScaleName[] = [];
  const seen = new Set<string>();
  // A small linear congruential walk over (surname, given, given) triples: deterministic and spread.
  let state = 20261206;
  const next = (bound: number) => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state % bound;
  };
  const limit = SURNAMES.length * GIVEN.length * (GIVEN.length + 1);
  while (pool.length < Math.min(size, limit)) {
    const surname = SURNAMES[next(SURNAMES.length)]!;
    const first = GIVEN[next(GIVEN.length)]!;
    const second = next(10) < 3 ? '' : GIVEN[next(GIVEN.length)]!;
    const name = `${surname}${first}${second}`;
    if (seen.has(name)) continue;
    seen.add(name);
    const pinyin = namePinyin(name);
    pool.push({ name, pinyin, initials: pinyin.split(' ').map((syllable) => syllable[0]).join('') });
  }
  return pool;
}
