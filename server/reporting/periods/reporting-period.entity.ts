import { Entity, Enum, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { DateResolver } from 'graphql-scalars';
import { Node } from '../../graphql/relay/node';
import { PeriodKind } from '../reporting.enums';

@ObjectType({ simpleResolvers: true,
  implements: Node,
  description: 'A reporting period. Data cut-off windows follow Decree 09/2019/NĐ-CP: H1 from 15 Dec of the previous year to 14 Jun, H2 from 15 Jun to 14 Dec, the year from 15 Dec to 14 Dec.',
})
@Entity()
export class ReportingPeriod extends Node<'version'> {
  @Field(() => Int, { description: 'Moves on with every change by an administrator: a write quotes the version it read, and a stale one is a CONFLICT.' })
  @Property({ type: 'integer', default: 1 })
  version: number = 1;

  @Field({ description: 'E.g. "2024-H1", "2024-H2", "2024".' })
  @Property({ type: 'text', unique: true })
  code!: string;

  @Field({ description: 'Name in Vietnamese, e.g. "6 tháng đầu năm 2024".' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => PeriodKind, { description: 'A half-year or a whole year (section V.7).' })
  @Enum({ items: () => PeriodKind })
  kind!: PeriodKind;

  @Field(() => Int, { description: 'The year reported on, e.g. 2024 for "2024-H1" (its data window opens on 15 December of the year before).' })
  @Property({ type: 'integer' })
  year!: number;

  @Field(() => Int, { nullable: true, description: '1 or 2 for a half-year; null for a year.' })
  @Property({ type: 'integer', nullable: true })
  half?: number | null;

  @Field(() => DateResolver, { description: 'First day of the data window.' })
  @Property({ type: 'date' })
  startDate!: string;

  @Field(() => DateResolver, { description: 'Last day of the data window (the cut-off date).' })
  @Property({ type: 'date' })
  endDate!: string;

  @Field(() => DateResolver, {
    description: 'Day reports are due at Ban Dân tộc tỉnh: by default the 20th of the period\'s last month, ahead of the province\'s own deadline on the 25th.',
  })
  @Property({ type: 'date' })
  dueDate!: string;

  @Property({ type: 'integer' })
  position!: number;
}
