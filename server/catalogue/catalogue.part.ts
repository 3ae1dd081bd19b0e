import type { DomainPart } from '../graphql/domain-part';
import { CatalogueChange } from './catalogue-change.entity';
import { CatalogueChangeResolver } from './catalogue-history.resolver';

/** The catalogue's history, shared by every part whose objects an administrator keeps. */
export const cataloguePart: DomainPart = {
  name: 'catalogue',
  entities: [CatalogueChange],
  resolvers: [CatalogueChangeResolver],
  nodes: { protected: [CatalogueChange] },
};
