import { bodiesWithDutiesIn } from '../../bodies/body-lineage';
import { ResponsibleBody } from '../../bodies/responsible-body.entity';
import { runRead } from '../../database/direct-statement';
import { Plan } from '../../plan/plan.entity';
import { ReportingPeriod } from '../periods/reporting-period.entity';
import type { RequestContext } from '../../graphql/context';
import { findReportingPeriod } from '../periods/reporting-period.service';
import { Report } from '../workflow/report.entity';
import { ReportKind } from '../reporting.enums';
import { BodyReportingStatus, ReportingStatus } from './reporting-status.types';

/** Who reports on the plan for the period: none outside its years, else the bodies holding its duties; undefined: no such plan. */
async function bodiesReportingOn(ctx: RequestContext, planCode: string, period: ReportingPeriod): Promise<number[] | undefined> {
  const plan = await ctx.loaders.byUnique<Plan, string>(Plan, 'code').load(planCode);
  if (!plan) return undefined;
  if (period.year < plan.startYear || period.year > plan.endYear) return [];
  const rows = await runRead<{ body_id: number }>(ctx.em, bodiesWithDutiesIn(ctx.em.getKnex(), planCode));
  return rows.map((row) => row.body_id);
}

function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 100 * 100) / 100;
}

export async function reportingStatus(ctx: RequestContext, periodCode: string, planCode: string | null = null): Promise<ReportingStatus | null> {
  const period = await findReportingPeriod(ctx, periodCode);
  if (!period) return null;
  const onPlan = planCode == null ? null : await bodiesReportingOn(ctx, planCode, period);
  if (onPlan === undefined) return null;
  // The bodies in force on the period's last day (its data cut-off) are the ones expected.
  const day = period.endDate;
  const bodies = await ctx.em.find(
    ResponsibleBody,
    {
      expectedToReport: true,
      ...(onPlan ? { id: { $in: onPlan } } : {}),
      $and: [{ $or: [{ validFrom: null }, { validFrom: { $lte: day } }] }, { $or: [{ validTo: null }, { validTo: { $gte: day } }] }],
    },
    { orderBy: { position: 'asc' } },
  );
  const reports = await ctx.em.find(Report, { period, kind: ReportKind.BODY, body: { $in: bodies.map((b) => b.id) } });
  const reportOf = new Map(reports.map((r) => [r.body.id, r]));
  const rows: BodyReportingStatus[] = bodies.map((body) => {
    const report = reportOf.get(body.id) ?? null;
    const received = report?.firstSubmittedAt != null;
    return {
      body,
      report,
      status: report?.status ?? null,
      submittedAt: report?.firstSubmittedAt ?? null,
      received,
      onTime: received ? !report!.late : null,
    };
  });
  const received = rows.filter((r) => r.received).length;
  const receivedOnTime = rows.filter((r) => r.onTime).length;
  return {
    period,
    expected: rows.length,
    received,
    receivedOnTime,
    completeness: percent(received, rows.length),
    timeliness: percent(receivedOnTime, rows.length),
    bodies: rows,
  };
}
