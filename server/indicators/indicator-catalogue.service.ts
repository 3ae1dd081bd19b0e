import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../access/viewer';
import { CatalogueAction } from '../catalogue/catalogue-change.entity';
import { codeErrors } from '../catalogue/catalogue-inputs';
import { applyCatalogueUpdate, changedFields, nextPosition, recordCatalogueChange } from '../catalogue/catalogue-log';
import type { Outcome } from '../graphql/mutations/outcome';
import { textErrors, userError, UserError, UserErrorCode } from '../graphql/mutations/user-error';
import { toGlobalId } from '../graphql/relay/global-id';
import { isoDate } from '../platform/dates';
import { Objective } from '../plan/objective.entity';
import { lockInPlan, oneInPlan } from '../plan/plan-codes';
import { Indicator } from './indicator.entity';
import { Comparator } from './indicator.enums';
import { CreateIndicatorInput, ReviseTargetInput, UpdateIndicatorInput } from './indicator-catalogue.inputs';
import { TargetRevision } from './target-revision.entity';
import { Target } from './target.entity';

const NAME_MAX = 500;
const TEXT_MAX = 5_000;

/** The texts of an indicator, checked as they come (absent ones are not changed). */
function indicatorTextErrors(input: { name?: string | null; unit?: string | null; nameEn?: string | null; definition?: string | null }, required: boolean): UserError[] {
  return [
    ...(required || input.name != null ? textErrors(input.name, 'name', { required: true, max: NAME_MAX }) : []),
    ...(required || input.unit != null ? textErrors(input.unit, 'unit', { required: true, max: 50 }) : []),
    ...textErrors(input.nameEn, 'nameEn', { required: false, max: NAME_MAX }),
    ...textErrors(input.definition, 'definition', { required: false, max: TEXT_MAX }),
  ];
}

export async function createIndicator(tx: EntityManager, viewer: Viewer, input: CreateIndicatorInput): Promise<Outcome<Indicator>> {
  const errors = [...codeErrors(input.code, 'code'), ...indicatorTextErrors(input, true)];
  if (errors.length) return { errors };
  const objective = await oneInPlan(tx, Objective, input.objectiveCode, input.planCode, ['objectiveCode']);
  if (!objective.ok) return objective;
  const plan = objective.ok.plan.getEntity();
  const existing = await tx.findOne(Indicator, { code: input.code, plan });
  if (existing) return { errors: [userError(UserErrorCode.ALREADY_EXISTS, ['code'], `An indicator of plan ${plan.code} has the code "${input.code}"`, toGlobalId('Indicator', existing.id))] };
  const parent = input.parentCode ? await oneInPlan(tx, Indicator, input.parentCode, plan.code, ['parentCode']) : null;
  if (parent && !parent.ok) return parent;
  const position = await nextPosition(tx, Indicator);
  const indicator = tx.create(Indicator, {
    code: input.code,
    name: input.name.trim(),
    nameEn: input.nameEn ?? null,
    unit: input.unit.trim(),
    measureKind: input.measureKind,
    aggregation: input.aggregation,
    reportingLevel: input.reportingLevel,
    disaggregation: input.disaggregation ?? null,
    definition: input.definition ?? null,
    plan,
    objective: objective.ok,
    parent: parent?.ok ?? null,
    position,
  });
  await tx.flush();
  recordCatalogueChange(tx, { type: 'Indicator', id: indicator.id }, viewer.userId, { action: CatalogueAction.CREATED, after: { code: indicator.code, name: indicator.name, aggregation: indicator.aggregation } });
  await tx.flush();
  return { ok: indicator };
}

export async function updateIndicator(tx: EntityManager, viewer: Viewer, input: UpdateIndicatorInput): Promise<Outcome<Indicator>> {
  const errors = indicatorTextErrors(input, false);
  if (errors.length) return { errors };
  const locked = await lockInPlan(tx, Indicator, input.code, input.planCode, input.version);
  if (!locked.ok) return locked;
  const indicator = locked.ok;
  const changes = {
    name: input.name?.trim() ?? undefined,
    nameEn: input.nameEn ?? undefined,
    unit: input.unit?.trim() ?? undefined,
    aggregation: input.aggregation ?? undefined,
    reportingLevel: input.reportingLevel ?? undefined,
    disaggregation: input.disaggregation ?? undefined,
    definition: input.definition ?? undefined,
  };
  const changed = changedFields(indicator, changes);
  if (!changed) return { ok: indicator };
  if (changed.after.aggregation !== undefined && (await hasValues(tx, indicator))) {
    return {
      errors: [
        userError(UserErrorCode.AGGREGATION_LOCKED, ['aggregation'], `${indicator.code} has reported values: its aggregation (${indicator.aggregation}) cannot change, or the figures built from them would change meaning. Create a new indicator instead.`),
      ],
    };
  }
  return { ok: await applyCatalogueUpdate(tx, indicator, 'Indicator', viewer.userId, changed) };
}

