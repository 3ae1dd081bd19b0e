import { Field, InputType } from 'type-graphql';
import { MaxLength } from 'class-validator';
import { AdministrativeLevel } from './administrative-unit.enums';

@InputType({ description: 'Narrows a list of administrative units; all given conditions must hold.' })
export class AdministrativeUnitFilter {
  @Field(() => AdministrativeLevel, { nullable: true })
  level?: AdministrativeLevel;

  @Field({ nullable: true, description: 'Only the direct children of the unit with this GSO code.' })
  @MaxLength(10)
  parentCode?: string;

  @Field({ nullable: true, description: 'Part of the name or code, ignoring case and diacritics ("bang thanh" finds "Xã Bằng Thành").' })
  @MaxLength(200)
  search?: string;
}
