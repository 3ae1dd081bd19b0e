import { randomUUID } from 'node:crypto';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DateResolver } from 'graphql-scalars';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../access/viewer';
import { CatalogueAction } from '../catalogue/catalogue-change.entity';
import { CLIENT_MUTATION_ID, LEGAL_BASIS, VERSION } from '../catalogue/catalogue-inputs';
import { applyCatalogueUpdate, changedFields, nextPosition, recordCatalogueChange } from '../catalogue/catalogue-log';
import { lockVersioned } from '../catalogue/versioned';
import type { Outcome } from '../graphql/mutations/outcome';
import { MutationPayload } from '../graphql/mutations/payload';
import type { MutationInput } from '../graphql/mutations/run-mutation';
import { textErrors, userError, UserError, UserErrorCode } from '../graphql/mutations/user-error';
import { idOfType } from '../graphql/relay/global-id';
import { isoDate } from '../platform/dates';
import { oneInPlan } from '../plan/plan-codes';
import { planOfNew } from '../plan/plan-scope';
import { Task } from '../tasks/task.entity';
import { Assignment } from './assignment.entity';
import { AssignmentRole, AssignmentSource } from './responsible-body.enums';
import { ResponsibleBody } from './responsible-body.entity';

@InputType({ description: 'A new duty of a body: a reading of the plan (INFERRED), or given by a later decision (DECIDED, with its legal basis).' })
export class CreateAssignmentInput implements MutationInput {
  @Field(() => String, { nullable: true, description: 'The task it is on; null: a duty on the whole plan.' })
  taskCode?: string | null;

  @Field(() => String, { nullable: true, description: 'The plan the duty belongs to, and the one `taskCode` is of; null: the task\'s plan, or the only plan. Needed for a duty without a task when the database holds several plans, and for a task code that several plans have.' })
  planCode?: string | null;

  @Field({ description: 'The body, e.g. "SDTTG-19".' })
  bodyCode!: string;

  @Field(() => AssignmentRole, { description: 'The part the body plays, as the verb says it.' })
  role!: AssignmentRole;

  @Field({ description: 'The duty in Vietnamese: the words of the plan (STATED) or of the decision (DECIDED).' })
  duty!: string;

  @Field(() => AssignmentSource, { description: 'STATED (a duty of the plan\'s text that was missing), INFERRED or DECIDED.' })
  source!: AssignmentSource;

  @Field(() => String, { nullable: true, description: 'The plan\'s clause for a STATED duty, e.g. "V.4".' })
  sourceRef?: string | null;

  @Field(() => String, { nullable: true, description: 'Why it is read into the plan (INFERRED), in English.' })
  note?: string | null;

  @Field(() => String, { nullable: true, description: `${LEGAL_BASIS} Required for DECIDED.` })
  legalBasis?: string | null;

  @Field(() => DateResolver, { nullable: true, description: 'First day of the duty; null: since the plan.' })
  validFrom?: Date | null;

  @Field(() => String, { nullable: true, description: CLIENT_MUTATION_ID })
  clientMutationId?: string | null;
}

/** A write to an existing duty quotes its ID and version. Never in the schema itself. */
@InputType()
abstract class AssignmentWriteInput implements MutationInput {
  @Field(() => ID, { description: 'Global ID of the assignment.' })
  assignmentId!: string;

  @Field(() => Int, { description: VERSION })
  version!: number;

  @Field(() => String, { nullable: true, description: CLIENT_MUTATION_ID })
  clientMutationId?: string | null;
}

@InputType({ description: 'Changes to a duty; absent fields stay as they are.' })
export class UpdateAssignmentInput extends AssignmentWriteInput {
  @Field(() => AssignmentRole, { nullable: true, description: 'The part the body plays.' })
  role?: AssignmentRole | null;

  @Field(() => String, { nullable: true, description: 'The duty in Vietnamese.' })
  duty?: string | null;

  @Field(() => AssignmentSource, { nullable: true, description: 'STATED, INFERRED or DECIDED.' })
  source?: AssignmentSource | null;

  @Field(() => String, { nullable: true, description: 'The plan\'s clause.' })
  sourceRef?: string | null;

  @Field(() => String, { nullable: true, description: 'Why it is read into the plan, in English.' })
  note?: string | null;

  @Field(() => String, { nullable: true, description: LEGAL_BASIS })
  legalBasis?: string | null;
}

@InputType({ description: 'Ends a duty on a day, by a decision: it stays in the catalogue, with its days.' })
export class EndAssignmentInput extends AssignmentWriteInput {
  @Field(() => DateResolver, { description: 'The duty\'s last day.' })
  validTo!: Date;

  @Field({ description: LEGAL_BASIS })
  legalBasis!: string;
}

@ObjectType({ simpleResolvers: true, description: 'What `createAssignment`, `updateAssignment` and `endAssignment` return.' })
export class AssignmentPayload extends MutationPayload {
  @Field(() => Assignment, { nullable: true, description: 'The duty as it is after the mutation; null when there are user errors.' })
  assignment: Assignment | null = null;
}

function dutyErrors(input: { duty?: string | null; note?: string | null; sourceRef?: string | null; legalBasis?: string | null }, required: boolean): UserError[] {
  return [
    ...(required || input.duty != null ? textErrors(input.duty, 'duty', { required: true, max: 5_000 }) : []),
    ...textErrors(input.note, 'note', { required: false, max: 2_000 }),
    ...textErrors(input.sourceRef, 'sourceRef', { required: false, max: 50 }),
    ...textErrors(input.legalBasis, 'legalBasis', { required: false, max: 500 }),
  ];
}

