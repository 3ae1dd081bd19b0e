import 'reflect-metadata';
import { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { Assignment } from '../bodies/assignment.entity';
import { ResponsibleBody } from '../bodies/responsible-body.entity';
import { AssignmentResolver, ResponsibleBodyResolver } from '../bodies/responsible-body.resolver';
import { Indicator } from '../indicators/indicator.entity';
import { IndicatorResolver, TargetResolver } from '../indicators/indicator.resolver';
import { Target } from '../indicators/target.entity';
import { Objective } from '../plan/objective.entity';
import { Plan } from '../plan/plan.entity';
import { ObjectiveResolver, PlanResolver } from '../plan/plan.resolver';
import { UserResolver } from '../access/access.resolver';
import { assertMaySeeToken, assertMaySeeUser, authChecker } from '../access/auth-checker';
import { ApiToken } from '../access/api-token.entity';
import { User } from '../access/user.entity';
import { ChangeRecord } from '../reporting/change-record.entity';
import { IndicatorValue } from '../reporting/indicator-value.entity';
import { Obstacle } from '../reporting/obstacle.entity';
import { IndicatorProgressResolver } from '../reporting/progress.resolver';
import { IndicatorRollupFieldResolver, IndicatorRollupResolver } from '../reporting/rollup.resolver';
import { ReportComment } from '../reporting/report-comment.entity';
import { ReportMutationResolver } from '../reporting/report-mutation.resolver';
import { Report } from '../reporting/report.entity';
import {
  ChangeRecordResolver,
  IndicatorValueResolver,
  ObstacleResolver,
  ReportCommentResolver,
  ReportingPeriodReportsResolver,
  ReportResolver,
  ResponsibleBodyReportsResolver,
  TaskProgressResolver,
} from '../reporting/report.resolver';
import { ReportingPeriod } from '../reporting/reporting-period.entity';
import { TaskProgress } from '../reporting/task-progress.entity';
import { ReportingPeriodResolver } from '../reporting/reporting-period.resolver';
import { Task } from '../tasks/task.entity';
import { TaskResolver } from '../tasks/task.resolver';
import { AdministrativeUnit } from '../territory/administrative-unit.entity';
import { AdministrativeUnitResolver } from '../territory/administrative-unit.resolver';
import { RateLimitResolver } from './limits/rate-limit.resolver';
import { validateInput } from './validate-input';
import { callResolversDirectly } from './direct-resolvers';
import { createNodeResolver } from './relay/node.resolver';

/** Types anyone may fetch with `node(id)`: the public catalogue of the plan. */
const PUBLIC_NODE_TYPES = [
  Plan,
  Objective,
  Indicator,
  Target,
  Task,
  ResponsibleBody,
  Assignment,
  AdministrativeUnit,
  ReportingPeriod,
];

/** Types `node(id)` serves to callers with a token: reports and what hangs off them; users and tokens to themselves and to an ADMIN. */
const PROTECTED_NODE_TYPES = [Report, IndicatorValue, TaskProgress, Obstacle, ReportComment, ChangeRecord, User, ApiToken];

export async function buildAppSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: [
      createNodeResolver(PUBLIC_NODE_TYPES, PROTECTED_NODE_TYPES, { User: assertMaySeeUser }, { ApiToken: (ctx, token) => assertMaySeeToken(ctx, token as ApiToken) }),
      PlanResolver,
      ObjectiveResolver,
      IndicatorResolver,
      TargetResolver,
      TaskResolver,
      ResponsibleBodyResolver,
      AssignmentResolver,
      AdministrativeUnitResolver,
      ReportingPeriodResolver,
      UserResolver,
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
      RateLimitResolver,
      IndicatorRollupFieldResolver,
      IndicatorRollupResolver,
    ],
    authChecker,
    validateFn: validateInput,
    emitSchemaFile: false,
  });
  callResolversDirectly(schema);
  return schema;
}
