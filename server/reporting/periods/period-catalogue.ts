import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { DateResolver } from 'graphql-scalars';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../access/viewer';
import { CatalogueAction } from '../../catalogue/catalogue-change.entity';
import { CLIENT_MUTATION_ID, codeErrors, LEGAL_BASIS, VERSION } from '../../catalogue/catalogue-inputs';
import { nextPosition, recordCatalogueChange } from '../../catalogue/catalogue-log';
import { lockVersioned } from '../../catalogue/versioned';
import type { Outcome } from '../../graphql/mutations/outcome';
import { MutationPayload } from '../../graphql/mutations/payload';
import type { MutationInput } from '../../graphql/mutations/run-mutation';
import { textErrors, userError, UserErrorCode } from '../../graphql/mutations/user-error';
import { toGlobalId } from '../../graphql/relay/global-id';
import { isoDate } from '../../platform/dates';
import { PeriodKind } from '../reporting.enums';
import { ReportingPeriod } from './reporting-period.entity';

@InputType({ description: 'A new due date for a period\'s reports.' })
export class UpdateReportingPeriodInput implements MutationInput {
  @Field({ description: 'The period, e.g. "2026-H2".' })
  code!: string;

  @Field(() => Int, { description: VERSION })
  version!: number;

  @Field(() => DateResolver, { description: 'The day reports are now due at Ban Dân tộc tỉnh (or its successor).' })
  dueDate!: Date;

  @Field({ description: LEGAL_BASIS })
  legalBasis!: string;

  @Field(() => String, { nullable: true, description: CLIENT_MUTATION_ID })
  clientMutationId?: string | null;
}

@InputType({ description: 'An ad hoc report (báo cáo đột xuất) asked of the reporting bodies: its window and its due date.' })
export class CreateReportingPeriodInput implements MutationInput {
  @Field({ description: 'Its code, e.g. "2026-AH1".' })
  code!: string;

  @Field({ description: 'Its name in Vietnamese, e.g. "Báo cáo đột xuất về ...".' })
  name!: string;

  @Field(() => DateResolver, { description: 'First day of the data window.' })
  startDate!: Date;

  @Field(() => DateResolver, { description: 'Last day of the data window (the cut-off): the bodies in force that day are expected to report.' })
  endDate!: Date;

  @Field(() => DateResolver, { description: 'The day reports are due.' })
  dueDate!: Date;

  @Field({ description: LEGAL_BASIS })
  legalBasis!: string;

  @Field(() => String, { nullable: true, description: CLIENT_MUTATION_ID })
  clientMutationId?: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'What `updateReportingPeriod` and `createReportingPeriod` return.' })
export class ReportingPeriodPayload extends MutationPayload {
  @Field(() => ReportingPeriod, { nullable: true, description: 'The period as it is after the mutation; null when there are user errors.' })
  reportingPeriod: ReportingPeriod | null = null;
}

export async function updateReportingPeriod(tx: EntityManager, viewer: Viewer, input: UpdateReportingPeriodInput): Promise<Outcome<ReportingPeriod>> {
  const errors = textErrors(input.legalBasis, 'legalBasis', { required: true, max: 500 });
  if (errors.length) return { errors };
  const locked = await lockVersioned(tx, ReportingPeriod, { code: input.code }, input.version, 'code', `period has the code "${input.code}"`);
  if (!locked.ok) return locked;
  const period = locked.ok;
  const dueDate = isoDate(input.dueDate);
  if (dueDate < isoDate(period.endDate)) {
    return { errors: [userError(UserErrorCode.INVALID, ['dueDate'], `${period.code}'s data window ends on ${isoDate(period.endDate)}: reports cannot be due before`)] };
  }
  const before = isoDate(period.dueDate);
  if (before === dueDate) return { ok: period };
  period.dueDate = dueDate;
  period.version += 1;
  recordCatalogueChange(tx, { type: 'ReportingPeriod', id: period.id }, viewer.userId, { action: CatalogueAction.UPDATED, before: { dueDate: before }, after: { dueDate }, legalBasis: input.legalBasis.trim() });
  await tx.flush();
  return { ok: period };
}

export async function createReportingPeriod(tx: EntityManager, viewer: Viewer, input: CreateReportingPeriodInput): Promise<Outcome<ReportingPeriod>> {
  const errors = [...codeErrors(input.code, 'code'), ...textErrors(input.name, 'name', { required: true, max: 500 }), ...textErrors(input.legalBasis, 'legalBasis', { required: true, max: 500 })];
  if (errors.length) return { errors };
  const [startDate, endDate, dueDate] = [isoDate(input.startDate), isoDate(input.endDate), isoDate(input.dueDate)];
  if (endDate < startDate) return { errors: [userError(UserErrorCode.INVALID, ['endDate'], 'The data window ends before it starts')] };
  if (dueDate < endDate) return { errors: [userError(UserErrorCode.INVALID, ['dueDate'], 'Reports cannot be due before the data window ends')] };
  const existing = await tx.findOne(ReportingPeriod, { code: input.code });
  if (existing) return { errors: [userError(UserErrorCode.ALREADY_EXISTS, ['code'], `A period has the code "${input.code}"`, toGlobalId('ReportingPeriod', existing.id))] };
  const position = await nextPosition(tx, ReportingPeriod);
  const period = tx.create(ReportingPeriod, {
    code: input.code,
    name: input.name.trim(),
    kind: PeriodKind.AD_HOC,
    year: Number(endDate.slice(0, 4)),
    half: null,
    startDate,
    endDate,
    dueDate,
    position,
  });
  await tx.flush();
  recordCatalogueChange(tx, { type: 'ReportingPeriod', id: period.id }, viewer.userId, {
    action: CatalogueAction.CREATED,
    after: { code: period.code, startDate, endDate, dueDate },
    legalBasis: input.legalBasis.trim(),
  });
  await tx.flush();
  return { ok: period };
}
