import { Index, Entity, Unique, Enum, ManyToOne, Property, Ref } from '@mikro-orm/core';
import { Field, ObjectType, Int } from 'type-graphql';
import { Node } from '../graphql/relay/node';
import { Plan } from '../plan/plan.entity';
import { Sector, TaskKind } from './task.enums';
import { CodeSource } from '../bodies/responsible-body.enums';

@ObjectType({ simpleResolvers: true,
  implements: Node,
  description: 'A task or solution of the plan (sections III and IV), with its sub-items as children.',
})
@Entity()
@Unique({ properties: ['code', 'plan'] })
export class Task extends Node<'version'> {
  /** Long texts read only when a query selects them (database/projection.ts). */
  static readonly detailProperties = ['text', 'titleEn'];

  @Field(() => Int, { description: 'Moves on with every change by an administrator: a write quotes the version it read, and a stale one is a CONFLICT.' })
  @Property({ type: 'integer', default: 1 })
  version: number = 1;

  @Index()
  @ManyToOne(() => Plan, { ref: true })
  plan!: Ref<Plan>;

  @Field({ description: 'The task\'s code, e.g. "III.1.đ", "IV.3" (printed by the plan) or "III.2.b.1.2" (our numbering of sub-items, in document order): see `codeSource`.' })
  @Property({ type: 'text' })
  code!: string;

  @Field(() => CodeSource, { description: 'DOCUMENT when the plan prints this code; DERIVED when it is our numbering of a sub-item the plan lists without one.' })
  @Enum({ items: () => CodeSource, default: CodeSource.DOCUMENT })
  codeSource: CodeSource = CodeSource.DOCUMENT;

  @Field(() => TaskKind, { description: 'Breakthrough task (III.1), main task (III.2) or solution (IV).' })
  @Enum({ items: () => TaskKind })
  kind!: TaskKind;

  @Field({ description: 'Short title in Vietnamese.' })
  @Property({ type: 'text' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Short title in English.' })
  @Property({ type: 'text', nullable: true })
  titleEn?: string | null;

  @Field({ description: 'Full text of the item, in Vietnamese.' })
  @Property({ type: 'text' })
  text!: string;

  @Field(() => Sector, { nullable: true, description: 'The field of public action the item belongs to; null where none is given.' })
  @Enum({ items: () => Sector, nullable: true })
  sector?: Sector | null;

  @Index()
  @ManyToOne(() => Task, { ref: true, nullable: true })
  parent?: Ref<Task> | null;

  @Property({ type: 'integer' })
  position!: number;
}
