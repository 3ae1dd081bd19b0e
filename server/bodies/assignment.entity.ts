import { Index, Entity, Unique, Enum, ManyToOne, Property, Ref } from '@mikro-orm/core';
import { Field, ObjectType, Int } from 'type-graphql';
import { DateResolver } from 'graphql-scalars';
import { Node } from '../graphql/relay/node';
import { Plan } from '../plan/plan.entity';
import { Task } from '../tasks/task.entity';
import { AssignmentRole, AssignmentSource } from './responsible-body.enums';
import { ResponsibleBody } from './responsible-body.entity';

@ObjectType({ simpleResolvers: true,
  implements: Node,
  description: 'A duty of a body: on one task, or on the whole plan when `task` is null (most of section V).',
})
@Entity()
@Unique({ properties: ['key', 'plan'] })
export class Assignment extends Node<'version'> {
  /** Long texts read only when a query selects them (database/projection.ts). */
  static readonly detailProperties = ['duty', 'note', 'sourceRef'];

  @Field(() => Int, { description: 'Moves on with every change by an administrator: a write quotes the version it read, and a stale one is a CONFLICT.' })
  @Property({ type: 'integer', default: 1 })
  version: number = 1;

  /** Stable across corrections of the data: the seed and catalogue imports match assignments by it. */
  @Field({ description: 'A key that names this duty across catalogue versions, e.g. "*|BDT|LEAD" or "V.1#3c|BDT|REVIEW".' })
  @Property({ type: 'text' })
  key!: string;

  /** Whose duty it is: the task's plan, or the plan a plan-wide duty (no task) belongs to. */
  @Index()
  @ManyToOne(() => Plan, { ref: true })
  plan!: Ref<Plan>;

  @Index()
  @ManyToOne(() => Task, { ref: true, nullable: true })
  task?: Ref<Task> | null;

  @Index()
  @ManyToOne(() => ResponsibleBody, { ref: true })
  body!: Ref<ResponsibleBody>;

  @Field(() => AssignmentRole, { description: 'The body\'s part in the duty, e.g. LEAD (chủ trì) or COORDINATE (phối hợp).' })
  @Enum({ items: () => AssignmentRole })
  role!: AssignmentRole;

  @Field({ description: 'The duty in Vietnamese: the plan\'s own words when STATED.' })
  @Property({ type: 'text' })
  duty!: string;

  @Field(() => AssignmentSource, { description: 'STATED when the plan\'s text gives the body this duty in words, INFERRED when it is a reading of the plan, DECIDED when a later decision gives it.' })
  @Enum({ items: () => AssignmentSource })
  source!: AssignmentSource;

  @Field(() => String, { nullable: true, description: 'Clause of the plan that states it, e.g. "V.2".' })
  @Property({ type: 'text', nullable: true })
  sourceRef?: string | null;

  @Field(() => String, { nullable: true, description: 'Why this assignment was read into the plan, in English.' })
  @Property({ type: 'text', nullable: true })
  note?: string | null;

  @Field(() => String, { nullable: true, description: 'The decision that gave (DECIDED) or ended the duty, e.g. "Quyết định 123/QĐ-UBND ngày 01/03/2027".' })
  @Property({ type: 'text', nullable: true })
  legalBasis?: string | null;

  @Field(() => DateResolver, { nullable: true, description: 'First day of the duty; null: since the plan (June 2022).' })
  @Property({ type: 'date', nullable: true })
  validFrom?: string | null;

  @Field(() => DateResolver, { nullable: true, description: 'Last day of the duty, when it was ended; null: still.' })
  @Property({ type: 'date', nullable: true })
  validTo?: string | null;

  @Property({ type: 'integer' })
  position!: number;
}
