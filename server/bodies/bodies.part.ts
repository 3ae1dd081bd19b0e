import type { DomainPart } from '../graphql/domain-part';
import { Assignment } from './assignment.entity';
import { ResponsibleBody } from './responsible-body.entity';
import { AssignmentResolver, ResponsibleBodyChangeResolver, ResponsibleBodyResolver } from './responsible-body.resolver';
import { ResponsibleBodySuccession } from './responsible-body-succession.entity';

export const bodiesPart: DomainPart = {
  name: 'bodies',
  entities: [ResponsibleBody, Assignment, ResponsibleBodySuccession],
  resolvers: [ResponsibleBodyResolver, AssignmentResolver, ResponsibleBodyChangeResolver],
  nodes: { open: [ResponsibleBody, Assignment] },
};
