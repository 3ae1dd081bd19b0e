import { parseCsv } from '../../server/seed/csv';

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
