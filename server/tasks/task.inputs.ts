import { Field, InputType } from 'type-graphql';
import { MaxLength } from 'class-validator';
import { AssignmentRole } from '../bodies/responsible-body.enums';
import { Sector, TaskKind } from './task.enums';

@InputType({ description: 'Narrows a list of tasks; all given conditions must hold.' })
export class TaskFilter {
  @Field({ nullable: true, description: 'Only those of the plan with this code (a database may hold several plans: `plans`).' })
  @MaxLength(50)
  planCode?: string;

  @Field(() => TaskKind, { nullable: true, description: 'Only items of this kind.' })
  kind?: TaskKind;

  @Field(() => Sector, { nullable: true, description: 'Only items of this sector.' })
  sector?: Sector;

  @Field({ nullable: true, description: 'Only tasks this body is assigned to (in `role`, when given).' })
  @MaxLength(50)
  bodyCode?: string;

  @Field(() => AssignmentRole, { nullable: true, description: 'Only tasks with an assignment in this role (of `bodyCode`, when given).' })
  role?: AssignmentRole;

  @Field({ nullable: true, description: 'Only the direct sub-items of the task with this code.' })
  @MaxLength(50)
  parentCode?: string;

  @Field({ nullable: true, description: 'true: only top-level items (III.1.a, III.2.b, IV.3...); false: only sub-items.' })
  topLevel?: boolean;

  @Field({ nullable: true, description: 'Part of the code, title or text, ignoring case and diacritics.' })
  @MaxLength(200)
  search?: string;
}
