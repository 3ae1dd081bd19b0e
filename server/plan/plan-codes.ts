import type { EntityClass, Ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../graphql/context';
import { badUserInput } from '../graphql/errors';
import type { Outcome } from '../graphql/mutations/outcome';
import { userError, UserError, UserErrorCode } from '../graphql/mutations/user-error';
import { lockVersioned, type Versioned } from '../catalogue/versioned';
import { Plan } from './plan.entity';

/**
 * Codes are unique within a plan, not across plans: a code alone names an
 * object only while one plan holds it. Every lookup by code takes the plan's
 * code too (`planCode`), needed only when several plans share the code.
 */
interface InPlan {
  id: number;
  code: string;
  plan: Ref<Plan>;
}

/** For `indicator(code:)`, `task(code:)`, `objective(code:)`: null when no such object, an error when the code is ambiguous. */
export async function findInPlan<T extends InPlan>(ctx: RequestContext, entity: EntityClass<T>, code: string, planCode: string | null | undefined): Promise<T | null> {
  const [rows, plan] = await Promise.all([
    ctx.loaders.byShared<T, string>(entity, 'code' as keyof T & string).load(code),
    planCode != null ? ctx.loaders.byUnique<Plan, string>(Plan, 'code').load(planCode) : null,
  ]);
  if (planCode != null) return rows.find((row) => row.plan.id === plan?.id) ?? null;
  if (rows.length < 2) return rows[0] ?? null;
  const plans = await ctx.loaders.byId(Plan).loadMany(rows.map((row) => row.plan.id));
  const codes = plans.map((plan) => (plan instanceof Plan ? plan.code : '?'));
  throw badUserInput(ambiguity(entity, code, codes), { reason: UserErrorCode.AMBIGUOUS_CODE, argument: 'planCode', plans: codes });
}

/** The objects that codes name in a mutation's input, read at once, with the refusal for each code that names none or several. */
export class CodesInPlan<T extends InPlan> {
  private constructor(
    private readonly entity: EntityClass<T>,
    private readonly byCode: Map<string, T[]>,
    private readonly planCode: string | null,
  ) {}

  static async load<T extends InPlan>(tx: EntityManager, entity: EntityClass<T>, codes: string[], planCode: string | null | undefined): Promise<CodesInPlan<T>> {
    const where = { code: { $in: [...new Set(codes)] }, ...(planCode != null ? { plan: { code: planCode } } : {}) };
    const rows = (await tx.find(entity, where as never, { populate: ['plan'] as never })) as T[];
    const byCode = new Map<string, T[]>();
    for (const row of rows) byCode.set(row.code, [...(byCode.get(row.code) ?? []), row]);
    return new CodesInPlan(entity, byCode, planCode ?? null);
  }

  /** The one object with this code; undefined when none or several have it (see `refusal`). */
  get(code: string): T | undefined {
    const rows = this.byCode.get(code);
    return rows?.length === 1 ? rows[0] : undefined;
  }

  /** Why `get` gave nothing for this code. */
  refusal(code: string, field: Array<string | number>): UserError {
    const rows = this.byCode.get(code) ?? [];
    if (rows.length > 1) return userError(UserErrorCode.AMBIGUOUS_CODE, field, ambiguity(this.entity, code, rows.map((row) => row.plan.getEntity().code)));
    const where = this.planCode != null ? ` in plan ${this.planCode}` : '';
    return userError(UserErrorCode.NOT_FOUND, field, `No ${noun(this.entity)} has the code "${code}"${where}`);
  }

  /** The object with this code, or the refusal. */
  find(code: string, field: Array<string | number>): Outcome<T> {
    const found = this.get(code);
    return found ? { ok: found } : { errors: [this.refusal(code, field)] };
  }
}

/** One object by code in a mutation: `CodesInPlan` for a single code. */
export async function oneInPlan<T extends InPlan>(tx: EntityManager, entity: EntityClass<T>, code: string, planCode: string | null | undefined, field: Array<string | number>): Promise<Outcome<T>> {
  return (await CodesInPlan.load(tx, entity, [code], planCode)).find(code, field);
}

function ambiguity(entity: EntityClass<object>, code: string, plans: string[]): string {
  return `Plans ${plans.sort().join(' and ')} each have ${/^[aeiou]/i.test(noun(entity)) ? 'an' : 'a'} ${noun(entity)} "${code}": name the plan (planCode)`;
}

function noun(entity: EntityClass<object>): string {
  return entity.name.toLowerCase();
}

/** The description of `planCode` beside a code in an input or argument. */
export const PLAN_CODE = 'The plan the code is of, e.g. "BK-CTDT-2021-2030"; needed only when several plans have one with this code (AMBIGUOUS_CODE).';

/** `lockVersioned` on the object a code names in its plan. */
export async function lockInPlan<T extends InPlan & Versioned>(tx: EntityManager, entity: EntityClass<T>, code: string, planCode: string | null | undefined, version: number): Promise<Outcome<T>> {
  const found = await oneInPlan(tx, entity, code, planCode, ['code']);
  return found.ok ? lockVersioned(tx, entity, { id: found.ok.id } as never, version, 'code', `${noun(entity)} has the code "${code}"`) : found;
}
