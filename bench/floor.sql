-- The floor's one piece of logic that is not a query: the progress rule of
-- server/reporting/progress/progress-rule.ts (assessProgress), in SQL, so that
-- scenario 1's answer is built whole in PostgreSQL. The bench checks its
-- answers equal the API's before timing. Applied by bench/baseline-server.ts.
create schema if not exists bench_floor;

-- Dates are the ends of reporting windows: a year's closes on 14 December.
create or replace function bench_floor.year_end(p_year int) returns date
language sql immutable parallel safe as $$ select make_date(p_year, 12, 14) $$;

-- p_targets: [{year, comparator, value, valueMax, baselineValue, baselineYear}];
-- p_observations: [{value, date, period}] oldest first. Returns {status, value, expectedValue, period: {code}}.
create or replace function bench_floor.progress(p_kind text, p_targets jsonb, p_observations jsonb, p_as_of date) returns json
language plpgsql immutable parallel safe as $$
declare
  n int := jsonb_array_length(p_observations);
  latest jsonb := case when n > 0 then p_observations -> (n - 1) end;
  v float8 := (latest ->> 'value')::float8;
  v_date date := (latest ->> 'date')::date;
  t jsonb;
  t_value float8; t_max float8; comparator text; t_end date;
  base float8; base_date date; base_source text;
  goal float8; expected float8; span float8; share float8;
  direction float8; lag float8; over float8 := 0;
  met boolean; status text;
begin
  select x into t from jsonb_array_elements(p_targets) x
  order by (bench_floor.year_end((x ->> 'year')::int) >= coalesce(v_date, p_as_of)) desc,
    case when bench_floor.year_end((x ->> 'year')::int) >= coalesce(v_date, p_as_of) then (x ->> 'year')::int else -(x ->> 'year')::int end
  limit 1;
  if latest is null or t is null then
    return json_build_object('status', 'NO_DATA', 'value', v, 'expectedValue', null, 'period', case when latest is null then null else json_build_object('code', latest ->> 'period') end);
  end if;
  t_value := (t ->> 'value')::float8;
  t_max := (t ->> 'valueMax')::float8;
  comparator := t ->> 'comparator';
  t_end := bench_floor.year_end((t ->> 'year')::int);
  if t ->> 'baselineValue' is not null and t ->> 'baselineYear' is not null then
    base := (t ->> 'baselineValue')::float8; base_date := bench_floor.year_end((t ->> 'baselineYear')::int); base_source := 'PLAN';
  elsif p_kind = 'MULTIPLE_OF_BASELINE' and t ->> 'baselineYear' is not null then
    base := 1; base_date := bench_floor.year_end((t ->> 'baselineYear')::int); base_source := 'PLAN';
  elsif p_kind = 'COUNT' then
    base := 0; base_date := bench_floor.year_end(2020); base_source := 'PLAN_START';
  else
    base := (p_observations -> 0 ->> 'value')::float8; base_date := (p_observations -> 0 ->> 'date')::date; base_source := 'FIRST_REPORT';
  end if;
  goal := case when comparator = 'BETWEEN' and t_max is not null and abs(base - t_max) < abs(base - t_value) then t_max else t_value end;
  span := t_end - base_date;
  if span <= 0 then expected := goal;
  else
    share := least(1, greatest(0, (v_date - base_date)::float8 / span));
    expected := base + (goal - base) * share;
  end if;
  met := case comparator
    when 'GT' then v > t_value when 'GTE' then v >= t_value when 'MAINTAIN' then v >= t_value
    when 'LT' then v < t_value when 'LTE' then v <= t_value when 'EQ' then v = t_value
    when 'BETWEEN' then v >= t_value and v <= coalesce(t_max, t_value) end;
  if met then status := 'ACHIEVED';
  elsif v_date >= t_end then status := 'OFF_TRACK';
  elsif base_source = 'FIRST_REPORT' and n < 2 then status := 'NO_DATA';
  else
    direction := case when comparator in ('LT', 'LTE') then -1 when comparator in ('EQ', 'BETWEEN') then case when goal >= base then 1 else -1 end else 1 end;
    if comparator = 'BETWEEN' and t_max is not null then
      over := case when base < t_value then greatest(0, v - t_max) when base > t_max then greatest(0, t_value - v)
        else greatest(0, v - t_max) + greatest(0, t_value - v) end;
    end if;
    lag := greatest(direction * (expected - v), over);
    status := case when lag <= 0 then 'ON_TRACK' when lag <= 0.1 * abs(goal - base) then 'AT_RISK' else 'OFF_TRACK' end;
  end if;
  -- As the API rounds it (Math.round: floor of x + 0.5).
  return json_build_object('status', status, 'value', v, 'expectedValue', floor(expected * 10000 + 0.5) / 10000, 'period', json_build_object('code', latest ->> 'period'));
end $$;
