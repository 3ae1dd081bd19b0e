import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { SeedState } from './seed-state.entity';
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
import { PlanData, readPlanData, UnitData } from './seed-data';
import { AdministrativeUnitSuccession } from '../territory/administrative-unit-succession.entity';
import { PlanTerritoryUnit } from '../plan/plan-territory-unit.entity';
import { refreshUnitCover } from '../territory/unit-cover';
import { rebuildKeptFigures } from '../reporting/rollup/kept-figures';
import { ResponsibleBodySuccession } from '../bodies/responsible-body-succession.entity';
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
  bodySuccessions: number;
  assignments: number;
  administrativeUnits: number;
  unitSuccessions: number;
  reportingPeriods: number;
}

/** A hash of the data files' content: what a database was seeded from. */
export function dataHash(data: PlanData): string {
  return createHash('sha256').update(JSON.stringify(data)).digest('hex');
}

/**
 * Seeds an empty database, and one seeded from other data files (an upgrade
 * that changed them: rows are matched by their natural keys, so ids stay);
 * does nothing when the data is what the database was seeded from.
 */
export async function seedIfChanged(em: EntityManager, data: PlanData = readPlanData()): Promise<SeedCounts | null> {
  const hash = dataHash(data);
  const state = await em.findOne(SeedState, { id: 1 });
  if (state?.dataHash === hash) return null;
  const counts = await seedDatabase(em, data);
  await em.upsert(SeedState, { id: 1, dataHash: hash, seededAt: new Date() });
  return counts;
}

/** Loads the whole plan; running it again changes nothing. */
export async function seedDatabase(em: EntityManager, data: PlanData = readPlanData()): Promise<SeedCounts> {
  return inTransaction(em, async (tx) => {
    const [plan] = (await syncByKey(tx, Plan, [data.plan], (p) => p.code, (p) => p.code, (p) => p)).values();
    const units = await seedUnits(tx, data);
    const unitSuccessions = await seedSuccessions(tx, data, units);
    await seedTerritory(tx, data, plan, units);
    await refreshUnitCover(tx);
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
      // The bodies of the 2025 files came after the plan: none of them is in it.
      namedInPlan: b.namedInPlan ?? false,
      listedBecause: b.listedBecause ?? (b.namedInPlan === undefined ? 'Carries on the duties of the plan\'s bodies after the 2025 reorganisation (see note).' : null),
      administrativeUnit: b.administrativeUnitCode ? unitOnDay(units, data, b.administrativeUnitCode, b.validTo) : null,
      validFrom: b.validFrom,
      validTo: b.validTo,
      position: data.bodies.indexOf(b) + 1,
    }));
    const bodySuccessions = await seedBodySuccessions(tx, data, bodies);
    const assignments = await seedAssignments(tx, data, tasks, bodies);
    const periods = reportingPeriodsBetween(FIRST_REPORTING_YEAR, data.plan.endYear);
    await syncByKey(tx, ReportingPeriod, periods, (p) => p.code, (p) => p.code, (p) => p);
    // Units and periods may have changed what lies in what: the kept figures follow.
    await rebuildKeptFigures(tx);
    return {
      objectives: objectives.size,
      indicators: indicators.size,
      targets,
      tasks: tasks.size,
      taskIndicators: links,
      bodies: bodies.size,
      bodySuccessions,
      assignments,
      administrativeUnits: units.size,
      unitSuccessions,
      reportingPeriods: periods.length,
    };
  });
}

/** A unit's natural key: its code and first day (codes are reused, so the code alone is not). */
function unitKey(unit: { code: string; validFrom?: string | null }): string {
  return `${unit.code}|${unit.validFrom ?? ''}`;
}

async function seedUnits(em: EntityManager, data: PlanData): Promise<Map<string, AdministrativeUnit>> {
  assertNoOverlap(data.units);
  const units = await syncByKey(em, AdministrativeUnit, data.units, unitKey, unitKey, (u) => ({
    code: u.code,
    name: u.name,
    unitType: u.unitType,
    level: u.level,
    validFrom: u.validFrom,
    validTo: u.validTo,
    parent: null,
    position: data.units.indexOf(u) + 1,
  }));
  for (const unit of data.units) {
    if (unit.parentCode) units.get(unitKey(unit))!.parent = parentOf(units, data.units, unit) as never;
  }
  await em.flush();
  return units;
}

