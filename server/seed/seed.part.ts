import type { DomainPart } from '../graphql/domain-part';
import { SeedState } from './seed-state.entity';

/** The seed's own bookkeeping: no GraphQL. */
export const seedPart: DomainPart = { name: 'seed', entities: [SeedState], resolvers: [] };
