import { Entity, Enum, Index, ManyToOne, Property, Ref } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeResolver, JSONObjectResolver } from 'graphql-scalars';
import { Node } from '../graphql/relay/node';
import { User } from '../access/user.entity';

export enum CatalogueAction {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  REVISED = 'REVISED',
  ENDED = 'ENDED',
  SUCCEEDED = 'SUCCEEDED',
}

registerEnumType(CatalogueAction, {
  name: 'CatalogueAction',
  description: 'What an administrator did to an object of the plan\'s catalogue.',
  valuesConfig: {
    CREATED: { description: 'Added (a new task, body, indicator, duty or period).' },
    UPDATED: { description: 'Changed in place (a name, a due date, a role).' },
    REVISED: { description: 'A target revised by a decision, from its effective date on.' },
    ENDED: { description: 'A duty ended on a day.' },
    SUCCEEDED: { description: 'A body succeeded by another (merger, renaming, end).' },
  },
});

/**
 * The catalogue's history: written in the transaction of the change it
 * records, never updated. Kept by the object's type and key, so that one
 * table serves every kind of object of the catalogue.
 */
@ObjectType({ simpleResolvers: true, implements: Node, description: 'One change to an object of the plan\'s catalogue: who, when, before and after, and the decision behind it.' })
@Entity()
@Index({ properties: ['subjectType', 'subjectId'] })
export class CatalogueChange extends Node<'occurredAt'> {
  @Field({ description: 'The kind of object changed, e.g. "Indicator", "Target", "Assignment".' })
  @Property({ type: 'text' })
  subjectType!: string;

  @Property({ type: 'integer' })
  subjectId!: number;

  @Field(() => CatalogueAction, { description: 'What was done.' })
  @Enum({ items: () => CatalogueAction })
  action!: CatalogueAction;

  @ManyToOne(() => User, { ref: true, nullable: true })
  actor?: Ref<User> | null;

  @Field(() => DateTimeResolver, { description: 'When the change was made.' })
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  occurredAt: Date = new Date();

  @Field(() => JSONObjectResolver, { nullable: true, description: 'The changed fields before; null for a creation.' })
  @Property({ type: 'json', nullable: true })
  before?: Record<string, unknown> | null;

  @Field(() => JSONObjectResolver, { nullable: true, description: 'The changed fields after.' })
  @Property({ type: 'json', nullable: true })
  after?: Record<string, unknown> | null;

  @Field(() => String, { nullable: true, description: 'The decision behind the change, where one was given.' })
  @Property({ type: 'text', nullable: true })
  legalBasis?: string | null;
}
