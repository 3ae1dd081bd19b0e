import { registerEnumType } from 'type-graphql';

/** Who a caller is in the reporting regime (DOMAIN: who reads and writes). */
export enum Role {
  ADMIN = 'ADMIN',
  REPORTER = 'REPORTER',
  SUPERVISOR = 'SUPERVISOR',
  VIEWER = 'VIEWER',
}

registerEnumType(Role, {
  name: 'Role',
  description: 'What a user may read and write in the reporting regime.',
  valuesConfig: {
    ADMIN: { description: 'Ban Dân tộc tỉnh: keeps the catalogue and the users, reviews, returns or accepts reports, consolidates.' },
    REPORTER: { description: 'A department or district committee: fills and submits its own body\'s reports only.' },
    SUPERVISOR: { description: 'The Fatherland Front: reads everything and comments on reports.' },
    VIEWER: { description: 'Dashboards, BI tools and other provincial apps: read-only.' },
  },
});