/** The parent is the version of its code in force on the child's last day (a commune may predate its district's present form). */
function parentOf(units: Map<string, AdministrativeUnit>, all: UnitData[], child: UnitData): AdministrativeUnit {
  const day = child.validTo ?? '9999-12-31';
  const parent = all.find((u) => u.code === child.parentCode && (u.validFrom ?? '0001-01-01') <= day && (u.validTo ?? '9999-12-31') >= day);
  if (!parent) throw new Error(`seed data: no unit ${child.parentCode} in force on ${day} for ${child.code}`);
  return units.get(unitKey(parent))!;
}

function assertNoOverlap(units: UnitData[]): void {
  const byCode = new Map<string, UnitData[]>();
  for (const unit of units) byCode.set(unit.code, [...(byCode.get(unit.code) ?? []), unit]);
  for (const [code, versions] of byCode) {
    const sorted = [...versions].sort((a, b) => (a.validFrom ?? '').localeCompare(b.validFrom ?? ''));
    for (let i = 1; i < sorted.length; i++) {
      if (!sorted[i - 1].validTo || sorted[i - 1].validTo! >= (sorted[i].validFrom ?? '')) throw new Error(`seed data: versions of unit ${code} overlap`);
    }
  }
}

async function seedSuccessions(em: EntityManager, data: PlanData, units: Map<string, AdministrativeUnit>): Promise<number> {
  const synced = await syncByKey(
    em,
    AdministrativeUnitSuccession,
    data.unitSuccessions,
    (s) => `${units.get(unitKey(s.predecessor))!.id}>${units.get(unitKey(s.successor))!.id}`,
    (s) => `${s.predecessor.id}>${s.successor.id}`,
    (s) => ({
      predecessor: required(units, unitKey(s.predecessor), 'unit'),
      successor: required(units, unitKey(s.successor), 'unit'),
      effectiveDate: s.effectiveDate,
      legalBasis: s.legalBasis,
      whole: s.whole,
    }),
  );
  return synced.size;
}

async function seedTerritory(em: EntityManager, data: PlanData, plan: Plan, units: Map<string, AdministrativeUnit>): Promise<void> {
  await syncByKey(
    em,
    PlanTerritoryUnit,
    data.territory,
    (t) => `${plan.id}|${units.get(unitKey(t))!.id}`,
    (t) => `${t.plan.id}|${t.administrativeUnit.id}`,
    (t) => ({ plan, administrativeUnit: required(units, unitKey(t), 'unit') }),
  );
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
    codeSource: t.codeSource,
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
  const synced = await syncByKey(
    em,
    Assignment,
    data.assignments,
    (a) => a.key,
    (a) => a.key,
    (a) => ({
      key: a.key,
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

/** A body's unit: the version of the code in force on the body's last day (UBND-01840 has the new 01840). */
function unitOnDay(units: Map<string, AdministrativeUnit>, data: PlanData, code: string, lastDay: string | null): AdministrativeUnit {
  const day = lastDay ?? '9999-12-31';
  const version = data.units.find((u) => u.code === code && (u.validFrom ?? '0001-01-01') <= day && (u.validTo ?? '9999-12-31') >= day);
  if (!version) throw new Error(`seed data refers to unknown unit "${code}" on ${day}`);
  return units.get(unitKey(version))!;
}

async function seedBodySuccessions(em: EntityManager, data: PlanData, bodies: Map<string, ResponsibleBody>): Promise<number> {
  const codeOfBody = new Map([...bodies.values()].map((b) => [b.id, b.code]));
  const synced = await syncByKey(
    em,
    ResponsibleBodySuccession,
    data.bodySuccessions,
    (s) => `${s.predecessorCode}>${s.successorCode}`,
    (s) => `${codeOfBody.get(s.predecessor.id)}>${codeOfBody.get(s.successor.id)}`,
    (s) => ({
      predecessor: required(bodies, s.predecessorCode, 'body'),
      successor: required(bodies, s.successorCode, 'body'),
      effectiveDate: s.effectiveDate,
      legalBasis: s.legalBasis,
      note: s.note,
      inferred: s.inferred,
      whole: s.whole,
    }),
  );
  return synced.size;
}

function required<T>(map: Map<string, T>, code: string, what: string): T {
  const value = map.get(code);
  if (!value) throw new Error(`seed data refers to unknown ${what} "${code}"`);
  return value;
}
