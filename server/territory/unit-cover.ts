import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * The statements that rebuild `administrative_unit_cover`, to run in one
 * transaction. Atoms are the finest units: no children, and not made of whole
 * predecessors (Bắc Kạn's 108 communes). A unit's atoms come through its
 * children and its whole predecessors. B lies in X (exact) when all of B's
 * atoms are X's; they overlap when only some are. Only X at B's level or
 * above are kept: a figure is carried up, never split down. The atoms go to a
 * temporary table first, analysed, so that PostgreSQL plans the pairing on
 * true row counts (from a recursive CTE it guessed millions and took a minute
 * at national scale).
 */
export const UNIT_COVER_STATEMENTS = [
  `create temporary table unit_atom on commit drop as
   with recursive
     link(part_id, whole_id) as (
       select id, parent_id from administrative_unit where parent_id is not null
       union all
       select predecessor_id, successor_id from administrative_unit_succession where whole
     ),
     atom(unit_id, atom_id) as (
       select u.id, u.id from administrative_unit u
       where not exists (select 1 from administrative_unit c where c.parent_id = u.id)
         and not exists (select 1 from administrative_unit_succession s where s.successor_id = u.id and s.whole)
       union
       select l.whole_id, a.atom_id from atom a join link l on l.part_id = a.unit_id
     )
   select atom.unit_id, atom.atom_id, case u.level when 'PROVINCE' then 0 when 'DISTRICT' then 1 else 2 end as depth
   from atom join administrative_unit u on u.id = atom.unit_id`,
  'analyze unit_atom',
  'delete from administrative_unit_cover',
  `insert into administrative_unit_cover (unit_id, covering_unit_id, exact, covering_level, covering_valid_from, covering_valid_to)
   select pair.unit_id, pair.covering_unit_id, pair.exact, x.level, x.valid_from, x.valid_to
   from (
     select b.unit_id, x.unit_id as covering_unit_id, count(*) = max(size.atoms) as exact
     from unit_atom b
     join unit_atom x on x.atom_id = b.atom_id and x.depth <= b.depth
     join (select unit_id, count(*) as atoms from unit_atom group by unit_id) size on size.unit_id = b.unit_id
     group by b.unit_id, x.unit_id
   ) pair join administrative_unit x on x.id = pair.covering_unit_id`,
];

/** Rebuilds the cover, inside `em`'s transaction (the seed's). */
export async function refreshUnitCover(em: EntityManager): Promise<void> {
  for (const statement of UNIT_COVER_STATEMENTS) await em.execute(statement);
}
