import type { DomainPart } from '../graphql/domain-part';
import { TaskIndicator } from './task-indicator.entity';
import { Task } from './task.entity';
import { TaskResolver } from './task.resolver';

export const tasksPart: DomainPart = {
  name: 'tasks',
  entities: [Task, TaskIndicator],
  resolvers: [TaskResolver],
  nodes: { open: [Task] },
};
