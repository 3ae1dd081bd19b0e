import { Aggregation, MeasureKind } from '../../indicators/indicator.enums';
import { AdministrativeLevel } from '../../territory/administrative-unit.enums';
import { userError, UserError, UserErrorCode } from '../../graphql/mutations/user-error';

/** The numbers a reporter sends for one value. */
export interface ValueNumbers {
  value?: number | null;
  numerator?: number | null;
  denominator?: number | null;
}

export interface IndicatorRules {
  code: string;
  measureKind: MeasureKind;
  aggregation: Aggregation;
  reportingLevel: AdministrativeLevel;
}

const DEPTH: Record<AdministrativeLevel, number> = {
  [AdministrativeLevel.PROVINCE]: 0,
  [AdministrativeLevel.DISTRICT]: 1,
  [AdministrativeLevel.COMMUNE]: 2,
};

/** The share in percent, to 4 decimals: the same rounding for reported and consolidated values. */
export function ratioValue(numerator: number, denominator: number): number {
  return Math.round((numerator / denominator) * 100 * 10_000) / 10_000;
}

/**
 * Where an indicator may be reported: at its reporting level or above, but
 * never at the province for SUM and RATIO, whose province figure is
 * consolidated from the districts.
 */
export function levelErrors(indicator: IndicatorRules, level: AdministrativeLevel, field: Array<string | number>): UserError[] {
  if (DEPTH[level] > DEPTH[indicator.reportingLevel]) {
    return [userError(UserErrorCode.LEVEL_NOT_REPORTABLE, field, `${indicator.code} is reported at ${indicator.reportingLevel} level or above, not for a ${level}`)];
  }
  if (level === AdministrativeLevel.PROVINCE && indicator.aggregation !== Aggregation.NONE) {
    return [userError(UserErrorCode.LEVEL_NOT_REPORTABLE, field, `The province figure of ${indicator.code} (${indicator.aggregation}) is built by consolidatePeriod from the districts`)];
  }
  return [];
}

/** Larger than any count or level of a province; keeps sums of many units exact and finite. */
export const MAX_MAGNITUDE = 1e12;

/** Checks the numbers against the indicator's kind; returns the value to store or the problems. */
export function numberErrors(indicator: IndicatorRules, input: ValueNumbers, at: Array<string | number>): UserError[] {
  const errors: UserError[] = [];
  const { value, numerator, denominator } = input;
  for (const [field, number] of Object.entries({ value, numerator, denominator })) {
    if (number != null && !(Number.isFinite(number) && Math.abs(number) <= MAX_MAGNITUDE)) {
      errors.push(userError(UserErrorCode.OUT_OF_RANGE, [...at, field], `${number} is not a finite number of at most ${MAX_MAGNITUDE} in size`));
    }
  }
  if (errors.length) return errors;
  if (value != null && indicator.measureKind === MeasureKind.PERCENT && (value < 0 || value > 100)) {
    errors.push(userError(UserErrorCode.PERCENT_OUT_OF_RANGE, [...at, 'value'], `${indicator.code} is a percentage: ${value} is outside 0-100`));
  }
  if (indicator.aggregation !== Aggregation.RATIO) {
    if (numerator != null || denominator != null) {
      errors.push(userError(UserErrorCode.INVALID, [...at, numerator != null ? 'numerator' : 'denominator'], `${indicator.code} (${indicator.aggregation}) takes a value, not a numerator and denominator`));
    }
    if (value == null) errors.push(userError(UserErrorCode.VALUE_REQUIRED, [...at, 'value'], `${indicator.code} needs a value`));
    else if (indicator.measureKind === MeasureKind.COUNT) errors.push(...countErrors(value, [...at, 'value']));
    return errors;
  }
  if (numerator == null || denominator == null) {
    const missing = numerator == null ? 'numerator' : 'denominator';
    errors.push(userError(UserErrorCode.RATIO_PARTS_REQUIRED, [...at, missing], `${indicator.code} is a share: send numerator and denominator`));
    return errors;
  }
  const partErrors = [...countErrors(numerator, [...at, 'numerator']), ...countErrors(denominator, [...at, 'denominator'])];
  errors.push(...partErrors);
  if (partErrors.length) return errors;
  if (denominator === 0) {
    errors.push(userError(UserErrorCode.ZERO_DENOMINATOR, [...at, 'denominator'], 'A share needs a denominator above zero'));
  } else if (numerator > denominator) {
    errors.push(userError(UserErrorCode.NUMERATOR_EXCEEDS_DENOMINATOR, [...at, 'numerator'], `Numerator ${numerator} is above denominator ${denominator}`));
  } else if (value != null && errors.length === 0 && Math.abs(value - ratioValue(numerator, denominator)) > 0.01) {
    errors.push(userError(UserErrorCode.VALUE_MISMATCH, [...at, 'value'], `${numerator} / ${denominator} is ${ratioValue(numerator, denominator)} %, not ${value}`));
  }
  return errors;
}

function countErrors(count: number, field: Array<string | number>): UserError[] {
  if (count < 0) return [userError(UserErrorCode.NEGATIVE_COUNT, field, `${count} is below zero: counts cannot be negative`)];
  if (!Number.isInteger(count)) return [userError(UserErrorCode.FRACTIONAL_COUNT, field, `${count} is not a whole number`)];
  return [];
}

/** The value stored: computed from its parts for a share, as sent otherwise. */
export function storedValue(indicator: IndicatorRules, input: ValueNumbers): number | null {
  if (indicator.aggregation === Aggregation.RATIO) return ratioValue(input.numerator!, input.denominator!);
  return input.value ?? null;
}
