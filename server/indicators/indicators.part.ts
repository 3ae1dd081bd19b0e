import type { DomainPart } from '../graphql/domain-part';
import { Indicator } from './indicator.entity';
import { IndicatorMutationResolver } from './indicator-mutation.resolver';
import { catalogueHistoryResolver } from '../catalogue/catalogue-history.resolver';
import { IndicatorResolver, TargetResolver, TargetRevisionResolver } from './indicator.resolver';
import { Target } from './target.entity';
import { TargetRevision } from './target-revision.entity';
import { indicatorSqlFields } from './indicator.sql-fields';

export const indicatorsPart: DomainPart = {
  name: 'indicators',
  entities: [Indicator, Target, TargetRevision],
  resolvers: [IndicatorResolver, TargetResolver, TargetRevisionResolver, IndicatorMutationResolver, catalogueHistoryResolver(Indicator), catalogueHistoryResolver(Target)],
  nodes: { open: [Indicator, Target] },
  sqlFields: indicatorSqlFields,
};
