import { Entity, Enum, Index, ManyToOne, Property, Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { DateTimeResolver, JSONObjectResolver } from 'graphql-scalars';
import { Node } from '../../graphql/relay/node';
import { User } from '../../access/user.entity';
import { Report } from '../workflow/report.entity';
import { ChangeAction } from '../reporting.enums';

/** The audit trail: written in the same transaction as the change it records, never updated. */
@ObjectType({ simpleResolvers: true, implements: Node, description: 'One change to a report or one of its values: who, when, before and after.' })
@Entity()
export class ChangeRecord extends Node<'occurredAt'> {
  @Index()
  @ManyToOne(() => Report, { ref: true })
  report!: Ref<Report>;

  /** Kept as a plain number: the record outlives a removed value. */
  @Index()
  @Property({ type: 'integer', nullable: true })
  indicatorValueId?: number | null;

  @Field(() => ChangeAction, { description: 'What changed.' })
  @Enum({ items: () => ChangeAction })
  action!: ChangeAction;

  /** The user whose token made the change (the ADMIN who ran a consolidation); null once that user is gone. */
  @ManyToOne(() => User, { ref: true, nullable: true })
  actor?: Ref<User> | null;

  @Field(() => DateTimeResolver, { description: 'When the change was made.' })
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  occurredAt: Date = new Date();

  @Field(() => JSONObjectResolver, { nullable: true, description: 'The changed fields before; null for a creation.' })
  @Property({ type: 'json', nullable: true })
  before?: Record<string, unknown> | null;

  @Field(() => JSONObjectResolver, { nullable: true, description: 'The changed fields after; null for a removal.' })
  @Property({ type: 'json', nullable: true })
  after?: Record<string, unknown> | null;
}
