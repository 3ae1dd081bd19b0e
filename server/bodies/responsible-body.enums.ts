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
  IMPLEMENT = 'IMPLEMENT',
  STAFF = 'STAFF',
  ADVISE = 'ADVISE',
  APPRAISE = 'APPRAISE',
  REVIEW = 'REVIEW',
  DISSEMINATE = 'DISSEMINATE',
  INTEGRATE = 'INTEGRATE',
  FUND = 'FUND',
  SUPERVISE = 'SUPERVISE',
  REPORT = 'REPORT',
}

registerEnumType(AssignmentRole, {
  name: 'AssignmentRole',
  description: 'The part a body plays in a duty, as the verb of the plan\'s sentence says it.',
  valuesConfig: {
    LEAD: { description: 'Chủ trì: leads and answers for the task.' },
    COORDINATE: { description: 'Phối hợp: works with the lead.' },
    IMPLEMENT: { description: 'Thực hiện, triển khai, tổ chức: the body acts itself.' },
    STAFF: { description: 'Bố trí công chức, cán bộ phụ trách: assigns officials to the work.' },
    ADVISE: { description: 'Tham mưu, đề xuất: advises or proposes to the People\'s Committee, which decides.' },
    APPRAISE: { description: 'Thẩm định: appraises a proposal or an estimate.' },
    REVIEW: { description: 'Sơ kết, tổng kết, rà soát, đánh giá: holds reviews, reviews plans and results.' },
    DISSEMINATE: { description: 'Quán triệt, tuyên truyền, phổ biến: makes the plan known.' },
    INTEGRATE: { description: 'Lồng ghép, đăng ký: builds the work into annual, sector or work-programme plans.' },
    FUND: { description: 'Bố trí, cân đối kinh phí: allocates the money.' },
    SUPERVISE: { description: 'Giám sát, kiểm tra, đôn đốc: supervises or inspects.' },
    REPORT: { description: 'Báo cáo: sends periodic reports (section V.7).' },
  },
});

export enum AssignmentSource {
  STATED = 'STATED',
  INFERRED = 'INFERRED',
  DECIDED = 'DECIDED',
}

registerEnumType(AssignmentSource, {
  name: 'AssignmentSource',
  description: 'Whether an assignment is written in the plan\'s text, read into it, or given by a later decision.',
  valuesConfig: {
    STATED: { description: 'The plan\'s text gives the body this duty in words (see `sourceRef`); `duty` quotes them.' },
    INFERRED: { description: 'A reading of the plan, e.g. education tasks to the Department of Education (see `note`).' },
    DECIDED: { description: 'Given by a later decision (see `legalBasis`), recorded by an administrator.' },
  },
});

export enum CodeSource {
  DOCUMENT = 'DOCUMENT',
  DERIVED = 'DERIVED',
}

registerEnumType(CodeSource, {
  name: 'CodeSource',
  description: 'Where a task\'s code comes from.',
  valuesConfig: {
    DOCUMENT: { description: 'The plan prints it (e.g. "III.2.d", "IV.4").' },
    DERIVED: { description: 'Our numbering of the sub-items the plan lists without codes (e.g. "III.2.d.1"), in document order.' },
  },
});
