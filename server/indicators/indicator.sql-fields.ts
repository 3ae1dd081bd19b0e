import { nestedConnection, PARENT_KEY } from '../graphql/sql-read/connection-read';
import { RESOLVERS_ANSWER, type SingleRowScope, type SqlFieldRead, type SqlFields } from '../graphql/sql-read/sql-fields';
import { DOCUMENT_ORDER } from '../graphql/relay/pages';
import { taskIndicatorList } from './indicator.service';

/**
 * `indicator(code, planCode)` as the head of a one-statement read: the row
 * `findInPlan` finds, or null. A code that several plans hold, without
 * `planCode`, is the resolvers' to refuse.
 */
function indicator(read: SqlFieldRead): string | undefined {
  const planCode = read.args.planCode as string | null | undefined;
  const inPlan = planCode != null ? ` and plan_id = (select p.id from plan p where p.code = ${read.param(planCode, 'text')})` : '';
  // Its rows as an expression of their own, which lists under it may name (a roll-up, say: SingleRowScope).
  const found = read.with(`select * from indicator where code = ${read.param(read.args.code, 'text')}${inPlan}`);
  const row = read.alias('indicator');
  const selected = read.select(row, { singleRow: found } satisfies SingleRowScope);
  if (!selected) return undefined;
  return `coalesce((select case when count(*) over () > 1 then ${RESOLVERS_ANSWER} else ${selected} end
    from ${found} ${row}${read.joins(row)} limit 1), 'null')`;
}

/** A task's indicators, inside its task's row. */
function indicatorsOfTask(read: SqlFieldRead): string | undefined {
  return nestedConnection(read, taskIndicatorList(read.knex, [PARENT_KEY]).toSQL(), DOCUMENT_ORDER);
}

export const indicatorSqlFields: SqlFields = { Query: { indicator }, Task: { indicators: indicatorsOfTask } };
