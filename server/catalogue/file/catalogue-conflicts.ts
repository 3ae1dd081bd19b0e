import type { EntityManager } from '@mikro-orm/postgresql';
import { CatalogueFile, CATALOGUE_KEYS } from './catalogue-file';

/**
 * What a checked file cannot do to this database, each named: a unit the
 * database does not have, an aggregation changed under reported values (the
 * figures built from them would change meaning, as `updateIndicator` refuses).
 * Codes are the plan's own: another plan may hold the same ones.
 */
// Lists go as one JSON parameter: the driver would spread an array into a list of parameters.
export async function conflictsWithDatabase(tx: EntityManager, file: CatalogueFile, units: ReadonlyMap<string, unknown>): Promise<string[]> {
  return [...missingUnits(file, units), ...(await lockedAggregations(tx, file))];
}

/** `units`: the database's, by their `CATALOGUE_KEYS.territory` key. */
function missingUnits(file: CatalogueFile, units: ReadonlyMap<string, unknown>): string[] {
  const named = [
    ...file.territory.map((u) => ({ where: 'territory', unit: u })),
    ...file.bodies.filter((b) => b.administrativeUnit).map((b) => ({ where: `bodies "${b.code}".administrativeUnit`, unit: b.administrativeUnit! })),
  ];
  return named
    .filter(({ unit }) => !units.has(CATALOGUE_KEYS.territory(unit)))
    .map(({ where, unit }) => `${where}: no unit ${unit.code} ${unit.validFrom ? `from ${unit.validFrom}` : 'in its first form'} in the database`);
}

async function lockedAggregations(tx: EntityManager, file: CatalogueFile): Promise<string[]> {
  const rows = await tx.execute<Array<{ code: string; aggregation: string }>>(
    `select i.code, i.aggregation from indicator i join plan p on p.id = i.plan_id
      where p.code = ? and i.code in (select jsonb_array_elements_text(?::jsonb)) and exists (select 1 from indicator_value v where v.indicator_id = i.id)`,
    [file.plan.code, JSON.stringify(file.indicators.map((i) => i.code))],
  );
  const wanted = new Map(file.indicators.map((i) => [i.code, i.aggregation as string]));
  return rows
    .filter((r) => wanted.get(r.code) !== r.aggregation)
    .map((r) => `indicators "${r.code}".aggregation: it has reported values, so its aggregation (${r.aggregation}) cannot become ${wanted.get(r.code)}; add a new indicator instead`);
}
