import { ConnectionType } from '../graphql/relay/connection';
import { Assignment } from './assignment.entity';
import { ResponsibleBody } from './responsible-body.entity';

export const ResponsibleBodyConnection = ConnectionType(ResponsibleBody, 'A page of responsible bodies.');
export const AssignmentConnection = ConnectionType(Assignment, 'A page of assignments.');
