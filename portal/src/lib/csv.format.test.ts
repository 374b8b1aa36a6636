import { csvCell, csvFile } from './csv.format';

describe('CSV for spreadsheets', () => {
  it('quotes every cell, doubles quotes and keeps line breaks inside a cell', () => {
    expect(csvCell('王"小"明')).toBe('"王""小""明"');
    expect(csvCell('一行\n两行')).toBe('"一行\n两行"');
    expect(csvCell(null)).toBe('""');
    expect(csvCell(12)).toBe('"12"');
  });

  it('never lets a cell start a formula', () => {
    for (const attack of ['=HYPERLINK("http://evil")', '+1', '-2+3', '@SUM(A1)', '\t=1']) expect(csvCell(attack).startsWith(`"'`)).toBe(true);
  });

  it('starts with a byte-order mark and ends every row with CRLF', () => {
    expect(csvFile(['姓名', '状态'], [['甲', '待核查']])).toBe('\uFEFF"姓名","状态"\r\n"甲","待核查"\r\n');
  });
});
