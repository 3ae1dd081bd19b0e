import { PeriodKind } from '../reporting.enums';

export interface PeriodDefinition {
  code: string;
  name: string;
  kind: PeriodKind;
  year: number;
  half: number | null;
  startDate: string;
  endDate: string;
  dueDate: string;
  position: number;
}

/**
 * Decree 09/2019/NĐ-CP cut-off windows: H1 runs from 15 December of the
 * previous year to 14 June, H2 from 15 June to 14 December, the year from
 * 15 December to 14 December. Reports are due at Ban Dân tộc tỉnh on the 20th
 * of the period's last month, so that the province meets its own deadline of
 * the 25th.
 */
export function reportingPeriodsFor(year: number): PeriodDefinition[] {
  const previousDecember15 = `${year - 1}-12-15`;
  return [
    {
      code: `${year}-H1`,
      name: `6 tháng đầu năm ${year}`,
      kind: PeriodKind.HALF_YEAR,
      year,
      half: 1,
      startDate: previousDecember15,
      endDate: `${year}-06-14`,
      dueDate: `${year}-06-20`,
      position: year * 10 + 1,
    },
    {
      code: `${year}-H2`,
      name: `6 tháng cuối năm ${year}`,
      kind: PeriodKind.HALF_YEAR,
      year,
      half: 2,
      startDate: `${year}-06-15`,
      endDate: `${year}-12-14`,
      dueDate: `${year}-12-20`,
      position: year * 10 + 2,
    },
    {
      code: `${year}`,
      name: `Năm ${year}`,
      kind: PeriodKind.YEAR,
      year,
      half: null,
      startDate: previousDecember15,
      endDate: `${year}-12-14`,
      dueDate: `${year}-12-20`,
      position: year * 10 + 3,
    },
  ];
}

export function reportingPeriodsBetween(firstYear: number, lastYear: number): PeriodDefinition[] {
  const periods: PeriodDefinition[] = [];
  for (let year = firstYear; year <= lastYear; year++) periods.push(...reportingPeriodsFor(year));
  return periods;
}
