import type { EntityManager } from '@mikro-orm/postgresql';
import { Assignment } from '../../bodies/assignment.entity';
import { ResponsibleBodySuccession } from '../../bodies/responsible-body-succession.entity';
import { ResponsibleBody } from '../../bodies/responsible-body.entity';
import { Indicator } from '../../indicators/indicator.entity';
import { TargetRevision } from '../../indicators/target-revision.entity';
import { Target } from '../../indicators/target.entity';
import { Objective } from '../../plan/objective.entity';
import { PlanTerritoryUnit } from '../../plan/plan-territory-unit.entity';
import { Plan } from '../../plan/plan.entity';
import { ReportingPeriod } from '../../reporting/periods/reporting-period.entity';
import { TaskIndicator } from '../../tasks/task-indicator.entity';
import { Task } from '../../tasks/task.entity';
import type { AdministrativeUnit } from '../../territory/administrative-unit.entity';
import { groupBy } from '../../platform/group-by';
import { CATALOGUE_FORMAT, CatalogueFile, CatalogueTarget, inCatalogueOrder, UnitRef } from './catalogue-file';

/**
 * A plan's catalogue as it stands, in the file format: the plan named by
 * `planCode`, or the only one. Null when there is no such plan.
 */
export async function exportCatalogue(em: EntityManager, planCode?: string): Promise<CatalogueFile | null> {
  const plan = await planToExport(em, planCode);
  if (!plan) return null;
  const objectives = await em.find(Objective, { plan }, { orderBy: { position: 'asc', id: 'asc' } });
  const indicators = await em.find(Indicator, { plan }, { orderBy: { position: 'asc', id: 'asc' }, populate: ['objective', 'parent'] });
  const targets = groupBy(await em.find(Target, { indicator: { plan } }, { orderBy: { year: 'asc' }, populate: ['objective'] }), (t) => t.indicator.id);
  const revisions = groupBy(await em.find(TargetRevision, { target: { indicator: { plan } } }, { orderBy: { effectiveDate: 'asc', id: 'asc' } }), (r) => r.target.id);
  const tasks = await em.find(Task, { plan }, { orderBy: { position: 'asc', id: 'asc' }, populate: ['parent'] });
  const links = await em.find(TaskIndicator, { task: { plan } }, { populate: ['task', 'indicator'] });
  // Successions in the order they were added: the file's order when it was imported.
  const bodies = await em.find(ResponsibleBody, {}, { orderBy: { position: 'asc', id: 'asc' }, populate: ['administrativeUnit'] });
  const successions = await em.find(ResponsibleBodySuccession, {}, { orderBy: { id: 'asc' }, populate: ['predecessor', 'successor'] });
  const assignments = await em.find(Assignment, { plan }, { orderBy: { position: 'asc', id: 'asc' }, populate: ['task', 'body'] });
  const periods = await em.find(ReportingPeriod, {}, { orderBy: { position: 'asc', id: 'asc' } });
  const territory = await em.find(PlanTerritoryUnit, { plan }, { populate: ['administrativeUnit'] });
  return {
    format: CATALOGUE_FORMAT,
    plan: {
      code: plan.code,
      title: plan.title,
      titleEn: plan.titleEn ?? null,
      issuer: plan.issuer,
      issuedIn: plan.issuedIn,
      signedBy: plan.signedBy ?? null,
      startYear: plan.startYear,
      endYear: plan.endYear,
      visionYear: plan.visionYear,
      legalBases: plan.legalBases,
    },
    territory: territory.map((t) => unitRef(t.administrativeUnit.getEntity())).sort(byUnit),
    objectives: objectives.map((o) => ({ code: o.code, kind: o.kind, horizonYear: o.horizonYear, text: o.text, textEn: o.textEn ?? null })),
    indicators: indicators.map((i) => ({
      code: i.code,
      name: i.name,
      nameEn: i.nameEn ?? null,
      unit: i.unit,
      measureKind: i.measureKind,
      aggregation: i.aggregation,
      reportingLevel: i.reportingLevel,
      disaggregation: i.disaggregation ?? null,
      parentCode: i.parent?.getEntity().code ?? null,
      objectiveCode: i.objective.getEntity().code,
      definition: i.definition ?? null,
      targets: (targets.get(i.id) ?? []).map((t) => targetOf(t, revisions.get(t.id) ?? [])),
    })),
    tasks: tasks.map((t) => ({
      code: t.code,
      kind: t.kind,
      parentCode: t.parent?.getEntity().code ?? null,
      title: t.title,
      titleEn: t.titleEn ?? null,
      text: t.text,
      sector: t.sector ?? null,
      codeSource: t.codeSource,
    })),
    taskIndicators: inCatalogueOrder(
      links.map((l) => ({ taskCode: l.task.getEntity().code, indicatorCode: l.indicator.getEntity().code })),
      tasks,
      indicators,
    ),
    bodies: bodies.map((b) => ({
      code: b.code,
      name: b.name,
      shortName: b.shortName,
      nameEn: b.nameEn ?? null,
      kind: b.kind,
      administrativeUnit: b.administrativeUnit ? unitRef(b.administrativeUnit.getEntity()) : null,
      expectedToReport: b.expectedToReport,
      note: b.note ?? null,
      namedInPlan: b.namedInPlan,
      listedBecause: b.listedBecause ?? null,
      validFrom: b.validFrom ?? null,
      validTo: b.validTo ?? null,
    })),
    bodySuccessions: successions.map((s) => ({
      predecessorCode: s.predecessor.getEntity().code,
      successorCode: s.successor.getEntity().code,
      effectiveDate: s.effectiveDate,
      legalBasis: s.legalBasis ?? null,
      note: s.note ?? null,
      inferred: s.inferred,
      whole: s.whole,
    })),
    assignments: assignments.map((a) => ({
      key: a.key,
      taskCode: a.task?.getEntity().code ?? null,
      bodyCode: a.body.getEntity().code,
      role: a.role,
      duty: a.duty,
      source: a.source,
      sourceRef: a.sourceRef ?? null,
      rationale: a.note ?? null,
      legalBasis: a.legalBasis ?? null,
      validFrom: a.validFrom ?? null,
      validTo: a.validTo ?? null,
    })),
    periods: periods.map((p) => ({
      code: p.code,
      name: p.name,
      kind: p.kind,
      year: p.year,
      half: p.half ?? null,
      startDate: p.startDate,
      endDate: p.endDate,
      dueDate: p.dueDate,
    })),
  };
}

