import { Field, InputType } from 'type-graphql';
import { MaxLength } from 'class-validator';
import { AssignmentRole, AssignmentSource, BodyKind } from './responsible-body.enums';

@InputType({ description: 'Narrows a list of responsible bodies; all given conditions must hold.' })
export class ResponsibleBodyFilter {
  @Field(() => BodyKind, { nullable: true })
  kind?: BodyKind;

  @Field({ nullable: true, description: 'Only bodies that must (true) or need not (false) send periodic reports.' })
  expectedToReport?: boolean;

  @Field({ nullable: true, description: 'Part of the code or name (Vietnamese or English), ignoring case and diacritics.' })
  @MaxLength(200)
  search?: string;
}

@InputType({ description: 'Narrows a list of assignments.' })
export class AssignmentFilter {
  @Field(() => AssignmentRole, { nullable: true })
  role?: AssignmentRole;

  @Field(() => AssignmentSource, { nullable: true })
  source?: AssignmentSource;

  @Field({ nullable: true, description: 'true: only duties on the whole plan (no task); false: only duties on a task.' })
  wholePlan?: boolean;
}
