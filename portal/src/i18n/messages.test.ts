import en from '../../messages/en.json';
import zhCN from '../../messages/zh-CN.json';

/** Every key path of a message catalogue, e.g. `enums.Sex.MALE`. */
function keyPaths(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keyPaths(value as object, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe('the message catalogues', () => {
  it('translate exactly the same keys in Chinese and English', () => {
    expect(keyPaths(en).sort()).toEqual(keyPaths(zhCN).sort());
  });

  it('leave no message empty', () => {
    for (const catalogue of [zhCN, en]) {
      const flat = keyPaths(catalogue).map((path) => path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], catalogue));
      expect(flat.every((text) => typeof text === 'string' && text.trim().length > 0)).toBe(true);
    }
  });

  it('name the product in the header as the center knows it', () => {
    expect(zhCN.app.name).toBe('Lifeline 救助管理区域中心数据枢纽');
  });
});
