import { inForceSql } from '../../database/validity';
import { BASE_UNIT, DISTRICT_FIGURES } from './district-figure';

/*
 * Figures of every period on one map, in one statement (the crosswalk).
 * Parameters: $1 indicator, $2 report status, $3 target level, $4 the map's
 * day (null: each period on its own map, the day of its data cut-off); in
 * the `within` variants, $5 the code and $6 the day it is looked up on.
 *
 * 1. Source values: the values of body reports, the last accepted one where
 *    two give the same unit and period.
 * 2. Base figures on the period's own map: a district's own value, else the
 *    sum of its communes'; on the map without districts, each commune's. For
 *    the COMMUNE level, each commune's value.
 * 3. Each base figure is carried to the unit of the target level in force on
 *    the map's day that it lies in (`administrative_unit_cover`, exact): SUM
 *    figures add, RATIO figures add numerators and denominators (the value is
 *    divided in Node), never an average of percentages. This is exact because
 *    every Bắc Kạn commune went whole into one new commune.
 * 4. A base figure that lies in no such unit but spans several (a new commune
 *    formed from two old districts, seen on the old map) is returned for its
 *    own unit, not comparable; the units it spans are returned without it,
 *    not comparable either.
 */

const MAP_DAY = 'coalesce($4::date, b.end_date)';

const SOURCE = `
source as (
  select distinct on (v.administrative_unit_id, r.period_id)
    v.value, v.numerator, v.denominator, r.period_id, p.end_date, u.level, u.id as unit_id, ${BASE_UNIT} as district_base_id
  from indicator_value v
  join report r on r.id = v.report_id
  join reporting_period p on p.id = r.period_id
  join administrative_unit u on u.id = v.administrative_unit_id
  left join administrative_unit pu on pu.id = u.parent_id
  where v.indicator_id = $1 and r.kind = 'BODY' and r.status = $2 and v.sex is null and v.ethnic_group is null /*within*/
  order by v.administrative_unit_id, r.period_id, r.reviewed_at desc nulls last, r.id desc
)`;

/**
 * The unit `within` names ($5 on $6, else its last version). Source values are
 * those of units overlapping it, read first so that PostgreSQL starts from
 * them; figures are those of units lying in it, and those of overlapping
 * units that could not be carried.
 */
const WITHIN = `
within_unit as (
  select id from administrative_unit where code = $5
  order by (${inForceSql('administrative_unit').replaceAll('?::date', '$6::date')}) desc, valid_from desc nulls last limit 1
),
within_area as (
  select c.unit_id, c.exact from administrative_unit_cover c where c.covering_unit_id = (select id from within_unit)
),`;

const WITHIN_SOURCE = 'and v.administrative_unit_id in (select unit_id from within_area)';
const WITHIN_FIGURES = 'where spanned_ids is not null or unit_id in (select unit_id from within_area where exact)';

/** The statement for all units, or (`within`) for those of one unit's area. */
export function crosswalkStatement(sql: string, within: boolean): string {
  return within
    ? sql.replace('/*with-within*/', WITHIN).replace('/*within*/', WITHIN_SOURCE).replace('/*figures*/', WITHIN_FIGURES)
    : sql.replace('/*with-within*/', '').replace('/*within*/', '').replace('/*figures*/', '');
}

/** The covering unit of cover row `alias` is in force on the map's day. */
function inMap(alias: string): string {
  return coverInForce(alias, MAP_DAY);
}

function coverInForce(alias: string, day: string): string {
  return `(${alias}.covering_valid_from is null or ${alias}.covering_valid_from <= ${day}) and (${alias}.covering_valid_to is null or ${alias}.covering_valid_to >= ${day})`;
}

/** SUM and RATIO indicators. */
export const ADDITIVE_CROSSWALK = `
with /*with-within*/ ${SOURCE},
base as (
  select base_id, period_id, max(end_date) as end_date, ${DISTRICT_FIGURES}, count(*) as source_values
  from (
    select s.*, case when $3::text = 'COMMUNE' then case when s.level = 'COMMUNE' then s.unit_id end
                     when s.level in ('DISTRICT', 'COMMUNE') then s.district_base_id end as base_id
    from source s
  ) figures
  where base_id is not null
  group by base_id, period_id
),
carried as (
  select b.base_id, b.period_id, b.value, b.numerator, b.denominator, b.source_values, c.covering_unit_id as target_id, c.exact
  from base b
  join administrative_unit_cover c on c.unit_id = b.base_id and c.covering_level = $3::text and ${inMap('c')}
),
figure as (
  select target_id as unit_id, period_id,
    sum(value) filter (where exact) as value, sum(numerator) filter (where exact) as numerator,
    sum(denominator) filter (where exact) as denominator, coalesce(sum(source_values) filter (where exact), 0) as source_values,
    bool_and(exact) as comparable, array_agg(base_id) filter (where not exact) as partial_ids, null::int[] as spanned_ids
  from carried group by target_id, period_id having bool_or(exact)
  union all
  -- The units of a level partition a map: a base figure lying in one of them overlaps no other,
  -- so the ones carried nowhere are exactly those with inexact rows.
  select base_id, period_id, max(value), max(numerator), max(denominator), max(source_values), false, null, array_agg(target_id)
  from carried where not exact group by base_id, period_id
)
select * from figure /*figures*/`;

/**
 * NONE indicators: an index or a level does not add up. The figure of a unit
 * is the value reported for that very unit; one reported for another unit
 * (06 shown on the map of 19) is returned, but not comparable.
 */
export const NONE_CROSSWALK = `
with /*with-within*/ ${SOURCE},
carried as (
  select s.unit_id as base_id, s.period_id, s.value, c.covering_unit_id as target_id, c.covering_unit_id = s.unit_id as same
  from source s
  join administrative_unit_cover c on c.unit_id = s.unit_id and c.exact and c.covering_level = $3::text
    and ${coverInForce('c', 'coalesce($4::date, s.end_date)')}
  where s.level = $3::text
),
figure as (
  select target_id as unit_id, period_id, case when count(*) = 1 then max(value) end as value, null::numeric as numerator,
    null::numeric as denominator, count(*) as source_values, bool_and(same) and count(*) = 1 as comparable,
    array_agg(base_id) filter (where not same) as partial_ids, null::int[] as spanned_ids
  from carried group by target_id, period_id
)
select * from figure /*figures*/`;
