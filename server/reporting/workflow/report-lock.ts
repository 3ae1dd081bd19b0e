import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Role } from '../../access/role';
import type { Viewer } from '../../access/viewer';
import { forbidden } from '../../graphql/errors';
import { userError, UserErrorCode } from '../../graphql/mutations/user-error';
import { idOfType } from '../../graphql/relay/global-id';
import type { Outcome } from '../../graphql/mutations/outcome';
import { Report } from './report.entity';
import { ReportKind, ReportStatus } from '../reporting.enums';

/** What a write to an existing report quotes. */
export interface ReportWrite {
  reportId: string;
  version: number;
}

/** Whether this caller may write this body's reports: its own body, or any for an ADMIN. */
export function assertMayWriteFor(viewer: Viewer, bodyId: number, bodyCode: string): void {
  if (viewer.role === Role.ADMIN) return;
  if (viewer.role === Role.REPORTER && viewer.bodyId === bodyId) return;
  throw forbidden(`Only ${bodyCode}'s own reporters and ADMINs write ${bodyCode}'s reports`);
}

/**
 * Loads the report under a row lock, so that concurrent writes to one report
 * queue, then checks who may write and the version the caller read. A stale
 * version is a CONFLICT: nothing is overwritten.
 */
export async function lockReport(
  tx: EntityManager,
  viewer: Viewer,
  write: ReportWrite,
  allowed: { statuses: ReportStatus[]; transition?: boolean; reviewing?: boolean },
): Promise<Outcome<Report>> {
  const id = idOfType('Report', write.reportId);
  const report = id === null ? null : await tx.findOne(Report, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, populate: ['body'] });
  if (!report) return { errors: [userError(UserErrorCode.NOT_FOUND, ['reportId'], 'No report has this ID')] };
  if (!allowed.reviewing) assertMayWriteFor(viewer, report.body.id, report.body.getEntity().code);
  if (report.kind === ReportKind.CONSOLIDATED) {
    return { errors: [userError(UserErrorCode.NOT_EDITABLE, ['reportId'], 'The consolidated report is rebuilt by consolidatePeriod only')] };
  }
  if (report.version !== write.version) {
    return {
      errors: [
        userError(UserErrorCode.CONFLICT, ['version'], `The report is at version ${report.version}, not ${write.version}: read it again and retry`),
      ],
    };
  }
  if (!allowed.statuses.includes(report.status)) {
    const code = allowed.transition ? UserErrorCode.INVALID_TRANSITION : UserErrorCode.NOT_EDITABLE;
    return { errors: [userError(code, ['reportId'], `The report is ${report.status}; this needs ${allowed.statuses.join(' or ')}`)] };
  }
  return { ok: report };
}

/** Statuses in which a body still edits its report. */
export const EDITABLE = [ReportStatus.DRAFT, ReportStatus.RETURNED];
