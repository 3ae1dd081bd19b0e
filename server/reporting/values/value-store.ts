import type { EntityManager } from '@mikro-orm/postgresql';
import { IndicatorValue } from './indicator-value.entity';
import { recordChange } from '../audit/change-log';
import { Report } from '../workflow/report.entity';
import { ChangeAction, Sex } from '../reporting.enums';

/** One value as it should be stored, keyed by indicator, unit and breakdown. */
export interface ValueRow {
  indicatorId: number;
  unitId: number;
  sex: Sex | null;
  ethnicGroup: string | null;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
}

export function valueKey(row: Pick<ValueRow, 'indicatorId' | 'unitId' | 'sex' | 'ethnicGroup'>): string {
  return [row.indicatorId, row.unitId, row.sex ?? '', row.ethnicGroup ?? ''].join('|');
}

function keyOf(value: IndicatorValue): string {
  return valueKey({ indicatorId: value.indicator.id, unitId: value.administrativeUnit.id, sex: value.sex ?? null, ethnicGroup: value.ethnicGroup ?? null });
}

function numbersOf(value: { value?: number | null; numerator?: number | null; denominator?: number | null }) {
  return { value: value.value ?? null, numerator: value.numerator ?? null, denominator: value.denominator ?? null };
}

function sameNumbers(a: ReturnType<typeof numbersOf>, b: ReturnType<typeof numbersOf>): boolean {
  return a.value === b.value && a.numerator === b.numerator && a.denominator === b.denominator;
}

export interface AppliedValues {
  /** The stored value of every row given, in the order given. */
  values: IndicatorValue[];
  changed: number;
  removed: number;
}

/**
 * Writes `rows` into `report`, recording each real change in the audit trail.
 * Unchanged rows write nothing, so applying the same rows twice changes nothing.
 * With `removeOthers`, values of the report not in `rows` are removed.
 */
export async function applyValues(
  tx: EntityManager,
  report: Report,
  rows: ValueRow[],
  actorId: number | null,
  options: { removeOthers?: boolean } = {},
): Promise<AppliedValues> {
  const existingWhere = options.removeOthers
    ? { report: report.id }
    : { report: report.id, indicator: { $in: [...new Set(rows.map((r) => r.indicatorId))] } };
  const existing = new Map((await tx.find(IndicatorValue, existingWhere)).map((v) => [keyOf(v), v]));
  const now = new Date();
  const pending: Array<{ stored: IndicatorValue; before: ReturnType<typeof numbersOf> | null }> = [];
  const values = rows.map((row) => {
    const key = valueKey(row);
    const stored = existing.get(key);
    existing.delete(key);
    if (stored) {
      const before = numbersOf(stored);
      if (!sameNumbers(before, numbersOf(row))) {
        Object.assign(stored, numbersOf(row), { updatedAt: now });
        pending.push({ stored, before });
      }
      return stored;
    }
    const created = tx.create(IndicatorValue, {
      report,
      indicator: row.indicatorId,
      administrativeUnit: row.unitId,
      sex: row.sex,
      ethnicGroup: row.ethnicGroup,
      ...numbersOf(row),
      updatedAt: now,
    });
    pending.push({ stored: created, before: null });
    return created;
  });
  const removed = options.removeOthers ? [...existing.values()] : [];
  for (const value of removed) {
    recordChange(tx, report, actorId, { action: ChangeAction.VALUE_REMOVED, indicatorValueId: value.id, before: numbersOf(value) });
    tx.remove(value);
  }
  // New values need their IDs before the audit trail can point at them.
  await tx.flush();
  for (const { stored, before } of pending) {
    recordChange(tx, report, actorId, {
      action: ChangeAction.VALUE_SET,
      indicatorValueId: stored.id,
      before,
      after: numbersOf(stored),
    });
  }
  await tx.flush();
  return { values, changed: pending.length, removed: removed.length };
}
