import type { EntityManager } from '@mikro-orm/postgresql';
import type { Outcome } from '../../graphql/mutations/outcome';
import { refreshKeptFigures } from '../rollup/kept-figures';
import { User } from '../../access/user.entity';
import type { Viewer } from '../../access/viewer';
import { ResponsibleBody } from '../../bodies/responsible-body.entity';
import { textErrors, userError, UserErrorCode } from '../../graphql/mutations/user-error';
import { recordChange, touchReport } from '../audit/change-log';
import { MAX_TEXT_LENGTH } from './report-content.service';
import { assertMayWriteFor, EDITABLE, lockReport, ReportWrite } from './report-lock';
import { Report } from './report.entity';
import { ReportingPeriod } from '../periods/reporting-period.entity';
import { ChangeAction, ReportStatus } from '../reporting.enums';
import { isInForce } from '../../database/validity';
import { bodiesCarryingOn } from '../../bodies/body-lineage';

export interface NewReport {
  bodyCode: string;
  periodCode: string;
}

export interface CreatedReport {
  report: Report | null;
  errors: ReturnType<typeof userError>[];
}

/** One report per body and period: a second create names the first. */
export async function createReport(tx: EntityManager, viewer: Viewer, input: NewReport): Promise<CreatedReport> {
  const body = await tx.findOne(ResponsibleBody, { code: input.bodyCode });
  const period = await tx.findOne(ReportingPeriod, { code: input.periodCode });
  const errors = [];
  if (!body) errors.push(userError(UserErrorCode.NOT_FOUND, ['bodyCode'], `No body has the code "${input.bodyCode}"`));
  if (!period) errors.push(userError(UserErrorCode.NOT_FOUND, ['periodCode'], `No reporting period has the code "${input.periodCode}"`));
  if (!body || !period) return { report: null, errors };
  assertMayWriteFor(viewer, body.id, body.code);
  if (!body.expectedToReport) {
    return { report: null, errors: [userError(UserErrorCode.NOT_EXPECTED_TO_REPORT, ['bodyCode'], `${body.code} does not report under section V.7`)] };
  }
  if (!isInForce(body, period.endDate)) return { report: null, errors: [await notInForce(tx, body, period)] };
  // Concurrent creates: the unique (body, period) index lets exactly one insert through.
  const inserted = await tx.execute<Array<{ id: number }>>(
    'insert into report (body_id, period_id, kind, status, version, created_by_id, created_at, updated_at) ' +
      "values (?, ?, 'BODY', 'DRAFT', 1, ?, now(), now()) on conflict (body_id, period_id) do nothing returning id",
    [body.id, period.id, viewer.userId],
  );
  const report = await tx.findOneOrFail(Report, { body: body.id, period: period.id });
  if (inserted.length === 0) {
    const message = `${body.code} already has a report for ${period.code}`;
    return { report, errors: [userError(UserErrorCode.ALREADY_EXISTS, ['periodCode'], message, report.globalId)] };
  }
  recordChange(tx, report, viewer.userId, { action: ChangeAction.REPORT_CREATED, after: { status: report.status } });
  await tx.flush();
  return { report, errors: [] };
}

/** A body reports only for a period that ends (its data cut-off) while it is in force. */
async function notInForce(tx: EntityManager, body: ResponsibleBody, period: ReportingPeriod) {
  const day = period.endDate;
  if (body.validFrom && body.validFrom > day) {
    return userError(UserErrorCode.BODY_NOT_IN_FORCE, ['bodyCode'], `${body.code} begins on ${body.validFrom}, after ${period.code} ends on ${day}`);
  }
  const successors = await bodiesCarryingOn(tx, body, day);
  const who = successors.length ? `its reports come from ${successors.map((b) => b.code).join(', ')}` : 'no body took over its reports in our sources';
  return userError(UserErrorCode.BODY_NOT_IN_FORCE, ['bodyCode'], `${body.code} ended on ${body.validTo}, before ${period.code} ends on ${day}: ${who}`);
}

/** End of the due date in Vietnam (UTC+7): a report sent that evening is still on time. */
export function deadlineOf(period: ReportingPeriod): Date {
  return new Date(`${period.dueDate}T23:59:59.999+07:00`);
}

export async function submitReport(tx: EntityManager, viewer: Viewer, write: ReportWrite, now = new Date()): Promise<Outcome<Report>> {
  const locked = await lockReport(tx, viewer, write, { statuses: EDITABLE, transition: true });
  if (!locked.ok) return locked;
  const report = locked.ok;
  const period = await tx.findOneOrFail(ReportingPeriod, { id: report.period.id });
  const before = { status: report.status };
  report.status = ReportStatus.SUBMITTED;
  report.submittedAt = now;
  if (!report.firstSubmittedAt) {
    report.firstSubmittedAt = now;
    report.late = now > deadlineOf(period);
  }
  return changeStatus(tx, viewer, report, before, { late: report.late });
}

export async function returnReport(tx: EntityManager, viewer: Viewer, write: ReportWrite & { reason: string }): Promise<Outcome<Report>> {
  const invalid = textErrors(write.reason, 'reason', { required: true, max: MAX_TEXT_LENGTH });
  if (invalid.length) return { errors: invalid };
  const locked = await lockReport(tx, viewer, write, { statuses: [ReportStatus.SUBMITTED], transition: true, reviewing: true });
  if (!locked.ok) return locked;
  const report = locked.ok;
  const before = { status: report.status };
  report.status = ReportStatus.RETURNED;
  report.returnReason = write.reason.trim();
  markReviewed(tx, report, viewer);
  return changeStatus(tx, viewer, report, before, { reason: report.returnReason });
}

export async function acceptReport(tx: EntityManager, viewer: Viewer, write: ReportWrite): Promise<Outcome<Report>> {
  const locked = await lockReport(tx, viewer, write, { statuses: [ReportStatus.SUBMITTED], transition: true, reviewing: true });
  if (!locked.ok) return locked;
  const report = locked.ok;
  const before = { status: report.status };
  report.status = ReportStatus.ACCEPTED;
  markReviewed(tx, report, viewer);
  const changed = await changeStatus(tx, viewer, report, before, {});
  // Its values now count: the kept figures they change are built again in this transaction.
  await refreshKeptFigures(tx, report.id);
  return changed;
}

function markReviewed(tx: EntityManager, report: Report, viewer: Viewer): void {
  report.reviewedAt = new Date();
  report.reviewedBy = tx.getReference(User, viewer.userId, { wrapped: true });
}

async function changeStatus(
  tx: EntityManager,
  viewer: Viewer,
  report: Report,
  before: { status: ReportStatus },
  details: Record<string, unknown>,
): Promise<Outcome<Report>> {
  touchReport(report);
  recordChange(tx, report, viewer.userId, { action: ChangeAction.STATUS_CHANGED, before, after: { status: report.status, ...details } });
  await tx.flush();
  return { ok: report };
}
