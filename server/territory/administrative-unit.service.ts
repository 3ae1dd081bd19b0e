import DataLoader from 'dataloader';
import type { RequestContext } from '../graphql/context';
import { ConnectionArgs } from '../graphql/relay/connection';
import { nestedPage, rootPage } from '../graphql/relay/pages';
import { whereTextMatches } from '../database/search';
import { readRows } from '../database/read-model';
import { AdministrativeUnit } from './administrative-unit.entity';
import { AdministrativeUnitFilter } from './administrative-unit.inputs';

export function listAdministrativeUnits(ctx: RequestContext, filter: AdministrativeUnitFilter | null = {}, args: ConnectionArgs) {
  filter ??= {}; // an explicit `filter: null` asks for no filter, as an absent one does
  return rootPage(ctx, AdministrativeUnit, args, (knex) => {
    const qb = knex('administrative_unit as e').select('e.*');
    if (filter.level) qb.where('e.level', filter.level);
    if (filter.parentCode != null) {
      qb.whereIn('e.parent_id', knex('administrative_unit').select('id').where('code', filter.parentCode));
    }
    if (filter.search) whereTextMatches(qb, ['e.name', 'e.code'], filter.search);
    return qb;
  });
}

/** GSO codes are reused after mergers: the unit in force wins, then the most recent. */
export function findAdministrativeUnit(ctx: RequestContext, code: string): Promise<AdministrativeUnit | null> {
  return ctx.loaders
    .get('AdministrativeUnit#codeInForce', () =>
      new DataLoader<string, AdministrativeUnit | null>(async (codes) => {
        const query = ctx.em.getKnex()('administrative_unit').select('*').whereIn('code', [...codes]).orderByRaw('valid_to desc nulls first, id');
        const units = await readRows(ctx.em, AdministrativeUnit, query);
        const byCode = new Map<string, AdministrativeUnit>();
        for (const unit of units) if (!byCode.has(unit.code)) byCode.set(unit.code, unit);
        return codes.map((code) => byCode.get(code) ?? null);
      }),
    )
    .load(code);
}

export function childUnits(ctx: RequestContext, unit: AdministrativeUnit, args: ConnectionArgs) {
  return nestedPage(ctx, 'AdministrativeUnit.children', AdministrativeUnit, args, unit.id, (knex, ids) =>
    knex('administrative_unit as e').select('e.*', 'e.parent_id as _group').whereIn('e.parent_id', ids),
  );
}

export async function parentUnit(ctx: RequestContext, unit: AdministrativeUnit): Promise<AdministrativeUnit | null> {
  return unit.parent ? ctx.loaders.byId(AdministrativeUnit).load(unit.parent.id) : null;
}
