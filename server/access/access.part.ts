import type { DomainPart } from '../graphql/domain-part';
import { ApiToken } from './api-token.entity';
import { UserResolver } from './access.resolver';
import { assertMaySeeToken, assertMaySeeUser, authChecker } from './auth-checker';
import { User } from './user.entity';

export const accessPart: DomainPart = {
  name: 'access',
  entities: [User, ApiToken],
  resolvers: [UserResolver],
  authChecker: authChecker as DomainPart['authChecker'],
  // Users and tokens to themselves and to an ADMIN.
  nodes: {
    protected: [User, ApiToken],
    guards: { User: assertMaySeeUser },
    visibility: { ApiToken: (ctx, token) => assertMaySeeToken(ctx, token as ApiToken) },
  },
};
