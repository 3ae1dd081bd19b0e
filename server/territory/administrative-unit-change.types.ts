import { Field, ObjectType } from 'type-graphql';
import { DateResolver } from 'graphql-scalars';
import { AdministrativeUnit } from './administrative-unit.entity';

@ObjectType({ simpleResolvers: true, description: 'One step of a unit\'s history: the unit its area went into (successors), or came from (predecessors).' })
export class AdministrativeUnitChange {
  /** Loaded by the resolver. */
  unitId!: number;

  @Field(() => AdministrativeUnit, { description: 'The unit on the other side of the change.' })
  unit?: AdministrativeUnit;

  @Field(() => DateResolver, { description: 'The first day of the successor (1 July 2025 for the two-level reorganisation).' })
  effectiveDate!: string;

  @Field(() => String, { nullable: true, description: 'The act that made the change, with its clause, e.g. "1683/NQ-UBTVQH15 Điều 1 khoản 89".' })
  legalBasis!: string | null;

  @Field({ description: 'True when the predecessor\'s entire area went into the successor (every Bắc Kạn commune did): its figures then carry over exactly.' })
  whole!: boolean;
}
