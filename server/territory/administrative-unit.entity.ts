import { Entity, Enum, Index, ManyToOne, Property, Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { DateResolver } from 'graphql-scalars';
import { Node } from '../graphql/relay/node';
import { AdministrativeLevel } from './administrative-unit.enums';

@ObjectType({ simpleResolvers: true,
  implements: Node,
  description: 'A province, district or commune, with the dates it existed in this form (GSO codes are reused after mergers).',
})
@Entity()
@Index({ properties: ['code'] })
export class AdministrativeUnit extends Node {
  @Field({ description: 'GSO code with leading zeros: 2 digits for a province, 3 for a district, 5 for a commune.' })
  @Property({ type: 'text' })
  code!: string;

  @Field({ description: 'Full official name with its type, e.g. "Xã Bằng Thành".' })
  @Property({ type: 'text' })
  name!: string;

  @Field({ description: 'Type of unit as the GSO list writes it: Tỉnh, Thành phố, Huyện, Xã, Phường, Thị trấn.' })
  @Property({ type: 'text' })
  unitType!: string;

  @Field(() => AdministrativeLevel)
  @Enum({ items: () => AdministrativeLevel })
  level!: AdministrativeLevel;

  @Index()
  @ManyToOne(() => AdministrativeUnit, { ref: true, nullable: true })
  parent?: Ref<AdministrativeUnit> | null;

  @Field(() => DateResolver, {
    nullable: true,
    description: 'First day the unit existed in this form, where the sources record it; null when it predates them.',
  })
  @Property({ type: 'date', nullable: true })
  validFrom?: string | null;

  @Field(() => DateResolver, { nullable: true, description: 'Last day the unit existed in this form; null while it exists.' })
  @Property({ type: 'date', nullable: true })
  validTo?: string | null;

  @Property({ type: 'integer' })
  position!: number;
}
