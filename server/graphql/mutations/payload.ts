import { Field, ObjectType } from 'type-graphql';
import { UserError } from './user-error';

/** What every mutation returns besides its objects (Relay input/payload shape). */
// Decorated so that subclasses inherit its fields; never referenced itself, so never in the schema.
@ObjectType({ simpleResolvers: true })
export abstract class MutationPayload {
  @Field(() => String, { nullable: true, description: 'The `clientMutationId` of the input, echoed.' })
  clientMutationId?: string | null;

  @Field(() => [UserError], { description: 'Empty when the mutation applied; otherwise why nothing was changed.' })
  userErrors: UserError[] = [];
}
