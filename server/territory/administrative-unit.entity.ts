import { Entity, Enum, Index, ManyToOne, Property, Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { DateResolver } from 'graphql-scalars';
import { Node } from '../graphql/relay/node';
import { AdministrativeLevel } from './administrative-unit.enums';

@ObjectType({ simpleResolvers: true,
  implements: Node,
  description:
    'A province, district or commune in one form, with the days it existed in that form: a unit is its code plus its validity, since GSO codes are reused (new 01840 Phường Đức Xuân has the code of an old commune). Until 30 June 2025: Tỉnh Bắc Kạn (06), its 8 districts and 108 communes. From 1 July 2025: Tỉnh Thái Nguyên (19) and the 37 communes formed from Bắc Kạn\'s; the API holds only that part of Thái Nguyên, the plan\'s area, and the figures it gives for 19 are that part\'s.',
})
@Entity()
@Index({ properties: ['code'] })
// One version of a code per first day; the versions of a code never overlap (the seed checks it).
@Index({ name: 'administrative_unit_code_valid_from_unique', expression: `create unique index "administrative_unit_code_valid_from_unique" on "administrative_unit" ("code", coalesce("valid_from", '-infinity'::date))` })
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

  @Field(() => AdministrativeLevel, { description: 'Province, district or commune.' })
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