async function hasValues(tx: EntityManager, indicator: Indicator): Promise<boolean> {
  const [row] = await tx.execute<Array<{ found: boolean }>>('select exists (select 1 from indicator_value where indicator_id = ?) as found', [indicator.id]);
  return row.found;
}

function targetErrors(input: ReviseTargetInput): UserError[] {
  const errors: UserError[] = [...textErrors(input.legalBasis, 'legalBasis', { required: true, max: NAME_MAX }), ...textErrors(input.text, 'text', { required: true, max: TEXT_MAX })];
  if (input.year < 2021 || input.year > 2100) errors.push(userError(UserErrorCode.OUT_OF_RANGE, ['year'], 'A target\'s year is from 2021 to 2100'));
  for (const field of ['value', 'valueMax'] as const) {
    const number = input[field];
    if (number != null && (!Number.isFinite(number) || Math.abs(number) > 1e12)) errors.push(userError(UserErrorCode.OUT_OF_RANGE, [field], `${field} must be a finite number up to 10^12 in size`));
  }
  if (input.comparator === Comparator.BETWEEN && !(input.valueMax != null && input.valueMax > input.value)) {
    errors.push(userError(UserErrorCode.INVALID, ['valueMax'], 'A BETWEEN target needs valueMax above value'));
  }
  if (input.comparator !== Comparator.BETWEEN && input.valueMax != null) {
    errors.push(userError(UserErrorCode.INVALID, ['valueMax'], 'Only a BETWEEN target has a valueMax'));
  }
  return errors;
}

/**
 * A target as a decision sets it, from its effective date: a revision of the
 * year's target, or a new target for a year that has none. What was set
 * before stays, for the periods it judged.
 */
export async function reviseTarget(tx: EntityManager, viewer: Viewer, input: ReviseTargetInput): Promise<Outcome<{ target: Target; revision: TargetRevision }>> {
  const errors = targetErrors(input);
  if (errors.length) return { errors };
  const found = await oneInPlan(tx, Indicator, input.indicatorCode, input.planCode, ['indicatorCode']);
  if (!found.ok) return found;
  const indicator = found.ok;
  const effectiveDate = isoDate(input.effectiveDate);
  const values = { comparator: input.comparator, value: input.value, valueMax: input.valueMax ?? null, text: input.text.trim() };
  const existing = await tx.findOne(Target, { indicator, year: input.year }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!existing) {
    const target = tx.create(Target, { indicator, objective: indicator.objective, year: input.year, ...values, validFrom: effectiveDate, legalBasis: input.legalBasis.trim() });
    await tx.flush();
    recordCatalogueChange(tx, { type: 'Target', id: target.id }, viewer.userId, { action: CatalogueAction.CREATED, after: { year: target.year, ...values, validFrom: effectiveDate }, legalBasis: target.legalBasis });
    await tx.flush();
    return { ok: { target, revision: Object.assign(new TargetRevision(), { ...values, legalBasis: target.legalBasis, effectiveDate, recordedAt: new Date() }) } };
  }
  if (existing.validFrom && effectiveDate <= existing.validFrom) {
    return { errors: [userError(UserErrorCode.INVALID, ['effectiveDate'], `The ${input.year} target was set from ${existing.validFrom}: a revision applies after that day`)] };
  }
  const clash = await tx.findOne(TargetRevision, { target: existing, effectiveDate });
  if (clash) return { errors: [userError(UserErrorCode.ALREADY_EXISTS, ['effectiveDate'], `A revision of the ${input.year} target already applies from ${effectiveDate}`)] };
  const earlier = await tx.find(TargetRevision, { target: existing, effectiveDate: { $lt: effectiveDate } }, { orderBy: { effectiveDate: 'desc' }, limit: 1 });
  const before = earlier[0] ?? existing;
  const revision = tx.create(TargetRevision, { target: existing, ...values, legalBasis: input.legalBasis.trim(), effectiveDate, recordedAt: new Date(), recordedBy: viewer.userId });
  existing.revisionCount += 1;
  existing.version += 1;
  recordCatalogueChange(tx, { type: 'Target', id: existing.id }, viewer.userId, {
    action: CatalogueAction.REVISED,
    before: { comparator: before.comparator, value: before.value, valueMax: before.valueMax ?? null },
    after: { ...values, effectiveDate },
    legalBasis: revision.legalBasis,
  });
  await tx.flush();
  const inForce = Object.assign(Object.create(Target.prototype) as Target, existing, values);
  return { ok: { target: inForce, revision } };
}
