import { registerEnumType } from 'type-graphql';

export enum ProgressStatus {
  ACHIEVED = 'ACHIEVED',
  ON_TRACK = 'ON_TRACK',
  AT_RISK = 'AT_RISK',
  OFF_TRACK = 'OFF_TRACK',
  NO_DATA = 'NO_DATA',
}

registerEnumType(ProgressStatus, {
  name: 'ProgressStatus',
  description: 'How an indicator stands against its target; `IndicatorProgress.status` gives the rule.',
  valuesConfig: {
    ACHIEVED: { description: 'The latest value meets the target\'s comparator.' },
    ON_TRACK: { description: 'On the straight line from baseline to target, or beyond it.' },
    AT_RISK: { description: 'Behind the line by at most 10 % of the whole distance from baseline to target.' },
    OFF_TRACK: { description: 'Further behind the line, or the target year\'s own figure misses the target.' },
    NO_DATA: { description: 'Nothing to judge by: no value yet, no target for this unit, or a single value with no baseline in the plan.' },
  },
});

export enum BaselineSource {
  PLAN = 'PLAN',
  PLAN_START = 'PLAN_START',
  FIRST_REPORT = 'FIRST_REPORT',
}

registerEnumType(BaselineSource, {
  name: 'BaselineSource',
  description: 'Where the baseline of a progress line comes from.',
  valuesConfig: {
    PLAN: { description: 'The plan states the baseline (e.g. "so với năm 2020").' },
    PLAN_START: { description: 'A count from the strategy\'s start: 0 at the end of 2020.' },
    FIRST_REPORT: { description: 'The first consolidated value.' },
  },
});
