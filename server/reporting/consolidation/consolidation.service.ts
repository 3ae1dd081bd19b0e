import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../access/viewer';
import { ResponsibleBody } from '../../bodies/responsible-body.entity';
import { userError, UserError, UserErrorCode } from '../../graphql/mutations/user-error';
import { Aggregation } from '../../indicators/indicator.enums';
import { recordChange, touchReport } from '../audit/change-log';
import { Report } from '../workflow/report.entity';
import { ReportingPeriod } from '../periods/reporting-period.entity';
import { ChangeAction, ReportKind, ReportStatus, Sex } from '../reporting.enums';
import { applyValues, ValueRow } from '../values/value-store';
import { BASE_UNIT, DISTRICT_FIGURES } from '../rollup/district-figure';
import { bodiesCarryingOn } from '../../bodies/body-lineage';
import { ratioValue } from '../values/value-rules';

/** Ban Dân tộc tỉnh consolidates the province's report (section V.7); after it, its successor in force on the period's last day. */
export const CONSOLIDATING_BODY_CODE = 'BDT';

/**
 * Source values: every value of the period's ACCEPTED body reports. When two
 * accepted reports give the same indicator, unit and breakdown, the one
 * accepted last counts. On a map with districts (until 30 June 2025) each
 * district's figure is its own reported value, else the sum of its
 * communes'; on the map without them, each commune's figure is its own. The
 * province (the consolidator's unit: 06, or 19 after the merger) adds those
 * up (SUM), or divides summed numerators by summed denominators (RATIO).
 * NONE indicators keep the value reported for the province.
 */
const CONSOLIDATION_SQL = `
with source as (
  select distinct on (v.indicator_id, v.administrative_unit_id, coalesce(v.sex, ''), coalesce(v.ethnic_group, ''))
    v.indicator_id, v.sex, v.ethnic_group, v.value, v.numerator, v.denominator, i.aggregation, u.level, u.id as unit_id,
    ${BASE_UNIT} as district_id
  from indicator_value v
  join report r on r.id = v.report_id
  join indicator i on i.id = v.indicator_id
  join administrative_unit u on u.id = v.administrative_unit_id
  left join administrative_unit pu on pu.id = u.parent_id
  where r.period_id = ? and r.status = 'ACCEPTED' and r.kind = 'BODY'
  order by v.indicator_id, v.administrative_unit_id, coalesce(v.sex, ''), coalesce(v.ethnic_group, ''), r.reviewed_at desc, r.id desc
),
district as (
  select indicator_id, district_id, sex, ethnic_group, aggregation,
    ${DISTRICT_FIGURES}
  from source
  where aggregation in ('SUM', 'RATIO') and district_id is not null
  group by indicator_id, district_id, sex, ethnic_group, aggregation
)
select indicator_id, district_id as unit_id, sex, ethnic_group, aggregation, value, numerator, denominator from district
union all
select indicator_id, ?::int, sex, ethnic_group, aggregation, sum(value), sum(numerator), sum(denominator)
from district group by indicator_id, sex, ethnic_group, aggregation
union all
select indicator_id, unit_id, sex, ethnic_group, aggregation, value, numerator, denominator
from source where aggregation = 'NONE' and level = 'PROVINCE'
`;

interface ConsolidatedRow {
  indicator_id: number;
  unit_id: number;
  sex: Sex | null;
  ethnic_group: string | null;
  aggregation: Aggregation;
  value: string | null;
  numerator: string | null;
  denominator: string | null;
}

export interface ConsolidationOutcome {
  report: Report | null;
  sourceReports: number;
  changedValues: number;
  errors: UserError[];
}

/**
 * Rebuilds the period's CONSOLIDATED report from its ACCEPTED reports, at
 * district and province level. Only differences are written, so a second run
 * over the same reports changes nothing.
 */
export async function consolidatePeriod(tx: EntityManager, viewer: Viewer, periodCode: string): Promise<ConsolidationOutcome> {
  const period = await tx.findOne(ReportingPeriod, { code: periodCode });
  if (!period) return failure(userError(UserErrorCode.NOT_FOUND, ['periodCode'], `No reporting period has the code "${periodCode}"`));
  const sourceReports = await tx.count(Report, { period, status: ReportStatus.ACCEPTED, kind: ReportKind.BODY });
  if (sourceReports === 0) {
    return failure(userError(UserErrorCode.NOTHING_TO_CONSOLIDATE, ['periodCode'], `No report for ${period.code} is ACCEPTED yet`));
  }
  const consolidator = await consolidatorOf(tx, period);
  const provinceId = consolidator.administrativeUnit!.id;
  const report = await consolidatedReport(tx, consolidator, period, viewer);
  const rows = (await tx.execute<ConsolidatedRow[]>(CONSOLIDATION_SQL, [period.id, provinceId])).map(toValueRow);
  const applied = await applyValues(tx, report, rows, viewer.userId, { removeOthers: true });
  const changedValues = applied.changed + applied.removed;
  if (changedValues > 0) {
    touchReport(report);
    report.reviewedAt = new Date();
    await tx.flush();
  }
  return { report, sourceReports, changedValues, errors: [] };
}

/** Ban Dân tộc tỉnh, or the body that carries on from it on the period's last day. */
async function consolidatorOf(tx: EntityManager, period: ReportingPeriod): Promise<ResponsibleBody> {
  const first = await tx.findOneOrFail(ResponsibleBody, { code: CONSOLIDATING_BODY_CODE });
  const [consolidator] = await bodiesCarryingOn(tx, first, period.endDate);
  if (!consolidator) throw new Error(`no successor of ${CONSOLIDATING_BODY_CODE} is in force on ${period.endDate}`);
  return consolidator;
}

function failure(error: UserError): ConsolidationOutcome {
  return { report: null, sourceReports: 0, changedValues: 0, errors: [error] };
}

/** The period's consolidated report, created on first use and locked so that two runs queue. */
async function consolidatedReport(tx: EntityManager, body: ResponsibleBody, period: ReportingPeriod, viewer: Viewer): Promise<Report> {
  const inserted = await tx.execute<Array<{ id: number }>>(
    'insert into report (body_id, period_id, kind, status, version, created_by_id, created_at, updated_at) ' +
      "values (?, ?, 'CONSOLIDATED', 'ACCEPTED', 1, ?, now(), now()) on conflict (body_id, period_id) do nothing returning id",
    [body.id, period.id, viewer.userId],
  );
  const report = await tx.findOneOrFail(Report, { body, period }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (inserted.length > 0) {
    recordChange(tx, report, viewer.userId, { action: ChangeAction.REPORT_CREATED, after: { status: report.status, kind: report.kind } });
  }
  return report;
}

function toValueRow(row: ConsolidatedRow): ValueRow {
  const numerator = row.numerator === null ? null : Number(row.numerator);
  const denominator = row.denominator === null ? null : Number(row.denominator);
  const isRatio = row.aggregation === Aggregation.RATIO && numerator !== null && denominator !== null && denominator > 0;
  return {
    indicatorId: row.indicator_id,
    unitId: row.unit_id,
    sex: row.sex,
    ethnicGroup: row.ethnic_group,
    value: isRatio ? ratioValue(numerator, denominator) : row.value === null ? null : Number(row.value),
    numerator: row.aggregation === Aggregation.RATIO ? numerator : null,
    denominator: row.aggregation === Aggregation.RATIO ? denominator : null,
  };
}
