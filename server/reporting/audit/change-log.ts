import type { EntityManager } from '@mikro-orm/postgresql';
import { ChangeRecord } from './change-record.entity';
import { Report } from '../workflow/report.entity';
import { ChangeAction } from '../reporting.enums';

export interface Change {
  action: ChangeAction;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  indicatorValueId?: number | null;
}

/** Adds an audit record to the unit of work, so it commits (or not) with the change itself. */
export function recordChange(tx: EntityManager, report: Report, actorId: number | null, change: Change): void {
  tx.create(ChangeRecord, {
    report,
    actor: actorId,
    action: change.action,
    before: change.before ?? null,
    after: change.after ?? null,
    indicatorValueId: change.indicatorValueId ?? null,
  });
}

/** Every write to a report or its contents moves its version on. */
export function touchReport(report: Report, now = new Date()): void {
  report.version += 1;
  report.updatedAt = now;
}
