import type { DomainPart } from '../graphql/domain-part';
import { Assignment } from './assignment.entity';
import { ResponsibleBody } from './responsible-body.entity';
import { AssignmentResolver, ResponsibleBodyResolver } from './responsible-body.resolver';

export const bodiesPart: DomainPart = {
  name: 'bodies',
  entities: [ResponsibleBody, Assignment],
  resolvers: [ResponsibleBodyResolver, AssignmentResolver],
  nodes: { open: [ResponsibleBody, Assignment] },
};
