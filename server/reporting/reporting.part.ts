import type { DomainPart } from '../graphql/domain-part';
import { ChangeRecord } from './audit/change-record.entity';
import { ReportingPeriod } from './periods/reporting-period.entity';
import { ReportingPeriodResolver } from './periods/reporting-period.resolver';
import { PeriodMutationResolver } from './periods/period-mutation.resolver';
import { catalogueHistoryResolver } from '../catalogue/catalogue-history.resolver';
import { IndicatorProgressResolver } from './progress/progress.resolver';
import { IndicatorRollupFieldResolver, IndicatorRollupResolver } from './rollup/rollup.resolver';
import { IndicatorValue } from './values/indicator-value.entity';
import { Obstacle } from './workflow/obstacle.entity';
import { ReportComment } from './workflow/report-comment.entity';
import { ReportMutationResolver } from './workflow/report-mutation.resolver';
import { Report } from './workflow/report.entity';
import {
  ChangeRecordResolver,
  IndicatorValueResolver,
  ObstacleResolver,
  ReportCommentResolver,
  ReportingPeriodReportsResolver,
  ReportResolver,
  ResponsibleBodyReportsResolver,
  TaskProgressResolver,
} from './workflow/report.resolver';
import { TaskProgress } from './workflow/task-progress.entity';
import { rollupSqlFields } from './rollup/rollup.sql-fields';
import { valueSqlFields } from './workflow/values.sql-fields';

export const reportingPart: DomainPart = {
  name: 'reporting',
  entities: [ReportingPeriod, Report, IndicatorValue, TaskProgress, Obstacle, ReportComment, ChangeRecord],
  resolvers: [
    ReportingPeriodResolver,
    ReportResolver,
    ReportMutationResolver,
    IndicatorValueResolver,
    IndicatorProgressResolver,
    ChangeRecordResolver,
    TaskProgressResolver,
    ObstacleResolver,
    ReportCommentResolver,
    ResponsibleBodyReportsResolver,
    ReportingPeriodReportsResolver,
    IndicatorRollupFieldResolver,
    IndicatorRollupResolver,
    PeriodMutationResolver,
    catalogueHistoryResolver(ReportingPeriod),
  ],
  // Reports and what hangs off them need a token.
  nodes: { open: [ReportingPeriod], protected: [Report, IndicatorValue, TaskProgress, Obstacle, ReportComment, ChangeRecord] },
  sqlFields: { ...rollupSqlFields, ...valueSqlFields },
};
