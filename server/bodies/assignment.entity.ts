import { Index, Entity, Enum, ManyToOne, Property, Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../graphql/relay/node';
import { Task } from '../tasks/task.entity';
import { AssignmentRole, AssignmentSource } from './responsible-body.enums';
import { ResponsibleBody } from './responsible-body.entity';

@ObjectType({ simpleResolvers: true,
  implements: Node,
  description: 'A duty of a body: on one task, or on the whole plan when `task` is null (most of section V).',
})
@Entity()
export class Assignment extends Node {
  /** Long texts read only when a query selects them (database/projection.ts). */
  static readonly detailProperties = ['duty', 'note', 'sourceRef'];

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

  @Field(() => AssignmentSource, { description: 'STATED when the plan\'s text gives the duty, INFERRED when it is a reading of the plan.' })
  @Enum({ items: () => AssignmentSource })
  source!: AssignmentSource;

  @Field(() => String, { nullable: true, description: 'Clause of the plan that states it, e.g. "V.2".' })
  @Property({ type: 'text', nullable: true })
  sourceRef?: string | null;

  @Field(() => String, { nullable: true, description: 'Why this assignment was read into the plan, in English.' })
  @Property({ type: 'text', nullable: true })
  note?: string | null;

  @Property({ type: 'integer' })
  position!: number;
}
