import type { DomainPart } from '../graphql/domain-part';
import { AdministrativeUnit } from './administrative-unit.entity';
import { AdministrativeUnitChangeResolver, AdministrativeUnitResolver } from './administrative-unit.resolver';
import { AdministrativeUnitSuccession } from './administrative-unit-succession.entity';
import { AdministrativeUnitCover } from './administrative-unit-cover.entity';

export const territoryPart: DomainPart = {
  name: 'territory',
  entities: [AdministrativeUnit, AdministrativeUnitSuccession, AdministrativeUnitCover],
  resolvers: [AdministrativeUnitResolver, AdministrativeUnitChangeResolver],
  nodes: { open: [AdministrativeUnit] },
};
