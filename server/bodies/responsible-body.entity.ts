import { Index, Entity, Enum, ManyToOne, Property, Ref } from '@mikro-orm/core';
import { Field, ObjectType, Int } from 'type-graphql';
import { DateResolver } from 'graphql-scalars';
import { Node } from '../graphql/relay/node';
import { AdministrativeUnit } from '../territory/administrative-unit.entity';
import { BodyKind } from './responsible-body.enums';

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description:
    'An authority that carries out, funds, supervises or reports on the plan, in one form: bodies merged in 2025 (departments on 1 March, the province into Thái Nguyên on 1 July) end, and their successors begin.',
})
@Entity()
export class ResponsibleBody extends Node<'version'> {
  /** Long texts read only when a query selects them (database/projection.ts). */
  static readonly detailProperties = ['note', 'nameEn'];

  @Field(() => Int, { description: 'Moves on with every change by an administrator: a write quotes the version it read, and a stale one is a CONFLICT.' })
  @Property({ type: 'integer', default: 1 })
  version: number = 1;

  @Field({ description: 'Stable short code, e.g. "BDT" (Ban Dân tộc tỉnh), "SGDDT", "UBND-064".' })
  @Property({ type: 'text', unique: true })
  code!: string;

  @Field({ description: 'Full name in Vietnamese.' })
  @Property({ type: 'text' })
  name!: string;

  @Field({ description: 'Short name in Vietnamese, as the plan writes it.' })
  @Property({ type: 'text' })
  shortName!: string;

  @Field(() => String, { nullable: true, description: 'Name in English.' })
  @Property({ type: 'text', nullable: true })
  nameEn?: string | null;

  @Field(() => BodyKind, { description: 'What kind of authority it is.' })
  @Enum({ items: () => BodyKind })
  kind!: BodyKind;

  @Field({ description: 'True when section V.7 requires it to report every 6 months and every year to Ban Dân tộc tỉnh.' })
  @Property({ type: 'boolean' })
  expectedToReport!: boolean;

  @Field(() => String, { nullable: true, description: 'Where the plan names this body, or why it is listed.' })
  @Property({ type: 'text', nullable: true })
  note?: string | null;

  @Field({ description: 'False for the bodies the plan does not name but covers with "các sở, ban, ngành" (see `listedBecause`), and for bodies of later decisions.' })
  @Property({ type: 'boolean', default: true })
  namedInPlan: boolean = true;

  @Field(() => String, { nullable: true, description: 'Why the body is listed: the clause that names it, or the duties that make it one of "các sở, ban, ngành".' })
  @Property({ type: 'text', nullable: true })
  listedBecause?: string | null;

  @Index()
  @ManyToOne(() => AdministrativeUnit, { ref: true, nullable: true })
  administrativeUnit?: Ref<AdministrativeUnit> | null;

  @Field(() => DateResolver, { nullable: true, description: 'First day of the body in this form; null when it predates the plan.' })
  @Property({ type: 'date', nullable: true })
  validFrom?: string | null;

  @Field(() => DateResolver, { nullable: true, description: 'Last day of the body in this form; null while it exists.' })
  @Property({ type: 'date', nullable: true })
  validTo?: string | null;

  @Property({ type: 'integer' })
  position!: number;
}
