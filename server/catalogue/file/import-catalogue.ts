import type { EntityManager } from '@mikro-orm/postgresql';
import { Assignment } from '../../bodies/assignment.entity';
import { ResponsibleBodySuccession } from '../../bodies/responsible-body-succession.entity';
import { ResponsibleBody } from '../../bodies/responsible-body.entity';
import { syncByKey } from '../../database/sync-by-key';
import { Indicator } from '../../indicators/indicator.entity';
import { TargetRevision } from '../../indicators/target-revision.entity';
import { Target } from '../../indicators/target.entity';
import { Objective } from '../../plan/objective.entity';
import { PlanTerritoryUnit } from '../../plan/plan-territory-unit.entity';
import { Plan } from '../../plan/plan.entity';
import { ReportingPeriod } from '../../reporting/periods/reporting-period.entity';
import { rebuildKeptFigures } from '../../reporting/rollup/kept-figures';
import { TaskIndicator } from '../../tasks/task-indicator.entity';
import { Task } from '../../tasks/task.entity';
import { AdministrativeUnit } from '../../territory/administrative-unit.entity';
import { CatalogueFile, CATALOGUE_KEYS, UnitRef } from './catalogue-file';
import { CatalogueDifference, diffCatalogues } from './catalogue-diff';
import { exportCatalogue } from './export-catalogue';
import { conflictsWithDatabase } from './catalogue-conflicts';

