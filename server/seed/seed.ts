import type { EntityManager } from '@mikro-orm/postgresql';
import { Assignment } from '../bodies/assignment.entity';
import { ResponsibleBody } from '../bodies/responsible-body.entity';
import { syncByKey } from '../database/sync-by-key';
import { Indicator } from '../indicators/indicator.entity';
import { Target } from '../indicators/target.entity';
import { Objective } from '../plan/objective.entity';
import { Plan } from '../plan/plan.entity';
import { ReportingPeriod } from '../reporting/periods/reporting-period.entity';
import { reportingPeriodsBetween } from '../reporting/periods/reporting-periods';
import { TaskIndicator } from '../tasks/task-indicator.entity';
import { Task } from '../tasks/task.entity';
import { AdministrativeUnit } from '../territory/administrative-unit.entity';
import { PlanData, readPlanData } from './seed-data';
import { inTransaction } from '../database/transaction';

/** Reporting starts with the first half-year after the plan was issued (June 2022). */
const FIRST_REPORTING_YEAR = 2022;

export interface SeedCounts {
  objectives: number;
  indicators: number;
  targets: number;
  tasks: number;
  taskIndicators: number;
  bodies: number;
  assignments: number;
  administrativeUnits: number;
  reportingPeriods: number;
}

/** Loads the whole plan; running it again changes nothing. */
export async function seedDatabase(em: EntityManager, data: PlanData = readPlanData()): Promise<SeedCounts> {
  return inTransaction(em, async (tx) => {
    const [plan] = (await syncByKey(tx, Plan, [data.plan], (p) => p.code, (p) => p.code, (p) => p)).values();
    const units = await seedUnits(tx, data);
    const objectives = await syncByKey(tx, Objective, data.objectives, (o) => o.code, (o) => o.code, (o) => ({
      ...o,
      plan,
      position: data.objectives.indexOf(o) + 1,
    }));
    const indicators = await seedIndicators(tx, data, objectives);
    const targets = await seedTargets(tx, data, indicators, objectives);
    const tasks = await seedTasks(tx, data, plan);
    const links = await syncByKey(
      tx,
      TaskIndicator,
      data.taskIndicators,
      (l) => `${l.taskCode}|${l.indicatorCode}`,
      (l) => `${l.task.id}|${l.indicator.id}`,
      (l) => ({ task: tasks.get(l.taskCode)!, indicator: indicators.get(l.indicatorCode)! }),
    ).then((map) => map.size);
    const bodies = await syncByKey(tx, ResponsibleBody, data.bodies, (b) => b.code, (b) => b.code, (b) => ({
      code: b.code,
      name: b.name,
      shortName: b.shortName,
      nameEn: b.nameEn,
      kind: b.kind,
      expectedToReport: b.expectedToReport,
      note: b.note,
      administrativeUnit: b.administrativeUnitCode ? required(units, b.administrativeUnitCode, 'unit') : null,
      position: data.bodies.indexOf(b) + 1,
    }));
    const assignments = await seedAssignments(tx, data, tasks, bodies);
    const periods = reportingPeriodsBetween(FIRST_REPORTING_YEAR, data.plan.endYear);
    await syncByKey(tx, ReportingPeriod, periods, (p) => p.code, (p) => p.code, (p) => p);
    return {
      objectives: objectives.size,
      indicators: indicators.size,
      targets,
      tasks: tasks.size,
      taskIndicators: links,
      bodies: bodies.size,
      assignments,
      administrativeUnits: units.size,
      reportingPeriods: periods.length,
    };
  });
}

async function seedUnits(em: EntityManager, data: PlanData): Promise<Map<string, AdministrativeUnit>> {
  // Codes are only unique among units without an end date: the 2025 mergers reuse them.
  const units = await syncByKey(
    em,
    AdministrativeUnit,
    data.units,
    (u) => u.code,
    (u) => u.code,
    (u) => ({ ...u, parent: null, position: data.units.indexOf(u) + 1 }),
    { validTo: null },
  );
  for (const unit of data.units) {
    if (unit.parentCode) units.get(unit.code)!.parent = required(units, unit.parentCode, 'parent unit') as never;
  }
  await em.flush();
  return units;
}

