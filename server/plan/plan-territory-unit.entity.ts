import { Entity, Index, ManyToOne, Ref, Unique } from '@mikro-orm/core';
import { Node } from '../graphql/relay/node';
import { AdministrativeUnit } from '../territory/administrative-unit.entity';
import { Plan } from './plan.entity';

/**
 * A unit that makes up the plan's area while it is in force: the province
 * (06) until 30 June 2025, then the 37 communes formed from it. Not province
 * 19, which is larger than the plan's area in the world (the API holds only
 * its Bắc Kạn part).
 */
@Entity()
@Unique({ properties: ['plan', 'administrativeUnit'] })
export class PlanTerritoryUnit extends Node {
  @Index()
  @ManyToOne(() => Plan, { ref: true })
  plan!: Ref<Plan>;

  @Index()
  @ManyToOne(() => AdministrativeUnit, { ref: true })
  administrativeUnit!: Ref<AdministrativeUnit>;
}
