import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import { isInForce } from '../database/validity';
import { planIdOf } from '../plan/plan-scope';
import { ResponsibleBodySuccession } from './responsible-body-succession.entity';
import { ResponsibleBody } from './responsible-body.entity';

/**
 * The bodies in force on `day` that carry on from `body`: itself while in
 * force, else the successors in force then, through every change (Ban Dân
 * tộc tỉnh → Sở Dân tộc và Tôn giáo tỉnh Bắc Kạn → that of Thái Nguyên).
 */
export async function bodiesCarryingOn(tx: EntityManager, body: ResponsibleBody, day: string): Promise<ResponsibleBody[]> {
  const found = new Map<number, ResponsibleBody>();
  let frontier = [body];
  const seen = new Set<number>();
  while (frontier.length) {
    const next: ResponsibleBody[] = [];
    for (const current of frontier) {
      if (seen.has(current.id)) continue;
      seen.add(current.id);
      if (isInForce(current, day)) found.set(current.id, current);
      else next.push(current);
    }
    const ids = next.filter((b) => !b.validTo || b.validTo < day).map((b) => b.id);
    frontier = ids.length
      ? (await tx.find(ResponsibleBodySuccession, { predecessor: { $in: ids } }, { populate: ['successor'] })).map((s) => s.successor.getEntity())
      : [];
  }
  return [...found.values()].sort((a, b) => a.position - b.position);
}

/**
 * The ids of the bodies that hold a duty of the plan: those it names, and
 * those their duties passed to (through every change), as `holdersOf` reads
 * a duty's holders. A subquery, for `where body_id in (...)`.
 */
export function bodiesWithDutiesIn(knex: Knex, planCode: string): Knex.QueryBuilder {
  return knex
    .withRecursive('holder', ['body_id'], (q) =>
      q
        .select('body_id')
        .from('assignment')
        .whereIn('plan_id', planIdOf(knex, planCode))
        .union((u) => u.select('s.successor_id').from('holder as h').join('responsible_body_succession as s', 's.predecessor_id', 'h.body_id')),
    )
    .select('body_id')
    .from('holder');
}
