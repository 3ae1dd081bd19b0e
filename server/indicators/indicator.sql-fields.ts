import { RESOLVERS_ANSWER, type SqlFieldRead, type SqlFields } from '../graphql/sql-read/sql-fields';

/**
 * `indicator(code, planCode)` as the head of a one-statement read: the row
 * `findInPlan` finds, or null. A code that several plans hold, without
 * `planCode`, is the resolvers' to refuse.
 */
function indicator(read: SqlFieldRead): string | undefined {
  const row = read.alias('indicator');
  const selected = read.select(row);
  if (!selected) return undefined;
  const planCode = read.args.planCode as string | null | undefined;
  const inPlan = planCode != null ? ` and ${row}.plan_id = (select p.id from plan p where p.code = ${read.param(planCode, 'text')})` : '';
  return `coalesce((select case when count(*) over () > 1 then ${RESOLVERS_ANSWER} else ${selected} end
    from indicator ${row}${read.joins(row)} where ${row}.code = ${read.param(read.args.code, 'text')}${inPlan} limit 1), 'null')`;
}

export const indicatorSqlFields: SqlFields = { Query: { indicator } };
