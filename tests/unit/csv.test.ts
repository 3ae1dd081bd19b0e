import { parseCsv } from '../../server/seed/csv';
import { csvLine } from '../../server/analytics/export/csv-writer';

test('quoted fields keep their commas and doubled quotes', () => {
  const text = 'code,legal_basis,name\r\n058,"892/NQ-UBTVQH13: thành lập các phường Xuất Hóa, Huyền Tụng",Thành phố Bắc Kạn\n01,"say ""hi""",\n';
  expect(parseCsv(text)).toEqual([
    { code: '058', legal_basis: '892/NQ-UBTVQH13: thành lập các phường Xuất Hóa, Huyền Tụng', name: 'Thành phố Bắc Kạn' },
    { code: '01', legal_basis: 'say "hi"', name: '' },
  ]);
});

test('codes keep their leading zeros', () => {
  expect(parseCsv('code\n06\n')).toEqual([{ code: '06' }]);
});

test('what the exports write reads back as it was: commas, quotes and line breaks quoted (RFC 4180)', () => {
  const rows = [
    ['code', 'legal_basis', 'name'],
    ['058', '892/NQ-UBTVQH13: thành lập các phường Xuất Hóa, Huyền Tụng', 'Thành phố "Bắc Kạn"'],
    ['01', 'line one\nline two', ''],
  ];
  const text = rows.map((row) => csvLine(row)).join('');
  expect(text).toContain('"892/NQ-UBTVQH13: thành lập các phường Xuất Hóa, Huyền Tụng"');
  expect(text).toContain('"Thành phố ""Bắc Kạn"""');
  expect(parseCsv(text)).toEqual([
    { code: '058', legal_basis: rows[1][1], name: rows[1][2] },
    { code: '01', legal_basis: 'line one\nline two', name: '' },
  ]);
});

test('an empty value is an empty field; numbers and booleans as they print', () => {
  expect(csvLine([null, undefined, 46.6667, false, '0'])).toBe(',,46.6667,false,0\r\n');
});
