import { Entity, Enum, ManyToOne, Property, Ref, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { Node } from '../../graphql/relay/node';
import { Task } from '../../tasks/task.entity';
import { Report } from './report.entity';
import { TaskProgressStatus } from '../reporting.enums';

@ObjectType({ simpleResolvers: true, implements: Node, description: 'What a report says about one task of the plan.' })
@Entity()
@Unique({ properties: ['report', 'task'] })
export class TaskProgress extends Node<'updatedAt'> {
  @ManyToOne(() => Report, { ref: true })
  report!: Ref<Report>;

  @ManyToOne(() => Task, { ref: true })
  task!: Ref<Task>;

  @Field(() => TaskProgressStatus, { description: 'Where the body stands on the task.' })
  @Enum({ items: () => TaskProgressStatus })
  status!: TaskProgressStatus;

  @Field(() => String, { nullable: true, description: 'What was done, in the body\'s words.' })
  @Property({ type: 'text', nullable: true })
  narrative?: string | null;

  @Field(() => DateTimeResolver, { description: 'When the entry was last set.' })
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  updatedAt: Date = new Date();
}
