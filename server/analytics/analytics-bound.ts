import type { RowBound } from '../graphql/domain-part';
import type { RequestContext } from '../graphql/context';
import { runRead } from '../database/direct-statement';
import { AdministrativeLevel } from '../territory/administrative-unit.enums';
import { ANALYTICS_CAPS, Breakdown } from './analytics.inputs';

/** Vietnam's ethnic groups: the most rows an ETHNIC_GROUP breakdown can make of one figure. */
const ETHNIC_GROUPS = 54;
const SEXES = 2;

/** How many periods, units per level, versions per code and units per area the database holds. */
interface DimensionSizes {
  count(dimension: 'period' | 'level' | 'code' | 'area', key: string): number;
}

/** Units and periods change with the seed or the catalogue: a few minutes' staleness only moves a bound. */
const SIZES_TTL_MS = 5 * 60_000;
const cached = new WeakMap<object, { at: number; sizes: Promise<DimensionSizes> }>();

const SIZES_SQL = `
select 'period' as dimension, kind as key, count(*)::int as n from reporting_period group by kind
union all select 'period', 'ALL', count(*)::int from reporting_period
union all select 'level', level, count(*)::int from administrative_unit group by level
union all select 'code', code, count(*)::int from administrative_unit group by code
union all
select 'area', a.code || '|' || u.level, count(distinct c.unit_id)::int
from administrative_unit_cover c
join administrative_unit a on a.id = c.covering_unit_id
join administrative_unit u on u.id = c.unit_id
where c.exact group by a.code, u.level`;

function dimensionSizes(ctx: RequestContext): Promise<DimensionSizes> {
  // One database per ORM (tests run several apps in one process): keyed by its knex.
  const key = ctx.reader.knex;
  const entry = cached.get(key);
  if (entry && Date.now() - entry.at < SIZES_TTL_MS) return entry.sizes;
  const sizes = runRead<{ dimension: string; key: string; n: number }>(ctx.em, { sql: SIZES_SQL, bindings: [] }).then((rows) => {
    const counts = new Map(rows.map((r) => [`${r.dimension}:${r.key}`, r.n]));
    return { count: (dimension: string, k: string) => counts.get(`${dimension}:${k}`) ?? 0 };
  });
  cached.set(key, { at: Date.now(), sizes });
  sizes.catch(() => cached.delete(key));
  return sizes;
}

function listOf(value: unknown, cap: number): string[] | null {
  return Array.isArray(value) ? [...new Set(value.map(String))].slice(0, cap) : null;
}

/**
 * The rows an analytics query can return: indicators x periods x units x
 * breakdown, each dimension counted in the database's own terms (the
 * districts lying in "06", the periods of a kind). Charged before it runs.
 */
export const analyticsRowBound: RowBound = async (args, ctx) => {
  const input = (args.input ?? {}) as Record<string, unknown>;
  const sizes = await dimensionSizes(ctx);
  const indicators = listOf(input.indicators, ANALYTICS_CAPS.indicators)?.length ?? 1;
  const periodList = listOf(input.periods, ANALYTICS_CAPS.periods);
  const periods = periodList ? periodList.length : sizes.count('period', typeof input.periodKind === 'string' ? input.periodKind : 'ALL');
  const units = unitBound(input, sizes);
  const breakdown = Array.isArray(input.breakdown) ? input.breakdown : [];
  const perFigure = (breakdown.includes(Breakdown.SEX) ? SEXES : 1) * (breakdown.includes(Breakdown.ETHNIC_GROUP) ? ETHNIC_GROUPS : 1);
  return Math.max(1, indicators * periods * units * perFigure);
};

function unitBound(input: Record<string, unknown>, sizes: DimensionSizes): number {
  const units = listOf(input.units, ANALYTICS_CAPS.units);
  const level = typeof input.level === 'string' ? input.level : units ? null : AdministrativeLevel.PROVINCE;
  if (!level) return units!.reduce((sum, code) => sum + Math.max(1, sizes.count('code', code)), 0);
  const areas = typeof input.within === 'string' ? [input.within] : units;
  if (!areas) return sizes.count('level', level);
  return areas.reduce((sum, code) => sum + sizes.count('area', `${code}|${level}`), 0);
}
