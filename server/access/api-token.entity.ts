import { Entity, Index, ManyToOne, Property, Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { Node } from '../graphql/relay/node';
import { User } from './user.entity';

@ObjectType({ simpleResolvers: true,
  implements: Node,
  description: 'A personal API token. Its secret is shown once, when it is created; the server keeps only a SHA-256 hash.',
})
@Entity()
export class ApiToken extends Node<'createdAt'> {
  @Index()
  @ManyToOne(() => User, { ref: true })
  user!: Ref<User>;

  @Field({ description: 'What the token is for, e.g. "Power BI refresh".' })
  @Property({ type: 'text' })
  name!: string;

  @Field({ description: 'The first characters of the token, enough to recognise it in a list (e.g. "bkea_1a2B3c").' })
  @Property({ type: 'text' })
  prefix!: string;

  /** SHA-256 of the whole token, hex: tokens are random enough that a slow hash adds nothing. */
  @Property({ type: 'text', unique: true })
  secretHash!: string;

  @Field(() => DateTimeResolver, { description: 'When the token was created.' })
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();

  @Field(() => DateTimeResolver, { nullable: true, description: 'The token stops working at this time; null: never.' })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  expiresAt?: Date | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When the token was revoked (itself, or with the token that made it); null while not revoked.' })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  revokedAt?: Date | null;

  /**
   * The token that made this one through the API, if any: a token never
   * outlives its maker, and revoking a token revokes what it made.
   */
  @Index()
  @ManyToOne(() => ApiToken, { ref: true, nullable: true })
  createdBy?: Ref<ApiToken> | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'Last request made with it, to the hour.' })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  lastUsedAt?: Date | null;
}
