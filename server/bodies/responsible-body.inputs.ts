import { Field, InputType } from 'type-graphql';
import { DateResolver } from 'graphql-scalars';
import { MaxLength } from 'class-validator';
import { AssignmentRole, AssignmentSource, BodyKind } from './responsible-body.enums';

@InputType({ description: 'Narrows a list of responsible bodies; all given conditions must hold.' })
export class ResponsibleBodyFilter {
  @Field(() => BodyKind, { nullable: true, description: 'Only bodies of this kind.' })
  kind?: BodyKind;

  @Field({ nullable: true, description: 'Only bodies that must (true) or need not (false) send periodic reports.' })
  expectedToReport?: boolean;

  @Field({ nullable: true, description: 'Part of the code or name (Vietnamese or English), ignoring case and diacritics.' })
  @MaxLength(200)
  search?: string;

  @Field(() => DateResolver, { nullable: true, description: 'Only the bodies in force on this day. Without it, every body that ever had a part in the plan.' })
  asOf?: Date;

  @Field({ nullable: true, description: 'Only the bodies that hold a duty of this plan, e.g. "BK-CTDT-2021-2030": those it names, and those their duties passed to.' })
  planCode?: string;
}

@InputType({ description: 'Narrows a list of assignments.' })
export class AssignmentFilter {
  @Field(() => AssignmentRole, { nullable: true, description: 'Only duties with this role.' })
  role?: AssignmentRole;

  @Field(() => AssignmentSource, { nullable: true, description: 'Only duties stated in the plan (STATED) or read into it (INFERRED).' })
  source?: AssignmentSource;

  @Field({ nullable: true, description: 'true: only duties on the whole plan (no task); false: only duties on a task.' })
  wholePlan?: boolean;

  @Field({
    nullable: true,
    description: 'On a body\'s list: true adds the duties that passed to it from its predecessors (a commune committee holds those of the district committees before it). Their `body` stays the one the plan named.',
  })
  includeInherited?: boolean;
}
