import DataLoader from 'dataloader';
import type { RequestContext } from '../graphql/context';
import { ConnectionArgs } from '../graphql/relay/connection';
import { nestedPage, rootPage } from '../graphql/relay/pages';
import { whereTextMatches } from '../database/search';
import { readRow } from '../database/read-model';
import { runRead } from '../database/direct-statement';
import { isoDate, vietnamDate } from '../platform/dates';
import { AdministrativeUnit } from './administrative-unit.entity';
import { AdministrativeUnitFilter } from './administrative-unit.inputs';
import { AdministrativeUnitChange } from './administrative-unit-change.types';
import { inForceSql, whereInForce } from '../database/validity';
import { unitsOfPlan } from '../plan/plan-scope';
import { successionRows, type Direction } from '../database/succession-links';

export function listAdministrativeUnits(ctx: RequestContext, filter: AdministrativeUnitFilter | null = {}, args: ConnectionArgs) {
  filter ??= {}; // an explicit `filter: null` asks for no filter, as an absent one does
  return rootPage(ctx, AdministrativeUnit, args, (knex) => {
    const qb = knex('administrative_unit as e').select('e.*');
    if (filter.level) qb.where('e.level', filter.level);
    if (filter.parentCode != null) {
      qb.whereIn('e.parent_id', knex('administrative_unit').select('id').where('code', filter.parentCode));
    }
    if (filter.search) whereTextMatches(qb, ['e.name', 'e.code'], filter.search);
    if (filter.asOf) whereInForce(qb, 'e', isoDate(filter.asOf));
    if (filter.planCode != null) qb.whereIn('e.id', unitsOfPlan(knex, filter.planCode));
    return qb;
  });
}

/** Today in Vietnam, as the app's clock has it: the day a lookup without a date is made on. */
export function today(ctx: RequestContext): string {
  return vietnamDate(ctx.clock());
}

interface CodeOnDay {
  unit: AdministrativeUnit;
  inForce: boolean;
}

/**
 * For each code and day of a request, in one statement: the version of the
 * code in force that day, or else its last version before it (or the first
 * after, when none came before).
 */
function versionOnDay(ctx: RequestContext, code: string, day: string): Promise<CodeOnDay | null> {
  return ctx.loaders
    .get('AdministrativeUnit#codeOnDay', () =>
      new DataLoader<{ code: string; day: string }, CodeOnDay | null, string>(
        async (keys) => {
          const pairs = keys.map(() => '(?::text, ?::date)').join(', ');
          const inForce = inForceSql('u').replaceAll('?::date', 'k.day');
          const rows = await runRead<Record<string, unknown>>(ctx.em, {
            sql: `select distinct on (k.code, k.day) u.*, k.code || '|' || k.day::text as _key, ${inForce} as _in_force
              from administrative_unit u join (values ${pairs}) as k(code, day) on k.code = u.code
              order by k.code, k.day, ${inForce} desc, (u.valid_from is null or u.valid_from <= k.day) desc, u.valid_from desc nulls last`,
            bindings: keys.flatMap((k) => [k.code, k.day]),
          });
          const found = new Map(rows.map((row) => [row._key as string, { unit: readRow(ctx.em, AdministrativeUnit, row), inForce: row._in_force as boolean }]));
          return keys.map((k) => found.get(`${k.code}|${k.day}`) ?? null);
        },
        { cacheKeyFn: (k) => `${k.code}|${k.day}` },
      ),
    )
    .load({ code, day });
}

/** The unit that had this code on that day (default: today), or null. */
export async function findAdministrativeUnit(ctx: RequestContext, code: string, asOf: string = today(ctx)): Promise<AdministrativeUnit | null> {
  const found = await versionOnDay(ctx, code, asOf);
  return found?.inForce ? found.unit : null;
}

/**
 * The unit a code names on a day, or else the last version of the code before
 * it (Bắc Kạn's "06" after 1 July 2025): what the plan's own codes mean when
 * its province no longer exists.
 */
export async function findUnitOrLastVersion(ctx: RequestContext, code: string, asOf: string = today(ctx)): Promise<AdministrativeUnit | null> {
  return (await versionOnDay(ctx, code, asOf))?.unit ?? null;
}

export function childUnits(ctx: RequestContext, unit: AdministrativeUnit, args: ConnectionArgs) {
  return nestedPage(ctx, 'AdministrativeUnit.children', AdministrativeUnit, args, unit.id, (knex, ids) =>
    knex('administrative_unit as e').select('e.*', 'e.parent_id as _group').whereIn('e.parent_id', ids),
  );
}

export async function parentUnit(ctx: RequestContext, unit: AdministrativeUnit): Promise<AdministrativeUnit | null> {
  return unit.parent ? ctx.loaders.byId(AdministrativeUnit).load(unit.parent.id) : null;
}

/** Where a unit's area went (successors) or came from (predecessors). */
export async function changesOf(ctx: RequestContext, unit: AdministrativeUnit, direction: Direction): Promise<AdministrativeUnitChange[]> {
  const rows = await successionRows(ctx.em, ctx.loaders, 'administrative_unit_succession', 'administrative_unit', direction, unit.id);
  return rows.map((row) =>
    Object.assign(new AdministrativeUnitChange(), {
      unitId: row.other_id,
      effectiveDate: isoDate(row.effective_date as Date | string),
      legalBasis: row.legal_basis as string | null,
      whole: row.whole as boolean,
    }),
  );
}
