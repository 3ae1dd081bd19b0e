import { Entity, Enum, Index, ManyToOne, Property, Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { ResponsibleBody } from '../bodies/responsible-body.entity';
import { Node } from '../graphql/relay/node';
import { Role } from './role';

@ObjectType({ simpleResolvers: true, implements: Node, description: 'A person or a system that calls the API with its own tokens.' })
@Entity()
export class User extends Node<'createdAt'> {
  @Field({ description: 'Unique login name, e.g. "ubnd-ba-be" or "bi-dashboard".' })
  @Property({ type: 'text', unique: true })
  login!: string;

  @Field({ description: 'Display name.' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => Role, { description: 'What the user may read and write: ADMIN, REPORTER, SUPERVISOR or VIEWER.' })
  @Enum({ items: () => Role })
  role!: Role;

  /** The body a REPORTER writes for; null for every other role. */
  @Index()
  @ManyToOne(() => ResponsibleBody, { ref: true, nullable: true })
  body?: Ref<ResponsibleBody> | null;

  @Field(() => DateTimeResolver, { description: 'When the user was added.' })
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();
}
