import { Field, ID, InputType } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { MutationInput } from '../graphql/mutations/run-mutation';
import { Role } from './role';

@InputType({ description: 'A new user: login, name, role and, for a REPORTER, its body.' })
export class CreateUserInput implements MutationInput {
  @Field({ description: 'Unique login name: lower-case letters, digits, ".", "_" or "-", 2-63 characters.' })
  login!: string;

  @Field({ description: 'Display name, e.g. the body or the person.' })
  name!: string;

  @Field(() => Role, { description: 'What the user may read and write.' })
  role!: Role;

  @Field(() => String, { nullable: true, description: 'Required for a REPORTER: the code of the body it reports for (e.g. "UBND-061").' })
  bodyCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Echoed in the payload; a retry with the same value applies once.' })
  clientMutationId?: string | null;
}

@InputType({ description: 'A new personal API token: whose, what for, and until when.' })
export class CreateApiTokenInput implements MutationInput {
  @Field(() => ID, { nullable: true, description: 'Whose token: yourself when omitted; another user only for an ADMIN.' })
  userId?: string | null;

  @Field({ description: 'What the token is for.' })
  name!: string;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When it stops working; never when omitted.' })
  expiresAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Echoed in the payload; a retry with the same value applies once (and does not show the secret again).' })
  clientMutationId?: string | null;
}

@InputType({ description: 'The token to revoke.' })
export class RevokeApiTokenInput implements MutationInput {
  @Field(() => ID, { description: 'Global ID of the token; the tokens it made are revoked with it.' })
  tokenId!: string;

  @Field(() => String, { nullable: true, description: 'Echoed in the payload; a retry with the same value applies once.' })
  clientMutationId?: string | null;
}
