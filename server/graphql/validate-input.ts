import { getMetadataStorage, validateOrReject, ValidationError } from 'class-validator';
import { ArgumentValidationError } from 'type-graphql';

const constrained = new Map<Function, boolean>();

/** Whether class-validator has any rule for this input class (cached: the answer never changes). */
export function hasRules(type: Function): boolean {
  let rules = constrained.get(type);
  if (rules === undefined) {
    rules = getMetadataStorage().getTargetValidationMetadatas(type, '', true, false).length > 0;
    constrained.set(type, rules);
  }
  return rules;
}

/** Whether `validateInput` has anything to check in this argument value. */
export function needsValidation(value: unknown): boolean {
  const items = Array.isArray(value) ? value : [value];
  return items.some((item) => item !== null && typeof item === 'object' && hasRules(item.constructor));
}

/**
 * type-graphql's argument validation, without its cost on every nested list:
 * it imports class-validator on each call and walks every argument object,
 * rules or none. Here only inputs that declare rules are validated.
 */
export async function validateInput(value: unknown): Promise<void> {
  const items = Array.isArray(value) ? value : [value];
  for (const item of items) {
    if (item === null || typeof item !== 'object' || !hasRules(item.constructor)) continue;
    try {
      await validateOrReject(item, { skipMissingProperties: true, forbidUnknownValues: false });
    } catch (errors) {
      throw new ArgumentValidationError(errors as ValidationError[]);
    }
  }
}
