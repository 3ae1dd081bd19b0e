import type { DomainPart } from '../graphql/domain-part';
import { Objective } from './objective.entity';
import { Plan } from './plan.entity';
import { PlanTerritoryUnit } from './plan-territory-unit.entity';
import { ObjectiveResolver, PlanResolver } from './plan.resolver';

export const planPart: DomainPart = {
  name: 'plan',
  entities: [Plan, Objective, PlanTerritoryUnit],
  resolvers: [PlanResolver, ObjectiveResolver],
  nodes: { open: [Plan, Objective] },
};
