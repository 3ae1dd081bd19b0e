import { registerEnumType } from 'type-graphql';

export enum PeriodKind {
  HALF_YEAR = 'HALF_YEAR',
  YEAR = 'YEAR',
}

registerEnumType(PeriodKind, {
  name: 'PeriodKind',
  description: 'Section V.7: reports every 6 months and every year.',
  valuesConfig: {
    HALF_YEAR: { description: 'A half-year (6 tháng).' },
    YEAR: { description: 'A whole year (hằng năm).' },
  },
});

export enum ReportStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  RETURNED = 'RETURNED',
  ACCEPTED = 'ACCEPTED',
}

registerEnumType(ReportStatus, { name: 'ReportStatus', description: 'Where a report is in its review.' });

export enum Sex {
  FEMALE = 'FEMALE',
  MALE = 'MALE',
}

registerEnumType(Sex, { name: 'Sex' });