async function seedIndicators(
  em: EntityManager,
  data: PlanData,
  objectives: Map<string, Objective>,
): Promise<Map<string, Indicator>> {
  const indicators = await syncByKey(em, Indicator, data.indicators, (i) => i.code, (i) => i.code, (i) => ({
    code: i.code,
    name: i.name,
    nameEn: i.nameEn,
    unit: i.unit,
    measureKind: i.measureKind,
    aggregation: i.aggregation,
    reportingLevel: i.reportingLevel,
    disaggregation: i.disaggregation,
    definition: i.definition,
    objective: required(objectives, i.objectiveCode, 'objective'),
    parent: null,
    position: data.indicators.indexOf(i) + 1,
  }));
  for (const item of data.indicators) {
    if (item.parentCode) {
      indicators.get(item.code)!.parent = required(indicators, item.parentCode, 'parent indicator') as never;
    }
  }
  await em.flush();
  return indicators;
}

async function seedTargets(
  em: EntityManager,
  data: PlanData,
  indicators: Map<string, Indicator>,
  objectives: Map<string, Objective>,
): Promise<number> {
  const targets = data.indicators.flatMap((i) => i.targets.map((t) => ({ ...t, indicatorCode: i.code })));
  const synced = await syncByKey(
    em,
    Target,
    targets,
    (t) => `${indicators.get(t.indicatorCode)!.id}|${t.year}`,
    (t) => `${t.indicator.id}|${t.year}`,
    (t) => ({
      indicator: indicators.get(t.indicatorCode)!,
      objective: required(objectives, t.objectiveCode, 'objective'),
      year: t.year,
      comparator: t.comparator,
      value: t.value,
      valueMax: t.valueMax,
      baselineValue: t.baselineValue,
      baselineYear: t.baselineYear,
      text: t.text,
    }),
  );
  return synced.size;
}

async function seedTasks(em: EntityManager, data: PlanData, plan: Plan): Promise<Map<string, Task>> {
  const tasks = await syncByKey(em, Task, data.tasks, (t) => t.code, (t) => t.code, (t) => ({
    code: t.code,
    kind: t.kind,
    title: t.title,
    titleEn: t.titleEn,
    text: t.text,
    sector: t.sector,
    plan,
    parent: null,
    position: data.tasks.indexOf(t) + 1,
  }));
  for (const task of data.tasks) {
    if (task.parentCode) tasks.get(task.code)!.parent = required(tasks, task.parentCode, 'parent task') as never;
  }
  await em.flush();
  return tasks;
}

async function seedAssignments(
  em: EntityManager,
  data: PlanData,
  tasks: Map<string, Task>,
  bodies: Map<string, ResponsibleBody>,
): Promise<number> {
  const codeOfTask = new Map([...tasks.values()].map((t) => [t.id, t.code]));
  const codeOfBody = new Map([...bodies.values()].map((b) => [b.id, b.code]));
  const synced = await syncByKey(
    em,
    Assignment,
    data.assignments,
    (a) => `${a.taskCode ?? '*'}|${a.bodyCode}|${a.role}`,
    (a) => `${a.task ? codeOfTask.get(a.task.id) : '*'}|${codeOfBody.get(a.body.id)}|${a.role}`,
    (a) => ({
      task: a.taskCode ? required(tasks, a.taskCode, 'task') : null,
      body: required(bodies, a.bodyCode, 'body'),
      role: a.role,
      duty: a.duty,
      source: a.source,
      sourceRef: a.sourceRef,
      note: a.rationale,
      position: data.assignments.indexOf(a) + 1,
    }),
  );
  return synced.size;
}

function required<T>(map: Map<string, T>, code: string, what: string): T {
  const value = map.get(code);
  if (!value) throw new Error(`seed data refers to unknown ${what} "${code}"`);
  return value;
}
