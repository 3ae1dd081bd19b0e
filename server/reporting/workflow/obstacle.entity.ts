import { Entity, Index, ManyToOne, Property, Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { Node } from '../../graphql/relay/node';
import { Task } from '../../tasks/task.entity';
import { Report } from './report.entity';

@ObjectType({ simpleResolvers: true, implements: Node, description: 'A difficulty met in implementation ("vướng mắc"), raised to Ban Dân tộc tỉnh with a recommendation.' })
@Entity()
export class Obstacle extends Node<'createdAt'> {
  @Index()
  @ManyToOne(() => Report, { ref: true })
  report!: Ref<Report>;

  @ManyToOne(() => Task, { ref: true, nullable: true })
  task?: Ref<Task> | null;

  @Field({ description: 'The difficulty.' })
  @Property({ type: 'text' })
  text!: string;

  @Field(() => String, { nullable: true, description: 'What the body proposes (kiến nghị, đề xuất).' })
  @Property({ type: 'text', nullable: true })
  recommendation?: string | null;

  @Field(() => DateTimeResolver, { description: 'When the difficulty was raised.' })
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();
}