/** A DECIDED duty names its decision; a STATED one the plan's clause. */
function sourceErrors(source: AssignmentSource, legalBasis: string | null | undefined, sourceRef: string | null | undefined): UserError[] {
  if (source === AssignmentSource.DECIDED && !legalBasis?.trim()) return [userError(UserErrorCode.BLANK, ['legalBasis'], 'A DECIDED duty needs the decision that gives it (legalBasis)')];
  if (source === AssignmentSource.STATED && !sourceRef?.trim()) return [userError(UserErrorCode.BLANK, ['sourceRef'], 'A STATED duty needs the plan\'s clause that states it (sourceRef)')];
  return [];
}

export async function createAssignment(tx: EntityManager, viewer: Viewer, input: CreateAssignmentInput): Promise<Outcome<Assignment>> {
  const errors = [...dutyErrors(input, true), ...sourceErrors(input.source, input.legalBasis, input.sourceRef)];
  if (errors.length) return { errors };
  const body = await tx.findOne(ResponsibleBody, { code: input.bodyCode });
  if (!body) return { errors: [userError(UserErrorCode.NOT_FOUND, ['bodyCode'], `No body has the code "${input.bodyCode}"`)] };
  const found = input.taskCode ? await oneInPlan(tx, Task, input.taskCode, input.planCode, ['taskCode']) : null;
  if (found && !found.ok) return found;
  const task = found?.ok ?? null;
  const plan = await planOfNew(tx, task, input.planCode);
  if (!plan.ok) return { errors: plan.errors };
  const position = await nextPosition(tx, Assignment);
  const assignment = tx.create(Assignment, {
    // Named apart from the plan's keys ("task|body|role"): a later duty never takes one of theirs.
    key: `${input.taskCode ?? '*'}|${input.bodyCode}|${input.role}#${randomUUID()}`,
    plan: plan.ok,
    task,
    body,
    role: input.role,
    duty: input.duty.trim(),
    source: input.source,
    sourceRef: input.sourceRef ?? null,
    note: input.note ?? null,
    legalBasis: input.legalBasis?.trim() ?? null,
    validFrom: input.validFrom ? isoDate(input.validFrom) : null,
    position,
  });
  await tx.flush();
  recordCatalogueChange(tx, { type: 'Assignment', id: assignment.id }, viewer.userId, {
    action: CatalogueAction.CREATED,
    after: { taskCode: input.taskCode ?? null, bodyCode: input.bodyCode, role: input.role, source: input.source },
    legalBasis: assignment.legalBasis,
  });
  await tx.flush();
  return { ok: assignment };
}

async function lockAssignment(tx: EntityManager, input: AssignmentWriteInput): Promise<Outcome<Assignment>> {
  const id = idOfType('Assignment', input.assignmentId);
  if (id === null) return { errors: [userError(UserErrorCode.NOT_FOUND, ['assignmentId'], 'No assignment has this ID')] };
  const locked = await lockVersioned(tx, Assignment, { id }, input.version, 'assignmentId', 'assignment has this ID');
  if (locked.ok?.validTo) {
    return { errors: [userError(UserErrorCode.NOT_EDITABLE, ['assignmentId'], `The duty ended on ${locked.ok.validTo}: record a new one instead`)] };
  }
  return locked;
}

export async function updateAssignment(tx: EntityManager, viewer: Viewer, input: UpdateAssignmentInput): Promise<Outcome<Assignment>> {
  const errors = dutyErrors(input, false);
  if (errors.length) return { errors };
  const locked = await lockAssignment(tx, input);
  if (!locked.ok) return locked;
  const assignment = locked.ok;
  const changed = changedFields(assignment, {
    role: input.role ?? undefined,
    duty: input.duty?.trim() ?? undefined,
    source: input.source ?? undefined,
    sourceRef: input.sourceRef ?? undefined,
    note: input.note ?? undefined,
    legalBasis: input.legalBasis?.trim() ?? undefined,
  });
  if (!changed) return { ok: assignment };
  const after = { ...assignment, ...changed.after } as Assignment;
  const invalid = sourceErrors(after.source, after.legalBasis, after.sourceRef);
  if (invalid.length) return { errors: invalid };
  return { ok: await applyCatalogueUpdate(tx, assignment, 'Assignment', viewer.userId, changed, input.legalBasis) };
}

export async function endAssignment(tx: EntityManager, viewer: Viewer, input: EndAssignmentInput): Promise<Outcome<Assignment>> {
  const errors = textErrors(input.legalBasis, 'legalBasis', { required: true, max: 500 });
  if (errors.length) return { errors };
  const locked = await lockAssignment(tx, input);
  if (!locked.ok) return locked;
  const assignment = locked.ok;
  const validTo = isoDate(input.validTo);
  if (assignment.validFrom && validTo < assignment.validFrom) {
    return { errors: [userError(UserErrorCode.INVALID, ['validTo'], `The duty began on ${assignment.validFrom}: it cannot end before`)] };
  }
  assignment.validTo = validTo;
  assignment.version += 1;
  recordCatalogueChange(tx, { type: 'Assignment', id: assignment.id }, viewer.userId, { action: CatalogueAction.ENDED, before: { validTo: null }, after: { validTo }, legalBasis: input.legalBasis.trim() });
  await tx.flush();
  return { ok: assignment };
}
