import { nestedConnection, PARENT_KEY, rootConnection } from '../graphql/sql-read/connection-read';
import { joinedObject, type SqlFieldRead, type SqlFields } from '../graphql/sql-read/sql-fields';
import { DOCUMENT_ORDER } from '../graphql/relay/pages';
import { assignmentList, bodyList } from './responsible-body.service';

/** `responsibleBodies` and a body's duties with their tasks in one statement; a filter (its input has rules) is the resolvers'. */
function responsibleBodies(read: SqlFieldRead): string | undefined {
  if (read.args.filter != null) return undefined;
  return rootConnection(read, bodyList(read.knex, {}).toSQL(), DOCUMENT_ORDER);
}

function assignments(read: SqlFieldRead): string | undefined {
  if (read.args.filter != null) return undefined;
  return nestedConnection(read, assignmentList(read.knex, [PARENT_KEY], {}).toSQL(), DOCUMENT_ORDER);
}

export const bodySqlFields: SqlFields = {
  Query: { responsibleBodies },
  ResponsibleBody: { assignments },
  Assignment: { task: (read) => joinedObject(read, 'task', 'task_id') },
};
