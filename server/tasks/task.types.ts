import { ConnectionType } from '../graphql/relay/connection';
import { Task } from './task.entity';

export const TaskConnection = ConnectionType(Task, 'A page of tasks.');
