import type { DomainPart } from '../graphql/domain-part';
import { Assignment } from './assignment.entity';
import { ResponsibleBody } from './responsible-body.entity';
import { AssignmentResolver, ResponsibleBodyChangeResolver, ResponsibleBodyResolver } from './responsible-body.resolver';
import { ResponsibleBodySuccession } from './responsible-body-succession.entity';
import { BodyMutationResolver } from './body-mutation.resolver';
import { catalogueHistoryResolver } from '../catalogue/catalogue-history.resolver';
import { bodySqlFields } from './bodies.sql-fields';

export const bodiesPart: DomainPart = {
  name: 'bodies',
  entities: [ResponsibleBody, Assignment, ResponsibleBodySuccession],
  resolvers: [
    ResponsibleBodyResolver,
    AssignmentResolver,
    ResponsibleBodyChangeResolver,
    BodyMutationResolver,
    catalogueHistoryResolver(ResponsibleBody),
    catalogueHistoryResolver(Assignment),
  ],
  nodes: { open: [ResponsibleBody, Assignment] },
  sqlFields: bodySqlFields,
};
