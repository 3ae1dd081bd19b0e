import { Field, InputType, Int, ObjectType } from 'type-graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../access/viewer';
import { CodeSource } from '../bodies/responsible-body.enums';
import { CatalogueAction } from '../catalogue/catalogue-change.entity';
import { CLIENT_MUTATION_ID, codeErrors, LEGAL_BASIS, VERSION } from '../catalogue/catalogue-inputs';
import { applyCatalogueUpdate, changedFields, nextPosition, recordCatalogueChange } from '../catalogue/catalogue-log';
import type { Outcome } from '../graphql/mutations/outcome';
import { MutationPayload } from '../graphql/mutations/payload';
import type { MutationInput } from '../graphql/mutations/run-mutation';
import { textErrors, userError, UserError, UserErrorCode } from '../graphql/mutations/user-error';
import { toGlobalId } from '../graphql/relay/global-id';
import { lockInPlan, oneInPlan, PLAN_CODE } from '../plan/plan-codes';
import { planOfNew } from '../plan/plan-scope';
import { Task } from './task.entity';
import { Sector, TaskKind } from './task.enums';

@InputType({ description: 'A new task ("bổ sung các nhiệm vụ mới phát sinh"), or a new sub-item of one.' })
export class CreateTaskInput implements MutationInput {
  @Field({ description: 'Its code, e.g. "III.2.d.4" for a new sub-item of III.2.d (our numbering: codeSource DERIVED).' })
  code!: string;

  @Field(() => TaskKind, { description: 'Breakthrough task, main task or solution.' })
  kind!: TaskKind;

  @Field(() => String, { nullable: true, description: 'The task it is a sub-item of, if any.' })
  parentCode?: string | null;

  @Field(() => String, { nullable: true, description: 'The plan it belongs to, and the one `parentCode` is of; null: its parent\'s plan, or the only plan. Needed for a top-level task when the database holds several plans, and for a parent code that several plans have.' })
  planCode?: string | null;

  @Field({ description: 'Short title in Vietnamese.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Short title in English.' })
  titleEn?: string | null;

  @Field({ description: 'Full text, in Vietnamese.' })
  text!: string;

  @Field(() => Sector, { nullable: true, description: 'The field of public action.' })
  sector?: Sector | null;

  @Field({ description: LEGAL_BASIS })
  legalBasis!: string;

  @Field(() => String, { nullable: true, description: CLIENT_MUTATION_ID })
  clientMutationId?: string | null;
}

@InputType({ description: 'Changes to a task; absent fields stay as they are.' })
export class UpdateTaskInput implements MutationInput {
  @Field({ description: 'The task\'s code.' })
  code!: string;

  @Field(() => String, { nullable: true, description: PLAN_CODE })
  planCode?: string | null;

  @Field(() => Int, { description: VERSION })
  version!: number;

  @Field(() => String, { nullable: true, description: 'Short title in Vietnamese.' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'Short title in English.' })
  titleEn?: string | null;

  @Field(() => String, { nullable: true, description: 'Full text, in Vietnamese.' })
  text?: string | null;

  @Field(() => Sector, { nullable: true, description: 'The field of public action.' })
  sector?: Sector | null;

  @Field(() => String, { nullable: true, description: LEGAL_BASIS })
  legalBasis?: string | null;

  @Field(() => String, { nullable: true, description: CLIENT_MUTATION_ID })
  clientMutationId?: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'What `createTask` and `updateTask` return.' })
export class TaskPayload extends MutationPayload {
  @Field(() => Task, { nullable: true, description: 'The task as it is after the mutation; null when there are user errors.' })
  task: Task | null = null;
}

function taskTextErrors(input: { title?: string | null; text?: string | null; titleEn?: string | null; legalBasis?: string | null }, required: boolean): UserError[] {
  return [
    ...(required || input.title != null ? textErrors(input.title, 'title', { required: true, max: 500 }) : []),
    ...(required || input.text != null ? textErrors(input.text, 'text', { required: true, max: 20_000 }) : []),
    ...textErrors(input.titleEn, 'titleEn', { required: false, max: 500 }),
    ...textErrors(input.legalBasis, 'legalBasis', { required, max: 500 }),
  ];
}

export async function createTask(tx: EntityManager, viewer: Viewer, input: CreateTaskInput): Promise<Outcome<Task>> {
  const errors = [...codeErrors(input.code, 'code'), ...taskTextErrors(input, true)];
  if (errors.length) return { errors };
  const found = input.parentCode ? await oneInPlan(tx, Task, input.parentCode, input.planCode, ['parentCode']) : null;
  if (found && !found.ok) return found;
  const parent = found?.ok ?? null;
  const plan = await planOfNew(tx, parent, input.planCode);
  if (!plan.ok) return { errors: plan.errors };
  const existing = await tx.findOne(Task, { code: input.code, plan: plan.ok });
  if (existing) return { errors: [userError(UserErrorCode.ALREADY_EXISTS, ['code'], `A task of plan ${plan.ok.code} has the code "${input.code}"`, toGlobalId('Task', existing.id))] };
  const position = await nextPosition(tx, Task);
  const task = tx.create(Task, {
    code: input.code,
    kind: input.kind,
    parent,
    title: input.title.trim(),
    titleEn: input.titleEn ?? null,
    text: input.text.trim(),
    sector: input.sector ?? null,
    codeSource: CodeSource.DERIVED,
    plan: plan.ok,
    position,
  });
  await tx.flush();
  recordCatalogueChange(tx, { type: 'Task', id: task.id }, viewer.userId, {
    action: CatalogueAction.CREATED,
    after: { code: task.code, title: task.title, parentCode: input.parentCode ?? null },
    legalBasis: input.legalBasis.trim(),
  });
  await tx.flush();
  return { ok: task };
}

export async function updateTask(tx: EntityManager, viewer: Viewer, input: UpdateTaskInput): Promise<Outcome<Task>> {
  const errors = taskTextErrors(input, false);
  if (errors.length) return { errors };
  const locked = await lockInPlan(tx, Task, input.code, input.planCode, input.version);
  if (!locked.ok) return locked;
  const task = locked.ok;
  const changed = changedFields(task, {
    title: input.title?.trim() ?? undefined,
    titleEn: input.titleEn ?? undefined,
    text: input.text?.trim() ?? undefined,
    sector: input.sector ?? undefined,
  });
  if (!changed) return { ok: task };
  return { ok: await applyCatalogueUpdate(tx, task, 'Task', viewer.userId, changed, input.legalBasis) };
}
