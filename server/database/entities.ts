import { ApiToken } from '../access/api-token.entity';
import { User } from '../access/user.entity';
import { Assignment } from '../bodies/assignment.entity';
import { ResponsibleBody } from '../bodies/responsible-body.entity';
import { RateLimitBucket } from '../graphql/limits/rate-limit-bucket.entity';
import { IdempotencyKey } from '../graphql/mutations/idempotency-key.entity';
import { Node } from '../graphql/relay/node';
import { Indicator } from '../indicators/indicator.entity';
import { Target } from '../indicators/target.entity';
import { Objective } from '../plan/objective.entity';
import { Plan } from '../plan/plan.entity';
import { ChangeRecord } from '../reporting/change-record.entity';
import { IndicatorValue } from '../reporting/indicator-value.entity';
import { Obstacle } from '../reporting/obstacle.entity';
import { ReportComment } from '../reporting/report-comment.entity';
import { Report } from '../reporting/report.entity';
import { ReportingPeriod } from '../reporting/reporting-period.entity';
import { TaskProgress } from '../reporting/task-progress.entity';
import { TaskIndicator } from '../tasks/task-indicator.entity';
import { Task } from '../tasks/task.entity';
import { AdministrativeUnit } from '../territory/administrative-unit.entity';

/** Every entity, listed rather than discovered, so the same list works from ts-jest, tsc output and scripts. */
export const ENTITIES = [
  Node,
  Plan,
  Objective,
  Indicator,
  Target,
  Task,
  TaskIndicator,
  ResponsibleBody,
  Assignment,
  AdministrativeUnit,
  ReportingPeriod,
  Report,
  IndicatorValue,
  TaskProgress,
  Obstacle,
  ReportComment,
  ChangeRecord,
  User,
  ApiToken,
  IdempotencyKey,
  RateLimitBucket,
];
