import { registerEnumType } from 'type-graphql';

export enum ProgressStatus {
  ACHIEVED = 'ACHIEVED',
  ON_TRACK = 'ON_TRACK',
  AT_RISK = 'AT_RISK',
  OFF_TRACK = 'OFF_TRACK',
  NO_DATA = 'NO_DATA',
}

registerEnumType(ProgressStatus, { name: 'ProgressStatus', description: 'How an indicator stands against its target; `IndicatorProgress.status` gives the rule.' });

export enum BaselineSource {
  PLAN = 'PLAN',
  PLAN_START = 'PLAN_START',
  FIRST_REPORT = 'FIRST_REPORT',
}

registerEnumType(BaselineSource, {
  name: 'BaselineSource',
  valuesConfig: {
    PLAN: { description: 'The plan states the baseline (e.g. "so với năm 2020").' },
    PLAN_START: { description: 'A count from the strategy\'s start: 0 at the end of 2020.' },
    FIRST_REPORT: { description: 'The first consolidated value.' },
  },
});
