import { registerEnumType } from 'type-graphql';

export enum MeasureKind {
  PERCENT = 'PERCENT',
  COUNT = 'COUNT',
  MULTIPLE_OF_BASELINE = 'MULTIPLE_OF_BASELINE',
  ANNUAL_CHANGE = 'ANNUAL_CHANGE',
  RATIO_TO_NATIONAL = 'RATIO_TO_NATIONAL',
  LEVEL = 'LEVEL',
}

registerEnumType(MeasureKind, {
  name: 'MeasureKind',
  description: 'What kind of number an indicator is (DOMAIN: kinds of target in the plan).',
  valuesConfig: {
    PERCENT: { description: 'A share: numerator / denominator x 100 (units, households or people).' },
    COUNT: { description: 'A count to reach, cumulative from the plan\'s start (e.g. households supported).' },
    MULTIPLE_OF_BASELINE: { description: 'Value divided by a baseline year\'s value (e.g. income 2x that of 2020).' },
    ANNUAL_CHANGE: { description: 'Change per year, in percentage points or percent per year.' },
    RATIO_TO_NATIONAL: { description: 'Ratio of a provincial figure to the national average (e.g. at least 1/2).' },
    LEVEL: { description: 'An index or level reported at province level (HDI, life expectancy, growth rate).' },
  },
});

export enum Aggregation {
  SUM = 'SUM',
  RATIO = 'RATIO',
  NONE = 'NONE',
}

registerEnumType(Aggregation, {
  name: 'Aggregation',
  description: 'How district values roll up to the province.',
  valuesConfig: {
    SUM: { description: 'Counts add up.' },
    RATIO: { description: 'Sum of numerators over sum of denominators; never an average of percentages.' },
    NONE: { description: 'Does not add up: the province reports it itself (indices, levels, growth rates).' },
  },
});

export enum Disaggregation {
  SEX = 'SEX',
  ETHNIC_GROUP = 'ETHNIC_GROUP',
  AGE_GROUP = 'AGE_GROUP',
}

registerEnumType(Disaggregation, {
  name: 'Disaggregation',
  description: 'A breakdown an indicator is defined on (e.g. the female share of trained workers is by SEX).',
  valuesConfig: {
    SEX: { description: 'By sex, e.g. the share of women among trained workers.' },
    ETHNIC_GROUP: { description: 'By ethnic group (Tày, Kinh, Dao, Nùng, H\'Mông, Hoa, Sán Chay and others).' },
    AGE_GROUP: { description: 'By age group (e.g. under 5, 15-60, working age).' },
  },
});

export enum Comparator {
  GT = 'GT',
  GTE = 'GTE',
  LT = 'LT',
  LTE = 'LTE',
  EQ = 'EQ',
  BETWEEN = 'BETWEEN',
  MAINTAIN = 'MAINTAIN',
}

registerEnumType(Comparator, {
  name: 'Comparator',
  description: 'How a target compares, as the plan words it.',
  valuesConfig: {
    GT: { description: '"trên": more than `value`.' },
    GTE: { description: '"ít nhất", "tối thiểu", "trở lên", or a bare level to reach: at least `value`.' },
    LT: { description: '"dưới", "xuống dưới": below `value`.' },
    LTE: { description: 'At most `value`.' },
    EQ: { description: 'Exactly `value`.' },
    BETWEEN: { description: '"từ X đến Y", "X-Y": from `value` to `valueMax`, inclusive.' },
    MAINTAIN: { description: '"duy trì": keep at `value` (or above) throughout.' },
  },
});