/** A file the database cannot take as it is: each problem names the object. Nothing was applied. */
export class CatalogueImportError extends Error {
  constructor(readonly problems: string[]) {
    super(`the catalogue file cannot be imported:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  }
}

export interface CatalogueCounts {
  objectives: number;
  indicators: number;
  targets: number;
  targetRevisions: number;
  tasks: number;
  taskIndicators: number;
  bodies: number;
  bodySuccessions: number;
  assignments: number;
  reportingPeriods: number;
  territory: number;
}

export interface CatalogueImport {
  differences: CatalogueDifference[];
  counts: CatalogueCounts;
}

/**
 * Applies a checked file (check-catalogue-file.ts) in the caller's
 * transaction: rows are matched by their natural keys, so ids (and global IDs)
 * stay; what the file leaves out is left as it is; each object the file
 * changes moves on a version, so an administrator's write that read the old
 * one is a CONFLICT. The seed loads the project's own data files this way.
 */
export async function importCatalogue(
  tx: EntityManager,
  file: CatalogueFile,
  current: CatalogueFile | null | undefined = undefined,
): Promise<CatalogueImport> {
  const units = await unitsByRef(tx);
  const problems = await conflictsWithDatabase(tx, file, units);
  if (problems.length) throw new CatalogueImportError(problems);
  // The caller may have exported the catalogue already (the seed does): null is "no such plan yet".
  const differences = diffCatalogues(current === undefined ? await exportCatalogue(tx, file.plan.code) : current, file);
  const [plan] = (await syncByKey(tx, Plan, [file.plan], (p) => p.code, (p) => p.code, (p) => p)).values();
  const territory = await importTerritory(tx, file, plan, units);
  const objectives = await syncByKey(tx, Objective, file.objectives, (o) => o.code, (o) => o.code, (o, index) => ({ ...o, plan, position: index + 1 }), { plan });
  const indicators = await importIndicators(tx, file, plan, objectives);
  const targets = await importTargets(tx, file, plan, indicators, objectives);
  const tasks = await importTasks(tx, file, plan);
  const links = await syncByKey(
    tx,
    TaskIndicator,
    file.taskIndicators,
    (l) => `${tasks.get(l.taskCode)!.id}|${indicators.get(l.indicatorCode)!.id}`,
    (l) => `${l.task.id}|${l.indicator.id}`,
    (l) => ({ task: tasks.get(l.taskCode)!, indicator: indicators.get(l.indicatorCode)! }),
    { task: { plan } },
  );
  const bodies = await importBodies(tx, file, units);
  const successions = await importBodySuccessions(tx, file, bodies);
  const assignments = await syncByKey(tx, Assignment, file.assignments, (a) => a.key, (a) => a.key, (a, index) => ({
    key: a.key,
    plan,
    task: a.taskCode ? tasks.get(a.taskCode)! : null,
    body: bodies.get(a.bodyCode)!,
    role: a.role,
    duty: a.duty,
    source: a.source,
    sourceRef: a.sourceRef,
    note: a.rationale,
    legalBasis: a.legalBasis,
    validFrom: a.validFrom,
    validTo: a.validTo,
    position: index + 1,
  }), { plan });
  const periods = await syncByKey(tx, ReportingPeriod, file.periods, (p) => p.code, (p) => p.code, (p, index) => ({ ...p, position: index + 1 }));
  bumpVersions(differences, { indicators, tasks, bodies, assignments, periods, targets: targets.byKey });
  await tx.flush();
  // A figure is built on its period's map (the day its data window ends): a moved window moves it.
  if (differences.some(movesAPeriodWindow)) await rebuildKeptFigures(tx);
  return {
    differences,
    counts: {
      objectives: objectives.size,
      indicators: indicators.size,
      targets: targets.byKey.size,
      targetRevisions: targets.revisions,
      tasks: tasks.size,
      taskIndicators: links.size,
      bodies: bodies.size,
      bodySuccessions: successions,
      assignments: assignments.size,
      reportingPeriods: periods.size,
      territory,
    },
  };
}

async function importTerritory(tx: EntityManager, file: CatalogueFile, plan: Plan, units: Map<string, AdministrativeUnit>): Promise<number> {
  const synced = await syncByKey(
    tx,
    PlanTerritoryUnit,
    file.territory,
    (t) => `${plan.id}|${units.get(CATALOGUE_KEYS.territory(t))!.id}`,
    (t) => `${t.plan.id}|${t.administrativeUnit.id}`,
    (t) => ({ plan, administrativeUnit: units.get(CATALOGUE_KEYS.territory(t))! }),
    { plan },
  );
  return synced.size;
}

/** Every unit by its code and first day. */
async function unitsByRef(tx: EntityManager): Promise<Map<string, AdministrativeUnit>> {
  return new Map((await tx.find(AdministrativeUnit, {})).map((u) => [CATALOGUE_KEYS.territory(u as UnitRef), u]));
}

async function importIndicators(tx: EntityManager, file: CatalogueFile, plan: Plan, objectives: Map<string, Objective>): Promise<Map<string, Indicator>> {
  const indicators = await syncByKey(
    tx,
    Indicator,
    file.indicators,
    (i) => i.code,
    (i) => i.code,
    ({ targets: _targets, parentCode: _parent, objectiveCode, ...i }, index) => ({ ...i, plan, objective: objectives.get(objectiveCode)!, parent: null, position: index + 1 }),
    { plan },
  );
  for (const item of file.indicators) {
    if (item.parentCode) indicators.get(item.code)!.parent = indicators.get(item.parentCode)! as never;
  }
  await tx.flush();
  return indicators;
}

async function importTargets(
  tx: EntityManager,
  file: CatalogueFile,
  plan: Plan,
  indicators: Map<string, Indicator>,
  objectives: Map<string, Objective>,
): Promise<{ byKey: Map<string, Target>; revisions: number }> {
  const items = file.indicators.flatMap((i) => i.targets.map((t) => ({ ...t, indicatorCode: i.code })));
  const byId = await syncByKey(
    tx,
    Target,
    items,
    (t) => `${indicators.get(t.indicatorCode)!.id}|${t.year}`,
    (t) => `${t.indicator.id}|${t.year}`,
    ({ revisions, indicatorCode, objectiveCode, ...t }) => ({ ...t, indicator: indicators.get(indicatorCode)!, objective: objectives.get(objectiveCode)!, revisionCount: revisions.length }),
    { indicator: { plan } },
  );
  const byKey = new Map(items.map((t) => [`${t.indicatorCode}|${t.year}`, byId.get(`${indicators.get(t.indicatorCode)!.id}|${t.year}`)!]));
  const revisions = items.flatMap((t) => t.revisions.map((r) => ({ ...r, target: byKey.get(`${t.indicatorCode}|${t.year}`)! })));
  const synced = await syncByKey(
    tx,
    TargetRevision,
    revisions,
    (r) => `${r.target.id}|${r.effectiveDate}`,
    (r) => `${r.target.id}|${r.effectiveDate}`,
    (r) => r,
    { target: { indicator: { plan } } },
  );
  for (const revision of synced.values()) revision.recordedAt ??= new Date();
  await tx.flush();
  // Revisions the file leaves out stay (an import never deletes): a target counts all it has.
  const counted = await tx.execute<Array<{ target_id: number; revisions: number }>>('select target_id, count(*)::int as revisions from target_revision group by target_id');
  const revisionCounts = new Map(counted.map((row) => [row.target_id, row.revisions]));
  for (const target of byKey.values()) target.revisionCount = revisionCounts.get(target.id) ?? 0;
  return { byKey, revisions: synced.size };
}

async function importTasks(tx: EntityManager, file: CatalogueFile, plan: Plan): Promise<Map<string, Task>> {
  const tasks = await syncByKey(
    tx,
    Task,
    file.tasks,
    (t) => t.code,
    (t) => t.code,
    ({ parentCode: _parent, ...t }, index) => ({ ...t, plan, parent: null, position: index + 1 }),
    { plan },
  );
  for (const task of file.tasks) {
    if (task.parentCode) tasks.get(task.code)!.parent = tasks.get(task.parentCode)! as never;
  }
  await tx.flush();
  return tasks;
}

async function importBodies(tx: EntityManager, file: CatalogueFile, units: Map<string, AdministrativeUnit>): Promise<Map<string, ResponsibleBody>> {
  return syncByKey(tx, ResponsibleBody, file.bodies, (b) => b.code, (b) => b.code, ({ administrativeUnit, ...b }, index) => ({
    ...b,
    administrativeUnit: administrativeUnit ? units.get(CATALOGUE_KEYS.territory(administrativeUnit))! : null,
    position: index + 1,
  }));
}

async function importBodySuccessions(tx: EntityManager, file: CatalogueFile, bodies: Map<string, ResponsibleBody>): Promise<number> {
  const codeOfBody = new Map([...bodies.values()].map((b) => [b.id, b.code]));
  const synced = await syncByKey(
    tx,
    ResponsibleBodySuccession,
    file.bodySuccessions,
    CATALOGUE_KEYS.bodySuccessions,
    (s) => `${codeOfBody.get(s.predecessor.id)}>${codeOfBody.get(s.successor.id)}`,
    ({ predecessorCode, successorCode, ...s }) => ({ ...s, predecessor: bodies.get(predecessorCode)!, successor: bodies.get(successorCode)! }),
  );
  return synced.size;
}

function movesAPeriodWindow(difference: CatalogueDifference): boolean {
  return difference.list === 'periods' && difference.fields.some((f) => f.field === 'startDate' || f.field === 'endDate');
}

/** The objects a file changes move on a version (those without one, like links, have none to move). */
function bumpVersions(differences: CatalogueDifference[], rows: Record<string, Map<string, { version: number }>>): void {
  for (const difference of differences) {
    if (difference.kind !== 'changed' && difference.kind !== 'ended') continue;
    const row = rows[difference.list]?.get(difference.key);
    if (row) row.version += 1;
  }
}
