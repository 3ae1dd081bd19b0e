import type { DomainPart } from '../graphql/domain-part';
import { Indicator } from './indicator.entity';
import { IndicatorResolver, TargetResolver } from './indicator.resolver';
import { Target } from './target.entity';

export const indicatorsPart: DomainPart = {
  name: 'indicators',
  entities: [Indicator, Target],
  resolvers: [IndicatorResolver, TargetResolver],
  nodes: { open: [Indicator, Target] },
};
