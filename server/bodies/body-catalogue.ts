import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { DateResolver } from 'graphql-scalars';
import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import type { Viewer } from '../access/viewer';
import { CatalogueAction } from '../catalogue/catalogue-change.entity';
import { CLIENT_MUTATION_ID, codeErrors, LEGAL_BASIS, VERSION } from '../catalogue/catalogue-inputs';
import { applyCatalogueUpdate, changedFields, nextPosition, recordCatalogueChange } from '../catalogue/catalogue-log';
import { lockVersioned } from '../catalogue/versioned';
import type { Outcome } from '../graphql/mutations/outcome';
import { MutationPayload } from '../graphql/mutations/payload';
import type { MutationInput } from '../graphql/mutations/run-mutation';
import { textErrors, userError, UserError, UserErrorCode } from '../graphql/mutations/user-error';
import { toGlobalId } from '../graphql/relay/global-id';
import { dayBefore, isoDate } from '../platform/dates';
import { AdministrativeUnit } from '../territory/administrative-unit.entity';
import { BodyKind } from './responsible-body.enums';
import { ResponsibleBody } from './responsible-body.entity';
import { ResponsibleBodySuccession } from './responsible-body-succession.entity';

@InputType({ description: 'A new responsible body (a department formed by a merger, a new agency).' })
export class CreateResponsibleBodyInput implements MutationInput {
  @Field({ description: 'Its short code, e.g. "SNNMT-19".' })
  code!: string;

  @Field({ description: 'Full name in Vietnamese.' })
  name!: string;

  @Field({ description: 'Short name in Vietnamese.' })
  shortName!: string;

  @Field(() => String, { nullable: true, description: 'Name in English.' })
  nameEn?: string | null;

  @Field(() => BodyKind, { description: 'What kind of authority it is.' })
  kind!: BodyKind;

  @Field(() => String, { nullable: true, description: 'GSO code of the unit it governs, for a People\'s Committee.' })
  administrativeUnitCode?: string | null;

  @Field({ description: 'Whether section V.7 asks it to report.' })
  expectedToReport!: boolean;

  @Field(() => String, { nullable: true, description: 'Why it is listed (it is not in the plan of 2022).' })
  listedBecause?: string | null;

  @Field(() => DateResolver, { nullable: true, description: 'Its first day; null: since before the plan.' })
  validFrom?: Date | null;

  @Field({ description: LEGAL_BASIS })
  legalBasis!: string;

  @Field(() => String, { nullable: true, description: CLIENT_MUTATION_ID })
  clientMutationId?: string | null;
}

@InputType({ description: 'Changes to a body; absent fields stay as they are.' })
export class UpdateResponsibleBodyInput implements MutationInput {
  @Field({ description: 'The body\'s code.' })
  code!: string;

  @Field(() => Int, { description: VERSION })
  version!: number;

  @Field(() => String, { nullable: true, description: 'Full name in Vietnamese.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Short name in Vietnamese.' })
  shortName?: string | null;

  @Field(() => String, { nullable: true, description: 'Name in English.' })
  nameEn?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether section V.7 asks it to report.' })
  expectedToReport?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Where the plan names it, or why it is listed.' })
  note?: string | null;

  @Field(() => String, { nullable: true, description: LEGAL_BASIS })
  legalBasis?: string | null;

  @Field(() => String, { nullable: true, description: CLIENT_MUTATION_ID })
  clientMutationId?: string | null;
}

@InputType({ description: 'A body succeeded by another (a merger, a renaming) from a day: the predecessor ends the day before, and its duties pass to the successor.' })
export class RecordBodySuccessionInput implements MutationInput {
  @Field({ description: 'The body that ends (or hands over), e.g. "SNN".' })
  predecessorCode!: string;

  @Field({ description: 'The body that carries on, e.g. "SNNMT".' })
  successorCode!: string;

