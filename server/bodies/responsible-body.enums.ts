import { registerEnumType } from 'type-graphql';

export enum BodyKind {
  PROVINCIAL_PEOPLES_COMMITTEE = 'PROVINCIAL_PEOPLES_COMMITTEE',
  PROVINCIAL_AGENCY = 'PROVINCIAL_AGENCY',
  DEPARTMENT = 'DEPARTMENT',
  DISTRICT_PEOPLES_COMMITTEE = 'DISTRICT_PEOPLES_COMMITTEE',
  COMMUNE_PEOPLES_COMMITTEE = 'COMMUNE_PEOPLES_COMMITTEE',
  FRONT = 'FRONT',
  NATIONAL_AGENCY = 'NATIONAL_AGENCY',
}

registerEnumType(BodyKind, {
  name: 'BodyKind',
  description: 'What kind of authority a responsible body is: a People\'s Committee (province, district or commune), a provincial agency or department, the Fatherland Front, or a national body.',
  valuesConfig: {
    PROVINCIAL_PEOPLES_COMMITTEE: { description: 'Ủy ban nhân dân tỉnh: issues the plan, receives consolidated reports.' },
    PROVINCIAL_AGENCY: { description: 'A provincial agency other than a department (e.g. Ban Dân tộc tỉnh).' },
    DEPARTMENT: { description: 'A provincial department (sở) or equivalent sector body.' },
    DISTRICT_PEOPLES_COMMITTEE: { description: 'Ủy ban nhân dân of a district or city, bound to its administrative unit (until 30 June 2025).' },
    COMMUNE_PEOPLES_COMMITTEE: { description: 'Ủy ban nhân dân of a commune or ward, bound to its unit: from 1 July 2025 it reports for its commune and carries the district\'s local role there.' },
    FRONT: { description: 'Vietnam Fatherland Front: supervision and social critique.' },
    NATIONAL_AGENCY: { description: 'A national body the province reports to.' },
  },
});

export enum AssignmentRole {
  LEAD = 'LEAD',
  COORDINATE = 'COORDINATE',
  FUND = 'FUND',
  SUPERVISE = 'SUPERVISE',
  REPORT = 'REPORT',
}

registerEnumType(AssignmentRole, {
  name: 'AssignmentRole',
  description: 'The part a body plays in a duty (chủ trì, phối hợp, funding, supervision, reporting).',
  valuesConfig: {
    LEAD: { description: 'Chủ trì: leads and answers for the task.' },
    COORDINATE: { description: 'Phối hợp: works with the lead.' },
    FUND: { description: 'Allocates or appraises the money.' },
    SUPERVISE: { description: 'Giám sát, phản biện xã hội.' },
    REPORT: { description: 'Sends periodic reports (section V.7).' },
  },
});

export enum AssignmentSource {
  STATED = 'STATED',
  INFERRED = 'INFERRED',
}

registerEnumType(AssignmentSource, {
  name: 'AssignmentSource',
  description: 'Whether an assignment is written in the plan\'s text or read into it.',
  valuesConfig: {
    STATED: { description: 'The plan\'s text says it (see `sourceRef`).' },
    INFERRED: { description: 'A reading of the plan, e.g. education tasks to the Department of Education (see `note`).' },
  },
});
