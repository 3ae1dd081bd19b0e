import { Entity, OptionalProps, PrimaryKey } from '@mikro-orm/core';
import { Field, ID, InterfaceType } from 'type-graphql';
import { toGlobalId } from './global-id';

/**
 * Relay's Node: every entity of the graph extends it, so that each one has a
 * global ID and can be fetched again with `node(id)`. The GraphQL type name is
 * the class name.
 */
@InterfaceType({ description: 'An object with a globally unique, opaque ID that `node(id)` accepts.' })
@Entity({ abstract: true })
export abstract class Node<Defaulted extends string = never> {
  /** Derived, never written: keeps `em.create()` from asking for it. */
  [OptionalProps]?: 'globalId' | Defaulted;

  /** The row's key; clients only ever see the global ID. */
  @PrimaryKey({ autoincrement: true })
  id!: number;

  // Not a plain property read: the schema's `id` is the `globalId` getter.
  @Field(() => ID, { name: 'id', simple: false, description: 'Globally unique opaque ID of this object.' })
  get globalId(): string {
    return toGlobalId(this.constructor.name, this.id);
  }
}