  @Field(() => DateResolver, { description: 'The first day of the successor\'s charge; the predecessor ends the day before unless it goes on (`whole: false`).' })
  effectiveDate!: Date;

  @Field({ description: LEGAL_BASIS })
  legalBasis!: string;

  @Field({ defaultValue: true, description: 'True when all of the predecessor\'s functions pass (it ends); false when only part of them do (it goes on).' })
  whole!: boolean;

  @Field(() => String, { nullable: true, description: 'What passes, in English.' })
  note?: string | null;

  @Field(() => String, { nullable: true, description: CLIENT_MUTATION_ID })
  clientMutationId?: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'What `createResponsibleBody`, `updateResponsibleBody` and `recordBodySuccession` return.' })
export class ResponsibleBodyPayload extends MutationPayload {
  @Field(() => ResponsibleBody, { nullable: true, description: 'The body as it is after the mutation (the successor, for a succession); null when there are user errors.' })
  responsibleBody: ResponsibleBody | null = null;
}

function bodyTextErrors(input: { name?: string | null; shortName?: string | null; nameEn?: string | null; legalBasis?: string | null; listedBecause?: string | null; note?: string | null }, required: boolean): UserError[] {
  return [
    ...(required || input.name != null ? textErrors(input.name, 'name', { required: true, max: 500 }) : []),
    ...(required || input.shortName != null ? textErrors(input.shortName, 'shortName', { required: true, max: 200 }) : []),
    ...textErrors(input.nameEn, 'nameEn', { required: false, max: 500 }),
    ...textErrors(input.legalBasis, 'legalBasis', { required, max: 500 }),
    ...textErrors(input.listedBecause, 'listedBecause', { required: false, max: 2_000 }),
    ...textErrors(input.note, 'note', { required: false, max: 2_000 }),
  ];
}

export async function createResponsibleBody(tx: EntityManager, viewer: Viewer, input: CreateResponsibleBodyInput): Promise<Outcome<ResponsibleBody>> {
  const errors = [...codeErrors(input.code, 'code'), ...bodyTextErrors(input, true)];
  if (errors.length) return { errors };
  const existing = await tx.findOne(ResponsibleBody, { code: input.code });
  if (existing) return { errors: [userError(UserErrorCode.ALREADY_EXISTS, ['code'], `A body has the code "${input.code}"`, toGlobalId('ResponsibleBody', existing.id))] };
  const validFrom = input.validFrom ? isoDate(input.validFrom) : null;
  let unit: AdministrativeUnit | null = null;
  if (input.administrativeUnitCode) {
    unit = await tx.findOne(AdministrativeUnit, { code: input.administrativeUnitCode }, { orderBy: { validFrom: 'desc' } });
    if (!unit) return { errors: [userError(UserErrorCode.NOT_FOUND, ['administrativeUnitCode'], `No unit has the code "${input.administrativeUnitCode}"`)] };
  }
  const position = await nextPosition(tx, ResponsibleBody);
  const body = tx.create(ResponsibleBody, {
    code: input.code,
    name: input.name.trim(),
    shortName: input.shortName.trim(),
    nameEn: input.nameEn ?? null,
    kind: input.kind,
    administrativeUnit: unit,
    expectedToReport: input.expectedToReport,
    note: null,
    namedInPlan: false,
    listedBecause: input.listedBecause ?? null,
    validFrom,
    validTo: null,
    position,
  });
  await tx.flush();
  recordCatalogueChange(tx, { type: 'ResponsibleBody', id: body.id }, viewer.userId, {
    action: CatalogueAction.CREATED,
    after: { code: body.code, name: body.name, kind: body.kind, validFrom },
    legalBasis: input.legalBasis.trim(),
  });
  await tx.flush();
  return { ok: body };
}

