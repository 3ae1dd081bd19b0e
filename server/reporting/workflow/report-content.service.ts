import type { EntityManager } from '@mikro-orm/postgresql';
import type { Outcome } from '../../graphql/mutations/outcome';
import { User } from '../../access/user.entity';
import type { Viewer } from '../../access/viewer';
import { textErrors, userError, UserErrorCode } from '../../graphql/mutations/user-error';
import { idOfType } from '../../graphql/relay/global-id';
import { oneInPlan } from '../../plan/plan-codes';
import { Task } from '../../tasks/task.entity';
import { recordChange, touchReport } from '../audit/change-log';
import { Obstacle } from './obstacle.entity';
import { EDITABLE, lockReport } from './report-lock';
import { ReportComment } from './report-comment.entity';
import { Report } from './report.entity';
import { AddObstacleInput, AddReportCommentInput, SetTaskProgressInput } from './report.inputs';
import { ChangeAction } from '../reporting.enums';
import { TaskProgress } from './task-progress.entity';

export const MAX_TEXT_LENGTH = 10_000;

/**
 * Any task of the plan: every reporting body has a whole-plan coordination
 * duty (sections V.1-V.5), so no task is outside what it may report on.
 */
function planTask(tx: EntityManager, input: { taskCode?: string | null; planCode?: string | null }): Promise<Outcome<Task>> {
  return oneInPlan(tx, Task, input.taskCode!, input.planCode, ['taskCode']);
}

export async function setTaskProgress(tx: EntityManager, viewer: Viewer, input: SetTaskProgressInput): Promise<Outcome<TaskProgress>> {
  const invalid = textErrors(input.narrative, 'narrative', { required: false, max: MAX_TEXT_LENGTH });
  if (invalid.length) return { errors: invalid };
  const locked = await lockReport(tx, viewer, input, { statuses: EDITABLE });
  if (!locked.ok) return locked;
  const report = locked.ok;
  const task = await planTask(tx, input);
  if (!task.ok) return task;
  const narrative = input.narrative?.trim() || null;
  let progress = await tx.findOne(TaskProgress, { report, task: task.ok });
  const before = progress && { status: progress.status, narrative: progress.narrative ?? null };
  if (before && before.status === input.status && before.narrative === narrative) return { ok: progress! };
  progress ??= tx.create(TaskProgress, { report, task: task.ok, status: input.status, narrative });
  Object.assign(progress, { status: input.status, narrative, updatedAt: new Date() });
  recordChange(tx, report, viewer.userId, {
    action: ChangeAction.TASK_PROGRESS_SET,
    before: before && { taskCode: input.taskCode, ...before },
    after: { taskCode: input.taskCode, status: input.status, narrative },
  });
  touchReport(report);
  await tx.flush();
  return { ok: progress };
}

export async function addObstacle(tx: EntityManager, viewer: Viewer, input: AddObstacleInput): Promise<Outcome<Obstacle>> {
  const invalid = [...textErrors(input.text, 'text', { required: true, max: MAX_TEXT_LENGTH }), ...textErrors(input.recommendation, 'recommendation', { required: false, max: MAX_TEXT_LENGTH })];
  if (invalid.length) return { errors: invalid };
  const locked = await lockReport(tx, viewer, input, { statuses: EDITABLE });
  if (!locked.ok) return locked;
  const report = locked.ok;
  const task = input.taskCode ? await planTask(tx, input) : null;
  if (task?.errors) return task;
  const obstacle = tx.create(Obstacle, { report, task: task?.ok ?? null, text: input.text.trim(), recommendation: input.recommendation?.trim() || null });
  touchReport(report);
  await tx.flush();
  recordChange(tx, report, viewer.userId, {
    action: ChangeAction.OBSTACLE_ADDED,
    after: { obstacleId: obstacle.globalId, text: obstacle.text, recommendation: obstacle.recommendation ?? null, taskCode: input.taskCode ?? null },
  });
  await tx.flush();
  return { ok: obstacle };
}

/** Comments never change the report itself: no version to quote, allowed in every status. */
export async function addComment(tx: EntityManager, viewer: Viewer, input: AddReportCommentInput): Promise<Outcome<ReportComment>> {
  const invalid = textErrors(input.text, 'text', { required: true, max: MAX_TEXT_LENGTH });
  if (invalid.length) return { errors: invalid };
  const id = idOfType('Report', input.reportId);
  const report = id === null ? null : await tx.findOne(Report, { id });
  if (!report) return { errors: [userError(UserErrorCode.NOT_FOUND, ['reportId'], 'No report has this ID')] };
  const comment = tx.create(ReportComment, { report, author: tx.getReference(User, viewer.userId), text: input.text.trim() });
  await tx.flush();
  recordChange(tx, report, viewer.userId, { action: ChangeAction.COMMENT_ADDED, after: { commentId: comment.globalId, text: comment.text } });
  await tx.flush();
  return { ok: comment };
}
