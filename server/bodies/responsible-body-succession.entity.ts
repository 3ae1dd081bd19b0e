import { Entity, Index, ManyToOne, Property, Ref, Unique } from '@mikro-orm/core';
import { Node } from '../graphql/relay/node';
import { ResponsibleBody } from './responsible-body.entity';

/** A body's functions (all, or a part) passed to another on a date: its duties under the plan pass with them. */
@Entity()
@Unique({ properties: ['predecessor', 'successor'] })
export class ResponsibleBodySuccession extends Node {
  @Index()
  @ManyToOne(() => ResponsibleBody, { ref: true })
  predecessor!: Ref<ResponsibleBody>;

  @Index()
  @ManyToOne(() => ResponsibleBody, { ref: true })
  successor!: Ref<ResponsibleBody>;

  @Property({ type: 'date' })
  effectiveDate!: string;

  @Property({ type: 'text', nullable: true })
  legalBasis?: string | null;

  @Property({ type: 'text', nullable: true })
  note?: string | null;

  /** Our reading where the sources are silent: never to be shown as fact. */
  @Property({ type: 'boolean' })
  inferred!: boolean;

  /** All the predecessor's functions went to the successor; false: a part, named in the note. */
  @Property({ type: 'boolean' })
  whole!: boolean;
}
