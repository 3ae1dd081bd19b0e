import { Field, ObjectType } from 'type-graphql';
import { MutationPayload } from '../graphql/mutations/payload';
import { ConnectionType } from '../graphql/relay/connection';
import { ApiToken } from './api-token.entity';
import { User } from './user.entity';

export const UserConnection = ConnectionType(User, 'A page of users.');

@ObjectType({ simpleResolvers: true })
export class CreateUserPayload extends MutationPayload {
  @Field(() => User, { nullable: true })
  user: User | null = null;
}

@ObjectType({ simpleResolvers: true })
export class CreateApiTokenPayload extends MutationPayload {
  @Field(() => ApiToken, { nullable: true })
  apiToken: ApiToken | null = null;

  @Field(() => String, { nullable: true, description: 'The secret, shown this once: send it as "Authorization: Bearer <token>".' })
  token: string | null = null;
}

@ObjectType({ simpleResolvers: true })
export class RevokeApiTokenPayload extends MutationPayload {
  @Field(() => ApiToken, { nullable: true })
  apiToken: ApiToken | null = null;
}