async function planToExport(em: EntityManager, planCode?: string): Promise<Plan | null> {
  if (planCode) return em.findOne(Plan, { code: planCode });
  const plans = await em.find(Plan, {}, { orderBy: { id: 'asc' }, limit: 2 });
  if (plans.length > 1) throw new Error('the database holds several plans: name one by its code');
  return plans[0] ?? null;
}

function targetOf(target: Target, revisions: TargetRevision[]): CatalogueTarget {
  return {
    year: target.year,
    objectiveCode: target.objective.getEntity().code,
    comparator: target.comparator,
    value: target.value,
    valueMax: target.valueMax ?? null,
    baselineValue: target.baselineValue ?? null,
    baselineYear: target.baselineYear ?? null,
    text: target.text,
    validFrom: target.validFrom ?? null,
    legalBasis: target.legalBasis ?? null,
    revisions: revisions.map((r) => ({
      effectiveDate: r.effectiveDate!,
      comparator: r.comparator,
      value: r.value,
      valueMax: r.valueMax ?? null,
      text: r.text,
      legalBasis: r.legalBasis ?? null,
    })),
  };
}

function unitRef(unit: AdministrativeUnit): UnitRef {
  return { code: unit.code, validFrom: unit.validFrom ?? null };
}

function byUnit(a: UnitRef, b: UnitRef): number {
  return (a.validFrom ?? '').localeCompare(b.validFrom ?? '') || a.code.localeCompare(b.code);
}
