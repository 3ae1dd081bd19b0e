import { Index, Entity, Enum, ManyToOne, Property, Ref, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { Node } from '../../graphql/relay/node';
import { ResponsibleBody } from '../../bodies/responsible-body.entity';
import { User } from '../../access/user.entity';
import { ReportingPeriod } from '../periods/reporting-period.entity';
import { ReportKind, ReportStatus } from '../reporting.enums';

@ObjectType({ simpleResolvers: true, implements: Node, description: 'One body\'s report for one period (section V.7), or the province\'s consolidated report.' })
@Entity()
@Unique({ properties: ['body', 'period'] })
export class Report extends Node<'status' | 'kind' | 'version' | 'createdAt' | 'updatedAt'> {
  @ManyToOne(() => ResponsibleBody, { ref: true })
  body!: Ref<ResponsibleBody>;

  @Index()
  @ManyToOne(() => ReportingPeriod, { ref: true })
  period!: Ref<ReportingPeriod>;

  @Field(() => ReportKind, { description: 'BODY for a body\'s own report, CONSOLIDATED for the province\'s.' })
  @Enum({ items: () => ReportKind, default: ReportKind.BODY })
  kind: ReportKind = ReportKind.BODY;

  @Field(() => ReportStatus, { description: 'Where the report is in its review: DRAFT, SUBMITTED, RETURNED or ACCEPTED.' })
  @Enum({ items: () => ReportStatus, default: ReportStatus.DRAFT })
  status: ReportStatus = ReportStatus.DRAFT;

  @Field(() => DateTimeResolver, { nullable: true, description: 'Last time it was submitted.' })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  submittedAt?: Date | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'First time it was submitted: timeliness counts from this.' })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  firstSubmittedAt?: Date | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether the first submission came after the period\'s due date (end of that day, Vietnam time); null until submitted.',
  })
  @Property({ type: 'boolean', nullable: true })
  late?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Why Ban Dân tộc tỉnh last returned it.' })
  @Property({ type: 'text', nullable: true })
  returnReason?: string | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When it was last returned or accepted.' })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  reviewedAt?: Date | null;

  @ManyToOne(() => User, { ref: true, nullable: true })
  reviewedBy?: Ref<User> | null;

  @ManyToOne(() => User, { ref: true, nullable: true })
  createdBy?: Ref<User> | null;

  /** Optimistic concurrency, checked under a row lock by every write (not MikroORM's own versioning). */
  @Field(() => Int, { description: 'Increases with every change to the report or its contents; every write must quote it.' })
  @Property({ type: 'integer', default: 1 })
  version: number = 1;

  @Field(() => DateTimeResolver, { description: 'When the report was created.' })
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();

  @Field(() => DateTimeResolver, { description: 'Last change to the report or its contents (the time `version` last moved on).' })
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  updatedAt: Date = new Date();
}
