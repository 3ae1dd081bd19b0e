import { Entity, ManyToOne, Property, Ref, Unique } from '@mikro-orm/core';
import { Node } from '../relay/node';
import { User } from '../../access/user.entity';

/** A mutation already applied for (user, clientMutationId): a retry replays its outcome. */
@Entity()
@Unique({ properties: ['user', 'key'] })
export class IdempotencyKey extends Node<'createdAt'> {
  @ManyToOne(() => User, { ref: true })
  user!: Ref<User>;

  @Property({ type: 'text' })
  key!: string;

  @Property({ type: 'text' })
  mutation!: string;

  /** SHA-256 of the input without its clientMutationId: the same key with another input is refused. */
  @Property({ type: 'text' })
  inputHash!: string;

  @Property({ type: 'json', nullable: true })
  outcome?: Record<string, unknown> | null;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();
}
