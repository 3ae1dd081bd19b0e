import { Index, Entity, Enum, ManyToOne, Property, Ref, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { Node } from '../graphql/relay/node';
import { ResponsibleBody } from '../bodies/responsible-body.entity';
import { ReportingPeriod } from './reporting-period.entity';
import { ReportStatus } from './reporting.enums';

@ObjectType({ implements: Node, description: 'One body\'s report for one period (section V.7).' })
@Entity()
@Unique({ properties: ['body', 'period'] })
export class Report extends Node<'status' | 'version' | 'createdAt' | 'updatedAt'> {
  @ManyToOne(() => ResponsibleBody, { ref: true })
  body!: Ref<ResponsibleBody>;

  @Index()
  @ManyToOne(() => ReportingPeriod, { ref: true })
  period!: Ref<ReportingPeriod>;

  @Field(() => ReportStatus)
  @Enum({ items: () => ReportStatus, default: ReportStatus.DRAFT })
  status: ReportStatus = ReportStatus.DRAFT;

  @Field(() => DateTimeResolver, { nullable: true })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  submittedAt?: Date | null;

  @Field(() => Int, { description: 'Increases with every change; writes must quote it.' })
  @Property({ type: 'integer', version: true })
  version!: number;

  @Field(() => DateTimeResolver)
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();

  @Field(() => DateTimeResolver)
  @Property({ type: 'datetime', columnType: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
