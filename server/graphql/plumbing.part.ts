import type { DomainPart } from './domain-part';
import { RateLimitBucket } from './limits/rate-limit-bucket.entity';
import { RateLimitResolver } from './limits/rate-limit.resolver';
import { IdempotencyKey } from './mutations/idempotency-key.entity';
import { Node } from './relay/node';

/** What the API's own machinery keeps in the database and answers: idempotency keys, rate limits. */
export const plumbingPart: DomainPart = {
  name: 'plumbing',
  entities: [Node, IdempotencyKey, RateLimitBucket],
  resolvers: [RateLimitResolver],
};
