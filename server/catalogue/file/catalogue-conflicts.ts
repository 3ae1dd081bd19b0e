import type { EntityManager } from '@mikro-orm/postgresql';
import { CatalogueFile, CATALOGUE_KEYS } from './catalogue-file';

/**
 * What a checked file cannot do to this database, each named: a code that
 * another plan holds (codes are unique across plans: see README), a unit the
 * database does not have, an aggregation changed under reported values (the
 * figures built from them would change meaning, as `updateIndicator` refuses).
 */
// Lists go as one JSON parameter: the driver would spread an array into a list of parameters.
export async function conflictsWithDatabase(tx: EntityManager, file: CatalogueFile, units: ReadonlyMap<string, unknown>): Promise<string[]> {
  return [...(await codesOfOtherPlans(tx, file)), ...missingUnits(file, units), ...(await lockedAggregations(tx, file))];
}

async function codesOfOtherPlans(tx: EntityManager, file: CatalogueFile): Promise<string[]> {
  const rows = await tx.execute<Array<{ list: string; code: string; plan: string }>>(
    `select 'objectives' as list, o.code, p.code as plan from objective o join plan p on p.id = o.plan_id where o.code in (select jsonb_array_elements_text(?::jsonb)) and p.code <> ?
     union all
     select 'indicators', i.code, p.code from indicator i join objective o on o.id = i.objective_id join plan p on p.id = o.plan_id where i.code in (select jsonb_array_elements_text(?::jsonb)) and p.code <> ?
     union all
     select 'tasks', t.code, p.code from task t join plan p on p.id = t.plan_id where t.code in (select jsonb_array_elements_text(?::jsonb)) and p.code <> ?
     union all
     select 'assignments', a.key, p.code from assignment a join plan p on p.id = a.plan_id where a.key in (select jsonb_array_elements_text(?::jsonb)) and p.code <> ?`,
    [
      JSON.stringify(file.objectives.map((o) => o.code)), file.plan.code,
      JSON.stringify(file.indicators.map((i) => i.code)), file.plan.code,
      JSON.stringify(file.tasks.map((t) => t.code)), file.plan.code,
      JSON.stringify(file.assignments.map((a) => a.key)), file.plan.code,
    ],
  );
  return rows.map((r) => `${r.list} "${r.code}": already in plan ${r.plan} (codes are unique across the plans of a database)`);
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
    'select i.code, i.aggregation from indicator i where i.code in (select jsonb_array_elements_text(?::jsonb)) and exists (select 1 from indicator_value v where v.indicator_id = i.id)',
    [JSON.stringify(file.indicators.map((i) => i.code))],
  );
  const wanted = new Map(file.indicators.map((i) => [i.code, i.aggregation as string]));
  return rows
    .filter((r) => wanted.get(r.code) !== r.aggregation)
    .map((r) => `indicators "${r.code}".aggregation: it has reported values, so its aggregation (${r.aggregation}) cannot become ${wanted.get(r.code)}; add a new indicator instead`);
}
