import { Field, InputType } from 'type-graphql';
import { DateResolver } from 'graphql-scalars';
import { MaxLength } from 'class-validator';
import { AdministrativeLevel } from './administrative-unit.enums';

@InputType({ description: 'Narrows a list of administrative units; all given conditions must hold.' })
export class AdministrativeUnitFilter {
  @Field(() => AdministrativeLevel, { nullable: true, description: 'Only the units of this level.' })
  level?: AdministrativeLevel;

  @Field({ nullable: true, description: 'Only the direct children of a unit with this GSO code (of any of its versions).' })
  @MaxLength(10)
  parentCode?: string;

  @Field({ nullable: true, description: 'Part of the name or code, ignoring case and diacritics ("bang thanh" finds "Xã Bằng Thành").' })
  @MaxLength(200)
  search?: string;

  @Field({ nullable: true, description: 'Only the units of this plan\'s area, e.g. "BK-CTDT-2021-2030": those of `Plan.territory` on any day, and every unit under them.' })
  planCode?: string;

  @Field(() => DateResolver, { nullable: true, description: 'Only the units in force on this day (e.g. 2024-01-01: Bắc Kạn\'s map; 2026-01-01: the map after 1 July 2025). Without it, every version of every unit.' })
  asOf?: Date;
}
