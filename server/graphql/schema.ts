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
import { IndicatorValue } from '../reporting/indicator-value.entity';
import { Report } from '../reporting/report.entity';
import { ReportingPeriod } from '../reporting/reporting-period.entity';
import { ReportingPeriodResolver } from '../reporting/reporting-period.resolver';
import { Task } from '../tasks/task.entity';
import { TaskResolver } from '../tasks/task.resolver';
import { AdministrativeUnit } from '../territory/administrative-unit.entity';
import { AdministrativeUnitResolver } from '../territory/administrative-unit.resolver';
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

export function buildAppSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [
      createNodeResolver(PUBLIC_NODE_TYPES),
      PlanResolver,
      ObjectiveResolver,
      IndicatorResolver,
      TargetResolver,
      TaskResolver,
      ResponsibleBodyResolver,
      AssignmentResolver,
      AdministrativeUnitResolver,
      ReportingPeriodResolver,
    ],
    // Reports and their values are defined now; their queries come with access control.
    orphanedTypes: [Report, IndicatorValue],
    validate: { forbidUnknownValues: false },
    emitSchemaFile: false,
  });
}
