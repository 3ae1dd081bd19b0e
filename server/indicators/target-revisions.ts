import DataLoader from 'dataloader';
import type { RequestContext } from '../graphql/context';
import { readRows } from '../database/read-model';
import { groupBy } from '../platform/group-by';
import { Target } from './target.entity';
import { TargetRevision } from './target-revision.entity';

/** A target's later revisions, by effective date: batched per request, read only for targets that have any. */
export function revisionsOf(ctx: RequestContext, target: Target): Promise<TargetRevision[]> {
  if (target.revisionCount === 0) return Promise.resolve([]);
  return ctx.loaders
    .get('Target.revisions', () =>
      new DataLoader<number, TargetRevision[]>(async (ids) => {
        const query = ctx.em.getKnex()('target_revision').select('*').whereIn('target_id', [...ids]).orderBy(['effective_date', 'id']);
        const groups = groupBy(await readRows(ctx.em, TargetRevision, query), (r) => r.target.id);
        return ids.map((id) => groups.get(id) ?? []);
      }),
    )
    .load(target.id);
}

/**
 * The targets in force on a day: those the plan set or a decision had added
 * by then, each with the values of the last revision in force that day. The
 * objects are copies: the target's own row keeps what was first set.
 */
export async function targetsInForce(ctx: RequestContext, targets: Target[], day: string): Promise<Target[]> {
  const inForce: Target[] = [];
  for (const target of targets) {
    if (target.validFrom && target.validFrom > day) continue;
    const revision = (await revisionsOf(ctx, target)).filter((r) => (r.effectiveDate ?? '') <= day).pop();
    inForce.push(revision ? revised(target, revision) : target);
  }
  return inForce;
}

function revised(target: Target, revision: TargetRevision): Target {
  return Object.assign(Object.create(Object.getPrototypeOf(target)) as Target, target, {
    comparator: revision.comparator,
    value: revision.value,
    valueMax: revision.valueMax ?? null,
    text: revision.text,
  });
}

/** Every form of the target, oldest first: as first set (by the plan, or by the decision that added it), then each revision. */
export async function targetHistory(ctx: RequestContext, shown: Target): Promise<TargetRevision[]> {
  // The object shown may carry a revision's values (targets(asOf)): the row has the first ones.
  const target = shown.revisionCount > 0 ? ((await ctx.loaders.byId(Target).load(shown.id)) ?? shown) : shown;
  const first = Object.assign(new TargetRevision(), {
    comparator: target.comparator,
    value: target.value,
    valueMax: target.valueMax ?? null,
    text: target.text,
    legalBasis: target.legalBasis ?? null,
    effectiveDate: target.validFrom ?? null,
    recordedAt: null,
  });
  return [first, ...(await revisionsOf(ctx, target))];
}
