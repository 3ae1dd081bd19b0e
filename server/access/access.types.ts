import { Field, ObjectType } from 'type-graphql';
import { MutationPayload } from '../graphql/mutations/payload';
import { ConnectionType } from '../graphql/relay/connection';
import { ApiToken } from './api-token.entity';
import { User } from './user.entity';

export const UserConnection = ConnectionType(User, 'A page of users.');

@ObjectType({ simpleResolvers: true, description: 'What `createUser` returns.' })
export class CreateUserPayload extends MutationPayload {
  @Field(() => User, { nullable: true, description: 'The new user; null when there are user errors.' })
  user: User | null = null;
}

@ObjectType({ simpleResolvers: true, description: 'What `createApiToken` returns: the token and, this once, its secret.' })
export class CreateApiTokenPayload extends MutationPayload {
  @Field(() => ApiToken, { nullable: true, description: 'The new token; null when there are user errors.' })
  apiToken: ApiToken | null = null;

  @Field(() => String, { nullable: true, description: 'The secret, shown this once: send it as "Authorization: Bearer <token>".' })
  token: string | null = null;
}

@ObjectType({ simpleResolvers: true, description: 'What `revokeApiToken` returns.' })
export class RevokeApiTokenPayload extends MutationPayload {
  @Field(() => ApiToken, { nullable: true, description: 'The revoked token; null when there are user errors.' })
  apiToken: ApiToken | null = null;
}
