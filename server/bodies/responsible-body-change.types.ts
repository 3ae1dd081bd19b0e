import { Field, ObjectType } from 'type-graphql';
import { DateResolver } from 'graphql-scalars';
import { ResponsibleBody } from './responsible-body.entity';

@ObjectType({
  simpleResolvers: true,
  description: 'One step of a body\'s history: the body its functions passed to (successors), or came from (predecessors). Its duties under the plan pass with them.',
})
export class ResponsibleBodyChange {
  /** Loaded by the resolver. */
  bodyId!: number;

  @Field(() => ResponsibleBody, { description: 'The body on the other side of the change.' })
  body?: ResponsibleBody;

  @Field(() => DateResolver, { description: 'First day of the successor.' })
  effectiveDate!: string;

  @Field(() => String, { nullable: true, description: 'The act behind the change, e.g. "Nghị định 45/2025/NĐ-CP".' })
  legalBasis!: string | null;

  @Field(() => String, { nullable: true, description: 'What passed, and how sure we are of it.' })
  note!: string | null;

  @Field({ description: 'True where the sources are silent and the link is our reading (e.g. which Thái Nguyên department took over a Bắc Kạn one): not a fact.' })
  inferred!: boolean;

  @Field({ description: 'True when all the predecessor\'s functions passed; false when only a part did (named in `note`).' })
  whole!: boolean;
}
