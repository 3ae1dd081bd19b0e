import { Entity, Index, ManyToOne, Property, Ref, Unique } from '@mikro-orm/core';
import { Node } from '../graphql/relay/node';
import { AdministrativeUnit } from './administrative-unit.entity';

/**
 * One unit's area (all of it, or part) went into another on a date: the
 * edges along which figures are carried from one map to the other.
 */
@Entity()
@Unique({ properties: ['predecessor', 'successor'] })
export class AdministrativeUnitSuccession extends Node {
  @Index()
  @ManyToOne(() => AdministrativeUnit, { ref: true })
  predecessor!: Ref<AdministrativeUnit>;

  @Index()
  @ManyToOne(() => AdministrativeUnit, { ref: true })
  successor!: Ref<AdministrativeUnit>;

  /** First day of the successor. */
  @Property({ type: 'date' })
  effectiveDate!: string;

  @Property({ type: 'text', nullable: true })
  legalBasis?: string | null;

  /** The predecessor's entire area went into the successor (true for every Bắc Kạn commune). */
  @Property({ type: 'boolean' })
  whole!: boolean;
}
