import { inForceSql } from '../../database/validity';
import { BASE_UNIT, DISTRICT_FIGURES } from './district-figure';

/*
 * Figures of every period on one map, in one statement (the crosswalk).
 * Parameters: $1 indicator, $2 report status, $3 target level, $4 the map's
 * day (null: each period on its own map, the day of its data cut-off),
 * $5 `within` code (null: everywhere), $6 the day `within` is looked up on.
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
  where v.indicator_id = $1 and r.kind = 'BODY' and r.status = $2 and v.sex is null and v.ethnic_group is null
  order by v.administrative_unit_id, r.period_id, r.reviewed_at desc nulls last, r.id desc
)`;

/** The unit `within` names ($5 on $6, else its last version), and the units lying in it. */
const WITHIN = `
within_unit as (
  select id from administrative_unit where code = $5
  order by (${inForceSql('administrative_unit').replaceAll('?::date', '$6::date')}) desc, valid_from desc nulls last limit 1
),
within_area as (
  select c.unit_id from administrative_unit_cover c where c.exact and c.covering_unit_id = (select id from within_unit)
)`;

function inMap(alias: string): string {
  return inForceSql(alias).replaceAll('?::date', MAP_DAY);
}

/** SUM and RATIO indicators. */
export const ADDITIVE_CROSSWALK = `
with ${SOURCE},
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
  join administrative_unit_cover c on c.unit_id = b.base_id
  join administrative_unit x on x.id = c.covering_unit_id
  where x.level = $3::text and ${inMap('x')}
),
${WITHIN},
figure as (
  select target_id as unit_id, period_id,
    sum(value) filter (where exact) as value, sum(numerator) filter (where exact) as numerator,
    sum(denominator) filter (where exact) as denominator, coalesce(sum(source_values) filter (where exact), 0) as source_values,
    bool_and(exact) as comparable, array_agg(base_id) filter (where not exact) as partial_ids, null::int[] as spanned_ids
  from carried group by target_id, period_id having bool_or(exact)
  union all
  select base_id, period_id, max(value), max(numerator), max(denominator), max(source_values), false, null, array_agg(target_id)
  from carried group by base_id, period_id having not bool_or(exact)
)
select * from figure where $5::text is null or unit_id in (select unit_id from within_area)`;

/**
 * NONE indicators: an index or a level does not add up. The figure of a unit
 * is the value reported for that very unit; one reported for another unit
 * (06 shown on the map of 19) is returned, but not comparable.
 */
export const NONE_CROSSWALK = `
with ${SOURCE},
carried as (
  select s.unit_id as base_id, s.period_id, s.value, c.covering_unit_id as target_id, c.covering_unit_id = s.unit_id as same
  from (select s.*, s.end_date as b_end from source s where s.level = $3::text) s
  join administrative_unit_cover c on c.unit_id = s.unit_id and c.exact
  join administrative_unit x on x.id = c.covering_unit_id
  where x.level = $3::text and ${inForceSql('x').replaceAll('?::date', 'coalesce($4::date, s.b_end)')}
),
${WITHIN},
figure as (
  select target_id as unit_id, period_id, case when count(*) = 1 then max(value) end as value, null::numeric as numerator,
    null::numeric as denominator, count(*) as source_values, bool_and(same) and count(*) = 1 as comparable,
    array_agg(base_id) filter (where not same) as partial_ids, null::int[] as spanned_ids
  from carried group by target_id, period_id
)
select * from figure where $5::text is null or unit_id in (select unit_id from within_area)`;
