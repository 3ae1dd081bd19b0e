import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { AdministrativeLevel } from './administrative-unit.enums';

/**
 * Unit `unitId` lies in unit `coveringUnitId` (exact), or overlaps it; only
 * covering units at its level or above are listed. Derived from parents and
 * successions (unit-cover.ts): the roll-up carries figures along it. The
 * covering unit's level and validity are copied in, so that a roll-up finds
 * the unit of its level on its map in the cover's own index.
 */
@Entity()
export class AdministrativeUnitCover {
  @PrimaryKey({ type: 'integer', autoincrement: false })
  unitId!: number;

  @Index()
  @PrimaryKey({ type: 'integer', autoincrement: false })
  coveringUnitId!: number;

  @Property({ type: 'boolean' })
  exact!: boolean;

  @Enum({ items: () => AdministrativeLevel })
  coveringLevel!: AdministrativeLevel;

  @Property({ type: 'date', nullable: true })
  coveringValidFrom?: string | null;

  @Property({ type: 'date', nullable: true })
  coveringValidTo?: string | null;
}
