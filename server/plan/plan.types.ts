import { ConnectionType } from '../graphql/relay/connection';
import { Objective } from './objective.entity';
import { Plan } from './plan.entity';

export const PlanConnection = ConnectionType(Plan, 'A page of plans.');
export const ObjectiveConnection = ConnectionType(Objective, 'A page of objectives.');
