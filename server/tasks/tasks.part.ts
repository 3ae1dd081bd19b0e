import type { DomainPart } from '../graphql/domain-part';
import { TaskIndicator } from './task-indicator.entity';
import { Task } from './task.entity';
import { TaskResolver } from './task.resolver';
import { TaskMutationResolver } from './task-mutation.resolver';
import { catalogueHistoryResolver } from '../catalogue/catalogue-history.resolver';

export const tasksPart: DomainPart = {
  name: 'tasks',
  entities: [Task, TaskIndicator],
  resolvers: [TaskResolver, TaskMutationResolver, catalogueHistoryResolver(Task)],
  nodes: { open: [Task] },
};
