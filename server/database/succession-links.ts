import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { LoaderRegistry } from './loaders';
import { runRead } from './direct-statement';

export type Direction = 'successors' | 'predecessors';

/** A succession row seen from one side: `other_id` is the unit or body across the change. */
export type SuccessionRow = Record<string, unknown> & { other_id: number };

/**
 * The rows of a succession table (`predecessor_id`, `successor_id`, and the
 * change's own columns) on one side of the given rows of `partyTable`, every
 * row of a request in one statement, in the other side's document order.
 */
export function successionRows(
  em: EntityManager,
  loaders: LoaderRegistry,
  table: string,
  partyTable: string,
  direction: Direction,
  id: number,
): Promise<SuccessionRow[]> {
  const [own, other] = direction === 'successors' ? ['predecessor_id', 'successor_id'] : ['successor_id', 'predecessor_id'];
  return loaders
    .get(`${table}.${direction}`, () =>
      new DataLoader<number, SuccessionRow[]>(async (ids) => {
        const rows = await runRead<SuccessionRow & { own_id: number }>(
          em,
          em
            .getKnex()
            .select('s.*', `s.${own} as own_id`, `s.${other} as other_id`)
            .from(`${table} as s`)
            .join(`${partyTable} as p`, 'p.id', `s.${other}`)
            .whereIn(`s.${own}`, [...ids])
            .orderBy(['p.position', 'p.id']),
        );
        const byId = new Map<number, SuccessionRow[]>();
        for (const row of rows) byId.set(row.own_id, [...(byId.get(row.own_id) ?? []), row]);
        return ids.map((key) => byId.get(key) ?? []);
      }),
    )
    .load(id);
}