export async function updateResponsibleBody(tx: EntityManager, viewer: Viewer, input: UpdateResponsibleBodyInput): Promise<Outcome<ResponsibleBody>> {
  const errors = bodyTextErrors(input, false);
  if (errors.length) return { errors };
  const locked = await lockVersioned(tx, ResponsibleBody, { code: input.code }, input.version, 'code', `body has the code "${input.code}"`);
  if (!locked.ok) return locked;
  const body = locked.ok;
  const changed = changedFields(body, {
    name: input.name?.trim() ?? undefined,
    shortName: input.shortName?.trim() ?? undefined,
    nameEn: input.nameEn ?? undefined,
    expectedToReport: input.expectedToReport ?? undefined,
    note: input.note ?? undefined,
  });
  if (!changed) return { ok: body };
  return { ok: await applyCatalogueUpdate(tx, body, 'ResponsibleBody', viewer.userId, changed, input.legalBasis) };
}


/**
 * Records that `successor` carries on from `predecessor` (a merger, a
 * renaming): their succession, and the predecessor's last day when all of it
 * passes. Duties pass through the succession, as for the 2025 mergers:
 * `Assignment.heldBy(asOf)`.
 */
export async function recordBodySuccession(tx: EntityManager, viewer: Viewer, input: RecordBodySuccessionInput): Promise<Outcome<ResponsibleBody>> {
  const errors = [...textErrors(input.legalBasis, 'legalBasis', { required: true, max: 500 }), ...textErrors(input.note, 'note', { required: false, max: 2_000 })];
  if (errors.length) return { errors };
  if (input.predecessorCode === input.successorCode) return { errors: [userError(UserErrorCode.INVALID, ['successorCode'], 'A body does not succeed itself')] };
  // Both versions move on: both rows locked, as lockVersioned locks one, in code order (two successions do not deadlock).
  const locked = await tx.find(ResponsibleBody, { code: { $in: [input.predecessorCode, input.successorCode] } }, { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { code: 'asc' } });
  const [predecessor, successor] = [input.predecessorCode, input.successorCode].map((code) => locked.find((body) => body.code === code));
  if (!predecessor) return { errors: [userError(UserErrorCode.NOT_FOUND, ['predecessorCode'], `No body has the code "${input.predecessorCode}"`)] };
  if (!successor) return { errors: [userError(UserErrorCode.NOT_FOUND, ['successorCode'], `No body has the code "${input.successorCode}"`)] };
  const effectiveDate = isoDate(input.effectiveDate);
  if (successor.validTo && successor.validTo < effectiveDate) {
    return { errors: [userError(UserErrorCode.BODY_NOT_IN_FORCE, ['successorCode'], `${successor.code} ended on ${successor.validTo}, before ${effectiveDate}`)] };
  }
  if (await tx.findOne(ResponsibleBodySuccession, { predecessor, successor })) {
    return { errors: [userError(UserErrorCode.ALREADY_EXISTS, ['successorCode'], `${successor.code} already succeeds ${predecessor.code}`)] };
  }
  tx.create(ResponsibleBodySuccession, { predecessor, successor, effectiveDate, legalBasis: input.legalBasis.trim(), note: input.note ?? null, inferred: false, whole: input.whole });
  const lastDay = dayBefore(effectiveDate);
  if (input.whole && (!predecessor.validTo || predecessor.validTo > lastDay)) {
    recordCatalogueChange(tx, { type: 'ResponsibleBody', id: predecessor.id }, viewer.userId, {
      action: CatalogueAction.ENDED,
      before: { validTo: predecessor.validTo ?? null },
      after: { validTo: lastDay },
      legalBasis: input.legalBasis.trim(),
    });
    predecessor.validTo = lastDay;
    predecessor.version += 1;
  }
  recordCatalogueChange(tx, { type: 'ResponsibleBody', id: successor.id }, viewer.userId, {
    action: CatalogueAction.SUCCEEDED,
    after: { predecessorCode: predecessor.code, effectiveDate, whole: input.whole },
    legalBasis: input.legalBasis.trim(),
  });
  successor.version += 1;
  await tx.flush();
  return { ok: successor };
}
