import { reportingPeriodsBetween, reportingPeriodsFor } from '../../server/reporting/periods/reporting-periods';

test('Decree 09 windows: H1 from 15 Dec of the year before to 14 Jun, H2 to 14 Dec, due on the 20th', () => {
  expect(reportingPeriodsFor(2022).map(({ code, startDate, endDate, dueDate }) => [code, startDate, endDate, dueDate])).toEqual([
    ['2022-H1', '2021-12-15', '2022-06-14', '2022-06-20'],
    ['2022-H2', '2022-06-15', '2022-12-14', '2022-12-20'],
    ['2022', '2021-12-15', '2022-12-14', '2022-12-20'],
  ]);
});

test('half-years and years from 2022 to 2030 are 27 periods in time order', () => {
  const periods = reportingPeriodsBetween(2022, 2030);
  expect(periods).toHaveLength(27);
  expect(periods.map((p) => p.position)).toEqual([...periods.map((p) => p.position)].sort((a, b) => a - b));
  expect(periods[periods.length - 1]).toMatchObject({ code: '2030', name: 'Năm 2030', kind: 'YEAR', half: null });
});
