import type { DomainPart } from '../graphql/domain-part';
import { AdministrativeUnit } from './administrative-unit.entity';
import { AdministrativeUnitResolver } from './administrative-unit.resolver';

export const territoryPart: DomainPart = {
  name: 'territory',
  entities: [AdministrativeUnit],
  resolvers: [AdministrativeUnitResolver],
  nodes: { open: [AdministrativeUnit] },
};
