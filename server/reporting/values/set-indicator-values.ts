import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../access/viewer';
import { ResponsibleBody } from '../../bodies/responsible-body.entity';
import { userError, UserError, UserErrorCode } from '../../graphql/mutations/user-error';
import { Indicator } from '../../indicators/indicator.entity';
import { CodesInPlan } from '../../plan/plan-codes';
import { AdministrativeUnit } from '../../territory/administrative-unit.entity';
import { touchReport } from '../audit/change-log';
import { IndicatorValue } from './indicator-value.entity';
import { EDITABLE, lockReport } from '../workflow/report-lock';
import { Report } from '../workflow/report.entity';
import { SetIndicatorValuesInput } from '../workflow/report.inputs';
import { applyValues, ValueRow, valueKey } from './value-store';
import { levelErrors, numberErrors, storedValue } from './value-rules';
import { UnitsOnCutOff } from './unit-in-force';
import { ReportingPeriod } from '../periods/reporting-period.entity';

export const MAX_VALUES_PER_REQUEST = 1000;
const MAX_ETHNIC_GROUP_LENGTH = 50;

export interface SetValuesOutcome {
  report: Report | null;
  values: IndicatorValue[];
  errors: UserError[];
}

/** Validates every value first: all apply, or none and every problem is reported. */
export async function setIndicatorValues(tx: EntityManager, viewer: Viewer, input: SetIndicatorValuesInput): Promise<SetValuesOutcome> {
  if (input.values.length > MAX_VALUES_PER_REQUEST) {
    const message = `${input.values.length} values in one request; at most ${MAX_VALUES_PER_REQUEST}`;
    return { report: null, values: [], errors: [userError(UserErrorCode.TOO_MANY, ['values'], message)] };
  }
  const locked = await lockReport(tx, viewer, input, { statuses: EDITABLE });
  if (!locked.ok) return { report: null, values: [], errors: locked.errors };
  const report = locked.ok;
  const period = await tx.findOneOrFail(ReportingPeriod, { id: report.period.id });
  const checked = await checkValues(tx, report.body.getEntity(), period, input);
  if (checked.errors.length) return { report, values: [], errors: checked.errors };
  const applied = await applyValues(tx, report, checked.rows, viewer.userId);
  if (applied.changed > 0) {
    touchReport(report);
    await tx.flush();
  }
  return { report, values: applied.values, errors: [] };
}

async function checkValues(tx: EntityManager, body: ResponsibleBody, period: ReportingPeriod, { values: inputs, planCode }: SetIndicatorValuesInput) {
  const indicators = await CodesInPlan.load(tx, Indicator, inputs.map((v) => v.indicatorCode), planCode);
  const units = await UnitsOnCutOff.load(tx, inputs.map((v) => v.unitCode), period.endDate);
  const area = await areaOf(tx, body, inputs.flatMap((v) => units.get(v.unitCode) ?? []));
  const errors: UserError[] = [];
  const rows: ValueRow[] = [];
  const seen = new Set<string>();
  inputs.forEach((input, i) => {
    const at = ['values', i];
    const indicator = indicators.get(input.indicatorCode);
    const unit = units.get(input.unitCode);
    if (!indicator) errors.push(indicators.refusal(input.indicatorCode, [...at, 'indicatorCode']));
    if (!unit) errors.push(units.refusal(input.unitCode, [...at, 'unitCode']));
    const ethnicGroup = normalizeName(input.ethnicGroup);
    if (ethnicGroup && ethnicGroup.length > MAX_ETHNIC_GROUP_LENGTH) {
      errors.push(userError(UserErrorCode.TOO_LONG, [...at, 'ethnicGroup'], `An ethnic group name has at most ${MAX_ETHNIC_GROUP_LENGTH} characters`));
    }
    if (!indicator || !unit) return;
    const problems = [
      ...levelErrors(indicator, unit.level, [...at, 'unitCode']),
      ...(area.contains(unit) ? [] : [userError(UserErrorCode.UNIT_OUTSIDE_AREA, [...at, 'unitCode'], `${unit.name} (${unit.code}) is outside the area of ${body.code}`)]),
      ...numberErrors(indicator, input, at),
    ];
    const row: ValueRow = {
      indicatorId: indicator.id,
      unitId: unit.id,
      sex: input.sex ?? null,
      ethnicGroup,
      value: null,
      numerator: input.numerator ?? null,
      denominator: input.denominator ?? null,
    };
    if (seen.has(valueKey(row))) {
      problems.push(userError(UserErrorCode.DUPLICATE_VALUE, at, 'The same indicator, unit, sex and ethnic group appear earlier in this request'));
    }
    seen.add(valueKey(row));
    errors.push(...problems);
    if (problems.length === 0) rows.push({ ...row, value: storedValue(indicator, input) });
  });
  return { errors, rows };
}

/** One spelling per name: composed Unicode (NFC) and single spaces, so "Tày" typed two ways is one group. */
function normalizeName(name: string | null | undefined): string | null {
  return name?.normalize('NFC').replace(/\s+/g, ' ').trim() || null;
}

interface Area {
  contains(unit: AdministrativeUnit): boolean;
}

/** The body's territory and everything under it (three levels: province, district, commune). */
async function areaOf(tx: EntityManager, body: ResponsibleBody, units: AdministrativeUnit[]): Promise<Area> {
  const areaId = body.administrativeUnit?.id;
  if (areaId === undefined) return { contains: () => false };
  const parentIds = [...new Set(units.map((u) => u.parent?.id).filter((id): id is number => id != null))];
  const parents = await tx.find(AdministrativeUnit, { id: { $in: parentIds } });
  const grandparentOf = new Map(parents.map((p) => [p.id, p.parent?.id]));
  return {
    contains: (unit) => {
      const parentId = unit.parent?.id;
      return unit.id === areaId || parentId === areaId || (parentId !== undefined && grandparentOf.get(parentId) === areaId);
    },
  };
}
