import { Field, ObjectType, registerEnumType } from 'type-graphql';

/** Why a mutation did not apply, for problems the caller can fix (Shopify's `userErrors`). */
export enum UserErrorCode {
  CONFLICT = 'CONFLICT',
  NOT_FOUND = 'NOT_FOUND',
  ALREADY_EXISTS = 'ALREADY_EXISTS',
  NOT_EDITABLE = 'NOT_EDITABLE',
  INVALID_TRANSITION = 'INVALID_TRANSITION',
  NOT_EXPECTED_TO_REPORT = 'NOT_EXPECTED_TO_REPORT',
  PERCENT_OUT_OF_RANGE = 'PERCENT_OUT_OF_RANGE',
  OUT_OF_RANGE = 'OUT_OF_RANGE',
  NUMERATOR_EXCEEDS_DENOMINATOR = 'NUMERATOR_EXCEEDS_DENOMINATOR',
  NEGATIVE_COUNT = 'NEGATIVE_COUNT',
  FRACTIONAL_COUNT = 'FRACTIONAL_COUNT',
  ZERO_DENOMINATOR = 'ZERO_DENOMINATOR',
  RATIO_PARTS_REQUIRED = 'RATIO_PARTS_REQUIRED',
  VALUE_REQUIRED = 'VALUE_REQUIRED',
  VALUE_MISMATCH = 'VALUE_MISMATCH',
  LEVEL_NOT_REPORTABLE = 'LEVEL_NOT_REPORTABLE',
  UNIT_OUTSIDE_AREA = 'UNIT_OUTSIDE_AREA',
  UNIT_NOT_IN_FORCE = 'UNIT_NOT_IN_FORCE',
  BODY_NOT_IN_FORCE = 'BODY_NOT_IN_FORCE',
  DUPLICATE_VALUE = 'DUPLICATE_VALUE',
  BLANK = 'BLANK',
  TOO_LONG = 'TOO_LONG',
  TOO_MANY = 'TOO_MANY',
  NOTHING_TO_CONSOLIDATE = 'NOTHING_TO_CONSOLIDATE',
  IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED',
  AGGREGATION_LOCKED = 'AGGREGATION_LOCKED',
  AMBIGUOUS_CODE = 'AMBIGUOUS_CODE',
  INVALID = 'INVALID',
}

registerEnumType(UserErrorCode, {
  name: 'UserErrorCode',
  description: 'Why a mutation did not apply: a problem with the input that the caller can fix.',
  valuesConfig: {
    CONFLICT: { description: 'The object changed since the `version` you sent: read it again, then retry.' },
    NOT_FOUND: { description: 'An ID or code names nothing (or nothing of the expected type).' },
    ALREADY_EXISTS: { description: 'The object already exists; `existingId` names it where there is one.' },
    NOT_EDITABLE: { description: 'A SUBMITTED or ACCEPTED report cannot be changed, nor a duty that has ended.' },
    INVALID_TRANSITION: { description: 'The report\'s status does not allow this step.' },
    NOT_EXPECTED_TO_REPORT: { description: 'Section V.7 does not ask this body to report.' },
    PERCENT_OUT_OF_RANGE: { description: 'A percentage outside 0-100.' },
    OUT_OF_RANGE: { description: 'A number that is not finite or larger than 10^12 in size.' },
    NUMERATOR_EXCEEDS_DENOMINATOR: { description: 'A share\'s numerator is larger than its denominator.' },
    NEGATIVE_COUNT: { description: 'A count (or a numerator, denominator) below zero.' },
    FRACTIONAL_COUNT: { description: 'A count (or a numerator, denominator) that is not a whole number.' },
    ZERO_DENOMINATOR: { description: 'A share with a denominator of zero.' },
    RATIO_PARTS_REQUIRED: { description: 'RATIO indicators need `numerator` and `denominator`, so that the province can add them up.' },
    VALUE_REQUIRED: { description: 'A value of a SUM or NONE indicator needs `value`.' },
    VALUE_MISMATCH: { description: 'The `value` sent does not equal numerator / denominator x 100.' },
    LEVEL_NOT_REPORTABLE: { description: 'The indicator is not reported at this unit\'s level.' },
    UNIT_OUTSIDE_AREA: { description: 'The unit lies outside the area of the reporting body.' },
    UNIT_NOT_IN_FORCE: { description: 'No unit had this code on the period\'s last day (its data cut-off): the message names the unit that took its area.' },
    BODY_NOT_IN_FORCE: { description: 'The body did not exist on the period\'s last day: reports for it come from the bodies in force then (the message names them).' },
    DUPLICATE_VALUE: { description: 'The same indicator, unit, sex and ethnic group appear twice in one request.' },
    BLANK: { description: 'A required text is empty.' },
    TOO_LONG: { description: 'A text is longer than allowed.' },
    TOO_MANY: { description: 'Too many items in one request.' },
    NOTHING_TO_CONSOLIDATE: { description: 'No ACCEPTED report exists for the period.' },
    IDEMPOTENCY_KEY_REUSED: { description: 'The `clientMutationId` was used before for a different request.' },
    AGGREGATION_LOCKED: { description: 'An indicator\'s aggregation cannot change once values of it exist: the figures already built from them would change meaning.' },
    AMBIGUOUS_CODE: { description: 'Several plans have an object with this code: name the plan (`planCode`).' },
    INVALID: { description: 'Any other input the rules refuse; the message says which.' },
  },
});

@ObjectType({ simpleResolvers: true, description: 'A problem with the input that the caller can fix. Nothing was changed.' })
export class UserError {
  @Field(() => [String], { description: 'Path to the input field at fault, e.g. ["input", "values", "3", "numerator"].' })
  field!: string[];

  @Field({ description: 'What is wrong and, where it helps, what to send instead; in English, for people.' })
  message!: string;

  @Field(() => UserErrorCode, { description: 'What is wrong, for programs to act on.' })
  code!: UserErrorCode;

  @Field(() => String, { nullable: true, description: 'For ALREADY_EXISTS: the global ID of the existing object.' })
  existingId?: string | null;
}

export function userError(code: UserErrorCode, field: Array<string | number>, message: string, existingId?: string): UserError {
  return { code, field: ['input', ...field.map(String)], message, existingId: existingId ?? null };
}

/** A text input's problems: BLANK when required and empty, TOO_LONG beyond `max` characters. */
export function textErrors(text: string | null | undefined, field: string, options: { required: boolean; max: number }): UserError[] {
  if (options.required && (text ?? '').trim() === '') return [userError(UserErrorCode.BLANK, [field], `${field} must not be empty`)];
  if ((text ?? '').length > options.max) return [userError(UserErrorCode.TOO_LONG, [field], `${field} has more than ${options.max} characters`)];
  return [];
}
