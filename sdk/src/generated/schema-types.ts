// GENERATED FILE: DO NOT EDIT. Run `npm run codegen` (codegen.yml) after `npm run schema:emit`.
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date string, such as 2007-12-03, compliant with the `full-date` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  Date: { input: string; output: string; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  DateTime: { input: string; output: string; }
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
};

/** The SUBMITTED report to accept. */
export type AcceptReportInput = {
  /** Idempotency key, echoed in the payload: a retry with the same value (by the same user) applies once and returns the first outcome. */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** Global ID of the report. */
  reportId: Scalars['ID']['input'];
  /** The report's `version` as you read it; a stale one is a CONFLICT. */
  version: Scalars['Int']['input'];
};

/** What `acceptReport` returns. */
export type AcceptReportPayload = {
  __typename?: 'AcceptReportPayload';
  /** The `clientMutationId` of the input, echoed. */
  clientMutationId?: Maybe<Scalars['String']['output']>;
  /** The report as it is after the mutation. */
  report?: Maybe<Report>;
  /** Empty when the mutation applied; otherwise why nothing was changed. */
  userErrors: Array<UserError>;
};

/** A difficulty ("vướng mắc") to raise in a DRAFT or RETURNED report, with the body's recommendation. */
export type AddObstacleInput = {
  /** Idempotency key, echoed in the payload: a retry with the same value (by the same user) applies once and returns the first outcome. */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** The plan the code is of, e.g. "BK-CTDT-2021-2030"; needed only when several plans have one with this code (AMBIGUOUS_CODE). */
  planCode?: InputMaybe<Scalars['String']['input']>;
  /** What the body proposes. */
  recommendation?: InputMaybe<Scalars['String']['input']>;
  /** Global ID of the report. */
  reportId: Scalars['ID']['input'];
  /** The task it concerns, if one. */
  taskCode?: InputMaybe<Scalars['String']['input']>;
  /** The difficulty met ("vướng mắc"). */
  text: Scalars['String']['input'];
  /** The report's `version` as you read it; a stale one is a CONFLICT. */
  version: Scalars['Int']['input'];
};

/** What `addObstacle` returns: the report and the new obstacle. */
export type AddObstaclePayload = {
  __typename?: 'AddObstaclePayload';
  /** The `clientMutationId` of the input, echoed. */
  clientMutationId?: Maybe<Scalars['String']['output']>;
  /** The obstacle raised; null when there are user errors. */
  obstacle?: Maybe<Obstacle>;
  /** The report as it is after the mutation. */
  report?: Maybe<Report>;
  /** Empty when the mutation applied; otherwise why nothing was changed. */
  userErrors: Array<UserError>;
};

/** A remark on a report, in any status. */
export type AddReportCommentInput = {
  /** Idempotency key, echoed in the payload: a retry with the same value (by the same user) applies once and returns the first outcome. */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** Global ID of the report. */
  reportId: Scalars['ID']['input'];
  /** The remark. */
  text: Scalars['String']['input'];
};

/** What `addReportComment` returns: the report and the new comment. */
export type AddReportCommentPayload = {
  __typename?: 'AddReportCommentPayload';
  /** The `clientMutationId` of the input, echoed. */
  clientMutationId?: Maybe<Scalars['String']['output']>;
  /** The comment added; null when there are user errors. */
  comment?: Maybe<ReportComment>;
  /** The report as it is after the mutation. */
  report?: Maybe<Report>;
  /** Empty when the mutation applied; otherwise why nothing was changed. */
  userErrors: Array<UserError>;
};

/** The level of an administrative unit: province, district (until 30 June 2025) or commune. */
export const AdministrativeLevel = {
  /** Commune level: xã, phường, thị trấn. */
  COMMUNE: 'COMMUNE',
  /** District level: huyện, thị xã, thành phố thuộc tỉnh (abolished on 1 July 2025). */
  DISTRICT: 'DISTRICT',
  /** Tỉnh. */
  PROVINCE: 'PROVINCE'
} as const;

export type AdministrativeLevel = typeof AdministrativeLevel[keyof typeof AdministrativeLevel];
/** A province, district or commune in one form, with the days it existed in that form: a unit is its code plus its validity, since GSO codes are reused (new 01840 Phường Đức Xuân has the code of an old commune). Until 30 June 2025: Tỉnh Bắc Kạn (06), its 8 districts and 108 communes. From 1 July 2025: Tỉnh Thái Nguyên (19) and the 37 communes formed from Bắc Kạn's; the API holds only that part of Thái Nguyên, the plan's area, and the figures it gives for 19 are that part's. */
export type AdministrativeUnit = Node & {
  __typename?: 'AdministrativeUnit';
  /** Units directly under this one. */
  children: AdministrativeUnitConnection;
  /** GSO code with leading zeros: 2 digits for a province, 3 for a district, 5 for a commune. */
  code: Scalars['String']['output'];
  /** Globally unique opaque ID of this object. */
  id: Scalars['ID']['output'];
  /** Province, district or commune. */
  level: AdministrativeLevel;
  /** Full official name with its type, e.g. "Xã Bằng Thành". */
  name: Scalars['String']['output'];
  /** The unit this one belongs to. */
  parent?: Maybe<AdministrativeUnit>;
  /** The units whose area went into this one when it began. */
  predecessors: Array<AdministrativeUnitChange>;
  /** The units this one's area went into when it ended. Empty for a unit still in force, and for an abolished district (1 July 2025): its communes went on, the district level did not. */
  successors: Array<AdministrativeUnitChange>;
  /** Type of unit as the GSO list writes it: Tỉnh, Thành phố, Huyện, Xã, Phường, Thị trấn. */
  unitType: Scalars['String']['output'];
  /** First day the unit existed in this form, where the sources record it; null when it predates them. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** Last day the unit existed in this form; null while it exists. */
  validTo?: Maybe<Scalars['Date']['output']>;
};


/** A province, district or commune in one form, with the days it existed in that form: a unit is its code plus its validity, since GSO codes are reused (new 01840 Phường Đức Xuân has the code of an old commune). Until 30 June 2025: Tỉnh Bắc Kạn (06), its 8 districts and 108 communes. From 1 July 2025: Tỉnh Thái Nguyên (19) and the 37 communes formed from Bắc Kạn's; the API holds only that part of Thái Nguyên, the plan's area, and the figures it gives for 19 are that part's. */
export type AdministrativeUnitChildrenArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** One step of a unit's history: the unit its area went into (successors), or came from (predecessors). */
export type AdministrativeUnitChange = {
  __typename?: 'AdministrativeUnitChange';
  /** The first day of the successor (1 July 2025 for the two-level reorganisation). */
  effectiveDate: Scalars['Date']['output'];
  /** The act that made the change, with its clause, e.g. "1683/NQ-UBTVQH15 Điều 1 khoản 89". */
  legalBasis?: Maybe<Scalars['String']['output']>;
  /** The unit on the other side of the change. */
  unit: AdministrativeUnit;
  /** True when the predecessor's entire area went into the successor (every Bắc Kạn commune did): its figures then carry over exactly. */
  whole: Scalars['Boolean']['output'];
};

/** A page of administrative units. */
export type AdministrativeUnitConnection = {
  __typename?: 'AdministrativeUnitConnection';
  /** The edges of this page. */
  edges: Array<AdministrativeUnitEdge>;
  /** The nodes of this page, without cursors. */
  nodes: Array<AdministrativeUnit>;
  /** Information to fetch the next or previous page. */
  pageInfo: PageInfo;
  /** How many items the whole list holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a AdministrativeUnit connection. */
export type AdministrativeUnitEdge = {
  __typename?: 'AdministrativeUnitEdge';
  /** Opaque cursor of this edge, for `after` and `before`. */
  cursor: Scalars['String']['output'];
  /** The AdministrativeUnit at the end of the edge. */
  node: AdministrativeUnit;
};

/** Narrows a list of administrative units; all given conditions must hold. */
export type AdministrativeUnitFilter = {
  /** Only the units in force on this day (e.g. 2024-01-01: Bắc Kạn's map; 2026-01-01: the map after 1 July 2025). Without it, every version of every unit. */
  asOf?: InputMaybe<Scalars['Date']['input']>;
  /** Only the units of this level. */
  level?: InputMaybe<AdministrativeLevel>;
  /** Only the direct children of a unit with this GSO code (of any of its versions). */
  parentCode?: InputMaybe<Scalars['String']['input']>;
  /** Only the units of this plan's area, e.g. "BK-CTDT-2021-2030": those of `Plan.territory` on any day, and every unit under them. */
  planCode?: InputMaybe<Scalars['String']['input']>;
  /** Part of the name or code, ignoring case and diacritics ("bang thanh" finds "Xã Bằng Thành"). */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** How district values roll up to the province. */
export const Aggregation = {
  /** Does not add up: the province reports it itself (indices, levels, growth rates). */
  NONE: 'NONE',
  /** Sum of numerators over sum of denominators; never an average of percentages. */
  RATIO: 'RATIO',
  /** Counts add up. */
  SUM: 'SUM'
} as const;

export type Aggregation = typeof Aggregation[keyof typeof Aggregation];
/** The dimensions of an analytics query, as DHIS2's analytics API takes them: indicators (dx), periods (pe) and units (ou, with a level), each a list. Figures are built in PostgreSQL by each indicator's aggregation, with the rule of `Indicator.rollup`. */
export type AnalyticsInput = {
  /** Figures per sex, per ethnic group, or per both; absent or empty: totals. */
  breakdown?: InputMaybe<Array<Breakdown>>;
  /** Show every period on the map in force this day (e.g. 2026-01-01: the 37 communes and province 19), carried as `Indicator.rollup` carries it; absent: each period on its own map. */
  geographyAsOf?: InputMaybe<Scalars['Date']['input']>;
  /** Indicator codes, e.g. ["households-housing", "households-electricity"]; 1 to 50. Rows come in this order. */
  indicators: Array<Scalars['String']['input']>;
  /** Figures for every unit of this level (within `within` or `units` when given). Absent with no `units`: PROVINCE. On the map after 1 July 2025 the levels are PROVINCE and COMMUNE. */
  level?: InputMaybe<AdministrativeLevel>;
  /** Only half-years or only years. */
  periodKind?: InputMaybe<PeriodKind>;
  /** Period codes, e.g. ["2024", "2025-H1"]; at most 30. Absent: every period (of `periodKind`). */
  periods?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The plan the indicator codes are of, e.g. "BK-CTDT-2021-2030"; needed only when several plans have an indicator with one of the codes. */
  planCode?: InputMaybe<Scalars['String']['input']>;
  /** Only values of body reports in this status (ACCEPTED by default). */
  reportStatus?: InputMaybe<ReportStatus>;
  /** GSO unit codes; at most 500. Without `level`: figures for these units themselves (every version of each code, each on the map where it is in force). With `level`: the units of that level lying in any of them. */
  units?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only units of `level` lying in this unit, e.g. "06" (the plan's area, on either map) or "061" (Ba Bể). Not with `units`. */
  within?: InputMaybe<Scalars['String']['input']>;
};

/** The figures an analytics query asks for, all of them (no pages: the query's dimensions bound its rows). */
export type AnalyticsResult = {
  __typename?: 'AnalyticsResult';
  /** How many rows. */
  rowCount: Scalars['Int']['output'];
  /** In the order of `indicators`, then by period, unit, sex and ethnic group. */
  rows: Array<AnalyticsRow>;
};

/** One figure: an indicator for one period and one unit (and breakdown), with every dimension as a plain field. */
export type AnalyticsRow = {
  __typename?: 'AnalyticsRow';
  /** False when the figure cannot be compared across the 2025 change or with its neighbours (see `Indicator.rollup`); `note` says why. */
  comparable: Scalars['Boolean']['output'];
  /** RATIO: the summed denominators; null otherwise. */
  denominator?: Maybe<Scalars['Float']['output']>;
  /** With the ETHNIC_GROUP breakdown: the ethnic group; null for totals. */
  ethnicGroup?: Maybe<Scalars['String']['output']>;
  /** The indicator's code, e.g. "households-housing". */
  indicatorCode: Scalars['String']['output'];
  /** The indicator's name, in Vietnamese. */
  indicatorName: Scalars['String']['output'];
  /** Why the figure is not comparable; null when it is. */
  note?: Maybe<Scalars['String']['output']>;
  /** RATIO: the summed numerators; null otherwise. */
  numerator?: Maybe<Scalars['Float']['output']>;
  /** GSO code of the unit it belongs to (a commune's district, or its province after 1 July 2025); null for a province. */
  parentUnitCode?: Maybe<Scalars['String']['output']>;
  /** Name of that unit. */
  parentUnitName?: Maybe<Scalars['String']['output']>;
  /** The period's code, e.g. "2024-H1". */
  periodCode: Scalars['String']['output'];
  /** With the SEX breakdown: the sex; null for totals. */
  sex?: Maybe<Sex>;
  /** Reported values the figure is built from. */
  sourceValues: Scalars['Int']['output'];
  /** The unit's progress status at the period's end, as `Indicator.progress(unitCode, asOf: <the period's end>)` judges it from consolidated reports; null for breakdowns and for units progress is not consolidated for (communes under a district). */
  status?: Maybe<ProgressStatus>;
  /** The plan's target that applies to the period: the first whose year ends on or after the period's end (past every horizon, the last). Null for breakdowns, and where the plan sets none for the unit: its count (SUM) targets are the province's. */
  target?: Maybe<Target>;
  /** GSO code of the unit the figure is for, on the map shown. */
  unitCode: Scalars['String']['output'];
  /** The unit's level. */
  unitLevel: AdministrativeLevel;
  /** Name of the unit, e.g. "Huyện Ba Bể". */
  unitName: Scalars['String']['output'];
  /** SUM: the sum; RATIO: numerator / denominator x 100; NONE: the unit's own reported value. */
  value?: Maybe<Scalars['Float']['output']>;
};

/** A personal API token. Its secret is shown once, when it is created; the server keeps only a SHA-256 hash. */
export type ApiToken = Node & {
  __typename?: 'ApiToken';
  /** When the token was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The token stops working at this time; null: never. */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** Globally unique opaque ID of this object. */
  id: Scalars['ID']['output'];
  /** Last request made with it, to the hour. */
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  /** What the token is for, e.g. "Power BI refresh". */
  name: Scalars['String']['output'];
  /** The first characters of the token, enough to recognise it in a list (e.g. "bkea_1a2B3c"). */
  prefix: Scalars['String']['output'];
  /** When the token was revoked (itself, or with the token that made it); null while not revoked. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** A duty of a body: on one task, or on the whole plan when `task` is null (most of section V). */
export type Assignment = Node & {
  __typename?: 'Assignment';
  /** The body the plan gave the duty to. */
  body: ResponsibleBody;
  /** The duty in Vietnamese: the plan's own words when STATED. */
  duty: Scalars['String']['output'];
  /** The bodies that hold this duty on `asOf` (default: today): the body the plan named while it is in force; after it ended, the bodies in force then that its functions passed to (a district committee's duty is held by the commune committees of its former area from 1 July 2025). Empty when nobody took it over in our sources. */
  heldBy: Array<ResponsibleBody>;
  /** Every change an administrator made to it after the plan was loaded: who, when, before, after and the decision, oldest first. */
  history: CatalogueChangeConnection;
  /** Globally unique opaque ID of this object. */
  id: Scalars['ID']['output'];
  /** A key that names this duty across catalogue versions, e.g. "*|BDT|LEAD" or "V.1#3c|BDT|REVIEW". */
  key: Scalars['String']['output'];
  /** The decision that gave (DECIDED) or ended the duty, e.g. "Quyết định 123/QĐ-UBND ngày 01/03/2027". */
  legalBasis?: Maybe<Scalars['String']['output']>;
  /** Why this assignment was read into the plan, in English. */
  note?: Maybe<Scalars['String']['output']>;
  /** The body's part in the duty, e.g. LEAD (chủ trì) or COORDINATE (phối hợp). */
  role: AssignmentRole;
  /** STATED when the plan's text gives the body this duty in words, INFERRED when it is a reading of the plan, DECIDED when a later decision gives it. */
  source: AssignmentSource;
  /** Clause of the plan that states it, e.g. "V.2". */
  sourceRef?: Maybe<Scalars['String']['output']>;
  /** The task; null when the duty covers the whole plan. */
  task?: Maybe<Task>;
  /** First day of the duty; null: since the plan (June 2022). */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** Last day of the duty, when it was ended; null: still. */
  validTo?: Maybe<Scalars['Date']['output']>;
  /** Moves on with every change by an administrator: a write quotes the version it read, and a stale one is a CONFLICT. */
  version: Scalars['Int']['output'];
};


/** A duty of a body: on one task, or on the whole plan when `task` is null (most of section V). */
export type AssignmentHeldByArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** A duty of a body: on one task, or on the whole plan when `task` is null (most of section V). */
export type AssignmentHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of assignments. */
export type AssignmentConnection = {
  __typename?: 'AssignmentConnection';
  /** The edges of this page. */
  edges: Array<AssignmentEdge>;
  /** The nodes of this page, without cursors. */
  nodes: Array<Assignment>;
  /** Information to fetch the next or previous page. */
  pageInfo: PageInfo;
  /** How many items the whole list holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a Assignment connection. */
export type AssignmentEdge = {
  __typename?: 'AssignmentEdge';
  /** Opaque cursor of this edge, for `after` and `before`. */
  cursor: Scalars['String']['output'];
  /** The Assignment at the end of the edge. */
  node: Assignment;
};

/** Narrows a list of assignments. */
export type AssignmentFilter = {
  /** On a body's list: true adds the duties that passed to it from its predecessors (a commune committee holds those of the district committees before it). Their `body` stays the one the plan named. */
  includeInherited?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only duties with this role. */
  role?: InputMaybe<AssignmentRole>;
  /** Only duties stated in the plan (STATED) or read into it (INFERRED). */
  source?: InputMaybe<AssignmentSource>;
  /** true: only duties on the whole plan (no task); false: only duties on a task. */
  wholePlan?: InputMaybe<Scalars['Boolean']['input']>;
};

/** What `createAssignment`, `updateAssignment` and `endAssignment` return. */
export type AssignmentPayload = {
  __typename?: 'AssignmentPayload';
  /** The duty as it is after the mutation; null when there are user errors. */
  assignment?: Maybe<Assignment>;
  /** The `clientMutationId` of the input, echoed. */
  clientMutationId?: Maybe<Scalars['String']['output']>;
  /** Empty when the mutation applied; otherwise why nothing was changed. */
  userErrors: Array<UserError>;
};

/** The part a body plays in a duty, as the verb of the plan's sentence says it. */
export const AssignmentRole = {
  /** Tham mưu, đề xuất: advises or proposes to the People's Committee, which decides. */
  ADVISE: 'ADVISE',
  /** Thẩm định: appraises a proposal or an estimate. */
  APPRAISE: 'APPRAISE',
  /** Phối hợp: works with the lead. */
  COORDINATE: 'COORDINATE',
  /** Quán triệt, tuyên truyền, phổ biến: makes the plan known. */
  DISSEMINATE: 'DISSEMINATE',
  /** Bố trí, cân đối kinh phí: allocates the money. */
  FUND: 'FUND',
  /** Thực hiện, triển khai, tổ chức: the body acts itself. */
  IMPLEMENT: 'IMPLEMENT',
  /** Lồng ghép, đăng ký: builds the work into annual, sector or work-programme plans. */
  INTEGRATE: 'INTEGRATE',
  /** Chủ trì: leads and answers for the task. */
  LEAD: 'LEAD',
  /** Báo cáo: sends periodic reports (section V.7). */
  REPORT: 'REPORT',
  /** Sơ kết, tổng kết, rà soát, đánh giá: holds reviews, reviews plans and results. */
  REVIEW: 'REVIEW',
  /** Bố trí công chức, cán bộ phụ trách: assigns officials to the work. */
  STAFF: 'STAFF',
  /** Giám sát, kiểm tra, đôn đốc: supervises or inspects. */
  SUPERVISE: 'SUPERVISE'
} as const;

export type AssignmentRole = typeof AssignmentRole[keyof typeof AssignmentRole];
/** Whether an assignment is written in the plan's text, read into it, or given by a later decision. */
export const AssignmentSource = {
  /** Given by a later decision (see `legalBasis`), recorded by an administrator. */
  DECIDED: 'DECIDED',
  /** A reading of the plan, e.g. education tasks to the Department of Education (see `note`). */
  INFERRED: 'INFERRED',
  /** The plan's text gives the body this duty in words (see `sourceRef`); `duty` quotes them. */
  STATED: 'STATED'
} as const;

export type AssignmentSource = typeof AssignmentSource[keyof typeof AssignmentSource];
/** Where the baseline of a progress line comes from. */
export const BaselineSource = {
  /** The first consolidated value. */
  FIRST_REPORT: 'FIRST_REPORT',
  /** The plan states the baseline (e.g. "so với năm 2020"). */
  PLAN: 'PLAN',
  /** A count from the strategy's start: 0 at the end of 2020. */
  PLAN_START: 'PLAN_START'
} as const;

export type BaselineSource = typeof BaselineSource[keyof typeof BaselineSource];
/** What kind of authority a responsible body is: a People's Committee (province, district or commune), a provincial agency or department, the Fatherland Front, or a national body. */
export const BodyKind = {
  /** Ủy ban nhân dân of a commune or ward, bound to its unit: from 1 July 2025 it reports for its commune and carries the district's local role there. */
  COMMUNE_PEOPLES_COMMITTEE: 'COMMUNE_PEOPLES_COMMITTEE',
  /** A provincial department (sở) or equivalent sector body. */
  DEPARTMENT: 'DEPARTMENT',
  /** Ủy ban nhân dân of a district or city, bound to its administrative unit (until 30 June 2025). */
  DISTRICT_PEOPLES_COMMITTEE: 'DISTRICT_PEOPLES_COMMITTEE',
  /** Vietnam Fatherland Front: supervision and social critique. */
  FRONT: 'FRONT',
  /** A national body the province reports to. */
  NATIONAL_AGENCY: 'NATIONAL_AGENCY',
  /** A provincial agency other than a department (e.g. Ban Dân tộc tỉnh). */
  PROVINCIAL_AGENCY: 'PROVINCIAL_AGENCY',
  /** Ủy ban nhân dân tỉnh: issues the plan, receives consolidated reports. */
  PROVINCIAL_PEOPLES_COMMITTEE: 'PROVINCIAL_PEOPLES_COMMITTEE'
} as const;

export type BodyKind = typeof BodyKind[keyof typeof BodyKind];
/** One body expected to report, for one period. */
export type BodyReportingStatus = {
  __typename?: 'BodyReportingStatus';
  /** The body expected to report. */
  body: ResponsibleBody;
  /** First submitted by the due date; null until received. */
  onTime?: Maybe<Scalars['Boolean']['output']>;
  /** Submitted at least once (the report may since have been returned). */
  received: Scalars['Boolean']['output'];
  /** Null when the body has not started its report. */
  report?: Maybe<Report>;
  /** Status of its report; null when it has not started one. */
  status?: Maybe<ReportStatus>;
  /** First submission. */
  submittedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** A disaggregation of reported values: figures per sex, per ethnic group, or per both. */
export const Breakdown = {
  /** One row per ethnic group (e.g. "Tày", "Dao"), from values reported for one group. */
  ETHNIC_GROUP: 'ETHNIC_GROUP',
  /** One row per sex, from values reported for one sex. */
  SEX: 'SEX'
} as const;

export type Breakdown = typeof Breakdown[keyof typeof Breakdown];
/** What an administrator did to an object of the plan's catalogue. */
export const CatalogueAction = {
  /** Added (a new task, body, indicator, duty or period). */
  CREATED: 'CREATED',
  /** A duty ended on a day. */
  ENDED: 'ENDED',
  /** A target revised by a decision, from its effective date on. */
  REVISED: 'REVISED',
  /** A body succeeded by another (merger, renaming, end). */
  SUCCEEDED: 'SUCCEEDED',
  /** Changed in place (a name, a due date, a role). */
  UPDATED: 'UPDATED'
} as const;

export type CatalogueAction = typeof CatalogueAction[keyof typeof CatalogueAction];
/** One change to an object of the plan's catalogue: who, when, before and after, and the decision behind it. */
export type CatalogueChange = Node & {
  __typename?: 'CatalogueChange';
  /** What was done. */
  action: CatalogueAction;
  /** The administrator who made the change. */
  actor?: Maybe<User>;
  /** The changed fields after. */
  after?: Maybe<Scalars['JSONObject']['output']>;
  /** The changed fields before; null for a creation. */
  before?: Maybe<Scalars['JSONObject']['output']>;
  /** Globally unique opaque ID of this object. */
  id: Scalars['ID']['output'];
  /** The decision behind the change, where one was given. */
  legalBasis?: Maybe<Scalars['String']['output']>;
  /** When the change was made. */
  occurredAt: Scalars['DateTime']['output'];
  /** The kind of object changed, e.g. "Indicator", "Target", "Assignment". */
  subjectType: Scalars['String']['output'];
};

/** A page of the catalogue's history, oldest first. */
export type CatalogueChangeConnection = {
  __typename?: 'CatalogueChangeConnection';
  /** The edges of this page. */
  edges: Array<CatalogueChangeEdge>;
  /** The nodes of this page, without cursors. */
  nodes: Array<CatalogueChange>;
  /** Information to fetch the next or previous page. */
  pageInfo: PageInfo;
  /** How many items the whole list holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a CatalogueChange connection. */
export type CatalogueChangeEdge = {
  __typename?: 'CatalogueChangeEdge';
  /** Opaque cursor of this edge, for `after` and `before`. */
  cursor: Scalars['String']['output'];
  /** The CatalogueChange at the end of the edge. */
  node: CatalogueChange;
};

/** What a change record records. */
export const ChangeAction = {
  /** A comment was added to the report. */
  COMMENT_ADDED: 'COMMENT_ADDED',
  /** An obstacle ("vướng mắc") was raised. */
  OBSTACLE_ADDED: 'OBSTACLE_ADDED',
  /** The report was created (by `createReport`, or by the first `consolidatePeriod` of a period). */
  REPORT_CREATED: 'REPORT_CREATED',
  /** The report's status changed: submitted, returned or accepted. */
  STATUS_CHANGED: 'STATUS_CHANGED',
  /** The body's progress on a task was set. */
  TASK_PROGRESS_SET: 'TASK_PROGRESS_SET',
  /** A value was removed: a consolidation run no longer produced it. */
  VALUE_REMOVED: 'VALUE_REMOVED',
  /** A value was added or changed. */
  VALUE_SET: 'VALUE_SET'
} as const;

export type ChangeAction = typeof ChangeAction[keyof typeof ChangeAction];
/** One change to a report or one of its values: who, when, before and after. */
export type ChangeRecord = Node & {
  __typename?: 'ChangeRecord';
  /** What changed. */
  action: ChangeAction;
  /** Who made the change. */
  actor?: Maybe<User>;
  /** The changed fields after; null for a removal. */
  after?: Maybe<Scalars['JSONObject']['output']>;
  /** The changed fields before; null for a creation. */
  before?: Maybe<Scalars['JSONObject']['output']>;
  /** Globally unique opaque ID of this object. */
  id: Scalars['ID']['output'];
  /** The value changed, while it exists. */
  indicatorValue?: Maybe<IndicatorValue>;
  /** When the change was made. */
  occurredAt: Scalars['DateTime']['output'];
};

/** A page of the audit trail, oldest first. */
export type ChangeRecordConnection = {
  __typename?: 'ChangeRecordConnection';
  /** The edges of this page. */
  edges: Array<ChangeRecordEdge>;
  /** The nodes of this page, without cursors. */
  nodes: Array<ChangeRecord>;
  /** Information to fetch the next or previous page. */
  pageInfo: PageInfo;
  /** How many items the whole list holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a ChangeRecord connection. */
export type ChangeRecordEdge = {
  __typename?: 'ChangeRecordEdge';
  /** Opaque cursor of this edge, for `after` and `before`. */
  cursor: Scalars['String']['output'];
  /** The ChangeRecord at the end of the edge. */
  node: ChangeRecord;
};

/** Where a task's code comes from. */
export const CodeSource = {
  /** Our numbering of the sub-items the plan lists without codes (e.g. "III.2.d.1"), in document order. */
  DERIVED: 'DERIVED',
  /** The plan prints it (e.g. "III.2.d", "IV.4"). */
  DOCUMENT: 'DOCUMENT'
} as const;

export type CodeSource = typeof CodeSource[keyof typeof CodeSource];
/** How a target compares, as the plan words it. */
export const Comparator = {
  /** "từ X đến Y", "X-Y": from `value` to `valueMax`, inclusive. */
  BETWEEN: 'BETWEEN',
  /** Exactly `value`. */
  EQ: 'EQ',
  /** "trên": more than `value`. */
  GT: 'GT',
  /** "ít nhất", "tối thiểu", "trở lên", or a bare level to reach: at least `value`. */
  GTE: 'GTE',
  /** "dưới", "xuống dưới": below `value`. */
  LT: 'LT',
  /** At most `value`. */
  LTE: 'LTE',
  /** "duy trì": keep at `value` (or above) throughout. */
  MAINTAIN: 'MAINTAIN'
} as const;

export type Comparator = typeof Comparator[keyof typeof Comparator];
/** The period whose ACCEPTED reports to consolidate. */
export type ConsolidatePeriodInput = {
  /** Idempotency key, echoed in the payload: a retry with the same value (by the same user) applies once and returns the first outcome. */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** The period, e.g. "2024". */
  periodCode: Scalars['String']['input'];
};

/** What `consolidatePeriod` returns: the CONSOLIDATED report and what the run changed. */
export type ConsolidatePeriodPayload = {
  __typename?: 'ConsolidatePeriodPayload';
  /** Values added, changed or removed by this run: 0 when nothing changed since the last. */
  changedValues: Scalars['Int']['output'];
  /** The `clientMutationId` of the input, echoed. */
  clientMutationId?: Maybe<Scalars['String']['output']>;
  /** The report as it is after the mutation. */
  report?: Maybe<Report>;
  /** ACCEPTED reports the consolidation drew on. */
  sourceReports: Scalars['Int']['output'];
  /** Empty when the mutation applied; otherwise why nothing was changed. */
  userErrors: Array<UserError>;
};

/** A new personal API token: whose, what for, and until when. */
export type CreateApiTokenInput = {
  /** Echoed in the payload; a retry with the same value applies once (and does not show the secret again). */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** When it stops working; never when omitted. */
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** What the token is for. */
  name: Scalars['String']['input'];
  /** Whose token: yourself when omitted; another user only for an ADMIN. */
  userId?: InputMaybe<Scalars['ID']['input']>;
};

/** What `createApiToken` returns: the token and, this once, its secret. */
export type CreateApiTokenPayload = {
  __typename?: 'CreateApiTokenPayload';
  /** The new token; null when there are user errors. */
  apiToken?: Maybe<ApiToken>;
  /** The `clientMutationId` of the input, echoed. */
  clientMutationId?: Maybe<Scalars['String']['output']>;
  /** The secret, shown this once: send it as "Authorization: Bearer <token>". */
  token?: Maybe<Scalars['String']['output']>;
  /** Empty when the mutation applied; otherwise why nothing was changed. */
  userErrors: Array<UserError>;
};

/** A new duty of a body: a reading of the plan (INFERRED), or given by a later decision (DECIDED, with its legal basis). */
export type CreateAssignmentInput = {
  /** The body, e.g. "SDTTG-19". */
  bodyCode: Scalars['String']['input'];
  /** Idempotency key, echoed in the payload: a retry with the same value (by the same user) applies once and returns the first outcome. */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** The duty in Vietnamese: the words of the plan (STATED) or of the decision (DECIDED). */
  duty: Scalars['String']['input'];
  /** The decision behind the change, e.g. "Quyết định 123/QĐ-UBND ngày 01/03/2027". Required for DECIDED. */
  legalBasis?: InputMaybe<Scalars['String']['input']>;
  /** Why it is read into the plan (INFERRED), in English. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The plan the duty belongs to, and the one `taskCode` is of; null: the task's plan, or the only plan. Needed for a duty without a task when the database holds several plans, and for a task code that several plans have. */
  planCode?: InputMaybe<Scalars['String']['input']>;
  /** The part the body plays, as the verb says it. */
  role: AssignmentRole;
  /** STATED (a duty of the plan's text that was missing), INFERRED or DECIDED. */
  source: AssignmentSource;
  /** The plan's clause for a STATED duty, e.g. "V.4". */
  sourceRef?: InputMaybe<Scalars['String']['input']>;
  /** The task it is on; null: a duty on the whole plan. */
  taskCode?: InputMaybe<Scalars['String']['input']>;
  /** First day of the duty; null: since the plan. */
  validFrom?: InputMaybe<Scalars['Date']['input']>;
};

/** A new indicator of the plan. */
export type CreateIndicatorInput = {
  /** How its values roll up: SUM, RATIO or NONE. It cannot change once values exist. */
  aggregation: Aggregation;
  /** Idempotency key, echoed in the payload: a retry with the same value (by the same user) applies once and returns the first outcome. */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** Its code in this API, e.g. "households-clean-water-2030": lower-case letters, digits and "-". */
  code: Scalars['String']['input'];
  /** How it is measured, in English. */
  definition?: InputMaybe<Scalars['String']['input']>;
  /** The breakdown it is defined on, if any. */
  disaggregation?: InputMaybe<Disaggregation>;
  /** What kind of number it is. */
  measureKind: MeasureKind;
  /** Name in Vietnamese. */
  name: Scalars['String']['input'];
  /** Name in English. */
  nameEn?: InputMaybe<Scalars['String']['input']>;
  /** The objective bullet it measures, e.g. "II.2.a.9"; the indicator joins its plan. */
  objectiveCode: Scalars['String']['input'];
  /** The indicator it breaks down, if any. */
  parentCode?: InputMaybe<Scalars['String']['input']>;
  /** The plan the code is of, e.g. "BK-CTDT-2021-2030"; needed only when several plans have one with this code (AMBIGUOUS_CODE). */
  planCode?: InputMaybe<Scalars['String']['input']>;
  /** The lowest level it is reported at. */
  reportingLevel: AdministrativeLevel;
  /** Unit as the decision writes it, e.g. "%", "hộ". */
  unit: Scalars['String']['input'];
};

/** A new report: which body, for which period. */
export type CreateReportInput = {
  /** The reporting body, e.g. "UBND-061" or "SKHDT". */
  bodyCode: Scalars['String']['input'];
  /** Idempotency key, echoed in the payload: a retry with the same value (by the same user) applies once and returns the first outcome. */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** The period, e.g. "2024-H1", "2024". */
  periodCode: Scalars['String']['input'];
};

/** What `createReport` returns. */
export type CreateReportPayload = {
  __typename?: 'CreateReportPayload';
  /** The `clientMutationId` of the input, echoed. */
  clientMutationId?: Maybe<Scalars['String']['output']>;
  /** The report as it is after the mutation. */
  report?: Maybe<Report>;
  /** Empty when the mutation applied; otherwise why nothing was changed. */
  userErrors: Array<UserError>;
};

/** An ad hoc report (báo cáo đột xuất) asked of the reporting bodies: its window and its due date. */
export type CreateReportingPeriodInput = {
  /** Idempotency key, echoed in the payload: a retry with the same value (by the same user) applies once and returns the first outcome. */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** Its code, e.g. "2026-AH1". */
  code: Scalars['String']['input'];
  /** The day reports are due. */
  dueDate: Scalars['Date']['input'];
  /** Last day of the data window (the cut-off): the bodies in force that day are expected to report. */
  endDate: Scalars['Date']['input'];
  /** The decision behind the change, e.g. "Quyết định 123/QĐ-UBND ngày 01/03/2027". */
  legalBasis: Scalars['String']['input'];
  /** Its name in Vietnamese, e.g. "Báo cáo đột xuất về ...". */
  name: Scalars['String']['input'];
  /** First day of the data window. */
  startDate: Scalars['Date']['input'];
};

/** A new responsible body (a department formed by a merger, a new agency). */
export type CreateResponsibleBodyInput = {
  /** GSO code of the unit it governs, for a People's Committee. */
  administrativeUnitCode?: InputMaybe<Scalars['String']['input']>;
  /** Idempotency key, echoed in the payload: a retry with the same value (by the same user) applies once and returns the first outcome. */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** Its short code, e.g. "SNNMT-19". */
  code: Scalars['String']['input'];
  /** Whether section V.7 asks it to report. */
  expectedToReport: Scalars['Boolean']['input'];
  /** What kind of authority it is. */
  kind: BodyKind;
  /** The decision behind the change, e.g. "Quyết định 123/QĐ-UBND ngày 01/03/2027". */
  legalBasis: Scalars['String']['input'];
  /** Why it is listed (it is not in the plan of 2022). */
  listedBecause?: InputMaybe<Scalars['String']['input']>;
  /** Full name in Vietnamese. */
  name: Scalars['String']['input'];
  /** Name in English. */
  nameEn?: InputMaybe<Scalars['String']['input']>;
  /** Short name in Vietnamese. */
  shortName: Scalars['String']['input'];
  /** Its first day; null: since before the plan. */
  validFrom?: InputMaybe<Scalars['Date']['input']>;
};

/** A new task ("bổ sung các nhiệm vụ mới phát sinh"), or a new sub-item of one. */
export type CreateTaskInput = {
  /** Idempotency key, echoed in the payload: a retry with the same value (by the same user) applies once and returns the first outcome. */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** Its code, e.g. "III.2.d.4" for a new sub-item of III.2.d (our numbering: codeSource DERIVED). */
  code: Scalars['String']['input'];
  /** Breakthrough task, main task or solution. */
  kind: TaskKind;
  /** The decision behind the change, e.g. "Quyết định 123/QĐ-UBND ngày 01/03/2027". */
  legalBasis: Scalars['String']['input'];
  /** The task it is a sub-item of, if any. */
  parentCode?: InputMaybe<Scalars['String']['input']>;
  /** The plan it belongs to, and the one `parentCode` is of; null: its parent's plan, or the only plan. Needed for a top-level task when the database holds several plans, and for a parent code that several plans have. */
  planCode?: InputMaybe<Scalars['String']['input']>;
  /** The field of public action. */
  sector?: InputMaybe<Sector>;
  /** Full text, in Vietnamese. */
  text: Scalars['String']['input'];
  /** Short title in Vietnamese. */
  title: Scalars['String']['input'];
  /** Short title in English. */
  titleEn?: InputMaybe<Scalars['String']['input']>;
};

/** A new user: login, name, role and, for a REPORTER, its body. */
export type CreateUserInput = {
  /** Required for a REPORTER: the code of the body it reports for (e.g. "UBND-061"). */
  bodyCode?: InputMaybe<Scalars['String']['input']>;
  /** Echoed in the payload; a retry with the same value applies once. */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** Unique login name: lower-case letters, digits, ".", "_" or "-", 2-63 characters. */
  login: Scalars['String']['input'];
  /** Display name, e.g. the body or the person. */
  name: Scalars['String']['input'];
  /** What the user may read and write. */
  role: Role;
};

/** What `createUser` returns. */
export type CreateUserPayload = {
  __typename?: 'CreateUserPayload';
  /** The `clientMutationId` of the input, echoed. */
  clientMutationId?: Maybe<Scalars['String']['output']>;
  /** The new user; null when there are user errors. */
  user?: Maybe<User>;
  /** Empty when the mutation applied; otherwise why nothing was changed. */
  userErrors: Array<UserError>;
};

/** A breakdown an indicator is defined on (e.g. the female share of trained workers is by SEX). */
export const Disaggregation = {
  /** By age group (e.g. under 5, 15-60, working age). */
  AGE_GROUP: 'AGE_GROUP',
  /** By ethnic group (Tày, Kinh, Dao, Nùng, H'Mông, Hoa, Sán Chay and others). */
  ETHNIC_GROUP: 'ETHNIC_GROUP',
  /** By sex, e.g. the share of women among trained workers. */
  SEX: 'SEX'
} as const;

export type Disaggregation = typeof Disaggregation[keyof typeof Disaggregation];
/** Ends a duty on a day, by a decision: it stays in the catalogue, with its days. */
export type EndAssignmentInput = {
  /** Global ID of the assignment. */
  assignmentId: Scalars['ID']['input'];
  /** Idempotency key, echoed in the payload: a retry with the same value (by the same user) applies once and returns the first outcome. */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** The decision behind the change, e.g. "Quyết định 123/QĐ-UBND ngày 01/03/2027". */
  legalBasis: Scalars['String']['input'];
  /** The duty's last day. */
  validTo: Scalars['Date']['input'];
  /** The object's `version` as you read it; a stale one is a CONFLICT. */
  version: Scalars['Int']['input'];
};

/** A measurable quantity the plan sets targets on (chỉ tiêu). One bullet of the plan often holds several indicators. */
export type Indicator = Node & {
  __typename?: 'Indicator';
  /** How its values roll up from communes and districts to the province: SUM, RATIO or NONE. */
  aggregation: Aggregation;
  /** Indicators that break this one down (its `parent` is this one). */
  breakdowns: IndicatorConnection;
  /** Stable code of the indicator in this API, e.g. "households-production-land"; unique within its plan. */
  code: Scalars['String']['output'];
  /** How it is measured, in English, where the plan leaves it implicit. */
  definition?: Maybe<Scalars['String']['output']>;
  /** The breakdown this indicator is defined on, if any. */
  disaggregation?: Maybe<Disaggregation>;
  /** Every change an administrator made to it after the plan was loaded: who, when, before, after and the decision, oldest first. */
  history: CatalogueChangeConnection;
  /** Globally unique opaque ID of this object. */
  id: Scalars['ID']['output'];
  /** What kind of number it is: a share, a count, a multiple of a baseline, a change per year, a ratio to the nation or a level. */
  measureKind: MeasureKind;
  /** Name in Vietnamese. */
  name: Scalars['String']['output'];
  /** Name in English. */
  nameEn?: Maybe<Scalars['String']['output']>;
  /** The objective bullet that first states this indicator. */
  objective: Objective;
  /** For a share within a share ("trong đó ít nhất 50% là lao động nữ"): the indicator it breaks down. */
  parent?: Maybe<Indicator>;
  /** Where the indicator stands for the province (default) or a district, from consolidated reports. Needs a token (any role). */
  progress: IndicatorProgress;
  /** Lowest administrative level at which values are reported (PROVINCE for indicators that do not roll up). */
  reportingLevel: AdministrativeLevel;
  /** The indicator's values of body reports built up per unit of `level` and per period, in the database: SUM adds up, RATIO divides summed numerators by summed denominators (never an average of percentages), NONE is not added (each unit's own reported value). A district's figure is its own value, else its communes'. With `geographyAsOf`, every period is shown on the map in force that day: values reported on older or newer units are carried through their successions (exact here: every Bắc Kạn commune went whole into one new commune); without it, each period stays on its own map. On the map after 1 July 2025 the levels are PROVINCE (19) and COMMUNE. Totals only. Needs a token. */
  rollup: Array<IndicatorRollup>;
  /** Targets by year (2025, 2030, 2045), earliest first, as in force on `asOf`: those set by then, each with the values of its last revision by that day. */
  targets: Array<Target>;
  /** Tasks that serve this indicator. */
  tasks: TaskConnection;
  /** Unit as the plan writes it, e.g. "%", "hộ", "lần", "tuổi". */
  unit: Scalars['String']['output'];
  /** Moves on with every change by an administrator: a write quotes the version it read, and a stale one is a CONFLICT. */
  version: Scalars['Int']['output'];
};


/** A measurable quantity the plan sets targets on (chỉ tiêu). One bullet of the plan often holds several indicators. */
export type IndicatorBreakdownsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A measurable quantity the plan sets targets on (chỉ tiêu). One bullet of the plan often holds several indicators. */
export type IndicatorHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A measurable quantity the plan sets targets on (chỉ tiêu). One bullet of the plan often holds several indicators. */
export type IndicatorProgressArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  unitCode?: InputMaybe<Scalars['String']['input']>;
};


/** A measurable quantity the plan sets targets on (chỉ tiêu). One bullet of the plan often holds several indicators. */
export type IndicatorRollupArgs = {
  geographyAsOf?: InputMaybe<Scalars['Date']['input']>;
  level?: AdministrativeLevel;
  reportStatus?: ReportStatus;
  within?: InputMaybe<Scalars['String']['input']>;
};


/** A measurable quantity the plan sets targets on (chỉ tiêu). One bullet of the plan often holds several indicators. */
export type IndicatorTargetsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** A measurable quantity the plan sets targets on (chỉ tiêu). One bullet of the plan often holds several indicators. */
export type IndicatorTasksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of indicators. */
export type IndicatorConnection = {
  __typename?: 'IndicatorConnection';
  /** The edges of this page. */
  edges: Array<IndicatorEdge>;
  /** The nodes of this page, without cursors. */
  nodes: Array<Indicator>;
  /** Information to fetch the next or previous page. */
  pageInfo: PageInfo;
  /** How many items the whole list holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a Indicator connection. */
export type IndicatorEdge = {
  __typename?: 'IndicatorEdge';
  /** Opaque cursor of this edge, for `after` and `before`. */
  cursor: Scalars['String']['output'];
  /** The Indicator at the end of the edge. */
  node: Indicator;
};

/** Narrows a list of indicators; all given conditions must hold. */
export type IndicatorFilter = {
  /** Only indicators that roll up this way. */
  aggregation?: InputMaybe<Aggregation>;
  /** Only indicators served by a task this body is assigned to. */
  bodyCode?: InputMaybe<Scalars['String']['input']>;
  /** Only indicators with a target for this year (2025, 2030 or 2045). */
  horizonYear?: InputMaybe<Scalars['Int']['input']>;
  /** Only indicators of this measure kind. */
  measureKind?: InputMaybe<MeasureKind>;
  /** Only indicators with a target stated under an objective of this kind. */
  objectiveKind?: InputMaybe<ObjectiveKind>;
  /** Only those of the plan with this code (a database may hold several plans: `plans`). */
  planCode?: InputMaybe<Scalars['String']['input']>;
  /** Part of the code or name (Vietnamese or English), ignoring case and diacritics. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only indicators served by this task or one of its sub-items. */
  taskCode?: InputMaybe<Scalars['String']['input']>;
};

/** What `createIndicator` and `updateIndicator` return. */
export type IndicatorPayload = {
  __typename?: 'IndicatorPayload';
  /** The `clientMutationId` of the input, echoed. */
  clientMutationId?: Maybe<Scalars['String']['output']>;
  /** The indicator as it is after the mutation; null when there are user errors. */
  indicator?: Maybe<Indicator>;
  /** Empty when the mutation applied; otherwise why nothing was changed. */
  userErrors: Array<UserError>;
};

/** Where an indicator stands for one unit, from the consolidated reports. */
export type IndicatorProgress = {
  __typename?: 'IndicatorProgress';
  /** Only reports of periods whose data window ended by this date count. */
  asOf: Scalars['Date']['output'];
  /** The date `baselineValue` stands at: 14 December (the end of the data window) of the baseline year, or the end of the first value's period. */
  baselineDate?: Maybe<Scalars['Date']['output']>;
  /** Where `baselineValue` comes from; null when there is no baseline. */
  baselineSource?: Maybe<BaselineSource>;
  /** Where the line to the target starts: the plan's baseline, 0 for a count, or the first consolidated value (see `baselineSource`). */
  baselineValue?: Maybe<Scalars['Float']['output']>;
  /** Where the straight line from baseline to target stands at the date of `value`. */
  expectedValue?: Maybe<Scalars['Float']['output']>;
  /** The period of `value`. */
  period?: Maybe<ReportingPeriod>;
  /**
   * How `status` is decided, from the consolidated values (totals) of periods whose data window ended by `asOf`. The latest is v. The target is the plan's next one: the first whose year ends (14 December) on or after the date of v (or `asOf` when there is no value); past every horizon, the last.
   * - NO_DATA: no value yet; or no target to judge it by (the plan's count (SUM) targets are the province's, so a district's count shows its `value` with no `target`); or a single value that misses the target while the plan states no baseline: one point draws no line.
   * - ACHIEVED: v meets the target's comparator (GT v > target; GTE v >= target; LT v < target; LTE v <= target; EQ v = target; BETWEEN value <= v <= valueMax; MAINTAIN v >= target).
   * - OFF_TRACK: v is the figure of the target year itself (or later) and misses the target.
   * - Otherwise v is compared with the straight line from the baseline to the target, read at the date of v. The baseline is the plan's where it states one (a MULTIPLE_OF_BASELINE indicator is 1 in its baseline year); 0 at the end of 2020 for COUNT indicators (counted from the strategy's start); else the first value. The line aims at the target value (for BETWEEN, at the bound nearer the baseline).
   * - ON_TRACK: v is on the line or beyond it, in the direction of the target (for BETWEEN, not past the range's far side: a value past it lags by its distance beyond that side).
   * - AT_RISK: v lags the line by at most 10 % of the whole distance from baseline to target.
   * - OFF_TRACK: v lags the line by more than that.
   * Dates are the ends of reporting windows (14 June, 14 December).
   */
  status: ProgressStatus;
  /** The target of the next horizon. */
  target?: Maybe<Target>;
  /** The unit judged: the one `unitCode` names on `asOf` (or its last version before, e.g. 06 after 1 July 2025). */
  unit: AdministrativeUnit;
  /** The latest consolidated value (the total, without breakdowns). */
  value?: Maybe<Scalars['Float']['output']>;
};

/** An indicator's reported values built up for one unit and one period, by the indicator's aggregation, on one map. */
export type IndicatorRollup = {
  __typename?: 'IndicatorRollup';
  /** False when the figure cannot be compared with the unit's figures on the other side of the 2025 change, or with its neighbours: an index (NONE) does not add up, a new commune that spans two old districts cannot be split between them. The figure is returned all the same; `note` says why. */
  comparable: Scalars['Boolean']['output'];
  /** RATIO: the summed denominators; null for SUM and NONE. */
  denominator?: Maybe<Scalars['Float']['output']>;
  /** Why the figure is not comparable; null when it is. */
  note?: Maybe<Scalars['String']['output']>;
  /** RATIO: the summed numerators; null for SUM and NONE. */
  numerator?: Maybe<Scalars['Float']['output']>;
  /** The reporting period of the figure. */
  period: ReportingPeriod;
  /** Reported values this figure is built from. */
  sourceValues: Scalars['Int']['output'];
  /** The unit the figure is for, on the map shown. */
  unit: AdministrativeUnit;
  /** SUM: the sum; RATIO: numerator / denominator x 100. */
  value?: Maybe<Scalars['Float']['output']>;
};

/** A reported value of an indicator for an administrative unit, optionally for one sex or ethnic group. */
export type IndicatorValue = Node & {
  __typename?: 'IndicatorValue';
  /** The unit the value is for. */
  administrativeUnit: AdministrativeUnit;
  /** Code of the reporting body ("BDT" for consolidated values). */
  bodyCode: Scalars['String']['output'];
  /** Denominator of a ratio indicator. */
  denominator?: Maybe<Scalars['Float']['output']>;
  /** Set when the value is for one ethnic group only (e.g. "Tày", "Dao"). */
  ethnicGroup?: Maybe<Scalars['String']['output']>;
  /** Every change of this value: who, when, before, after. */
  history: ChangeRecordConnection;
  /** Globally unique opaque ID of this object. */
  id: Scalars['ID']['output'];
  /** The indicator the value is for. */
  indicator: Indicator;
  /** Code of the indicator, e.g. "households-housing". */
  indicatorCode: Scalars['String']['output'];
  /** Name of the indicator, in Vietnamese. */
  indicatorName: Scalars['String']['output'];
  /** Numerator of a ratio indicator. */
  numerator?: Maybe<Scalars['Float']['output']>;
  /** GSO code of the unit the value's unit belongs to (a commune's district, or its province after 1 July 2025); null for a province. */
  parentUnitCode?: Maybe<Scalars['String']['output']>;
  /** Name of that unit. */
  parentUnitName?: Maybe<Scalars['String']['output']>;
  /** Code of the report's period, e.g. "2024-H1". */
  periodCode: Scalars['String']['output'];
  /** The report that gives the value. */
  report: Report;
  /** Status of the report that gives the value (ACCEPTED values count in consolidation). */
  reportStatus: ReportStatus;
  /** Set when the value is for one sex only. */
  sex?: Maybe<Sex>;
  /** GSO code of the unit. */
  unitCode: Scalars['String']['output'];
  /** Level of the unit: PROVINCE, DISTRICT or COMMUNE. */
  unitLevel: AdministrativeLevel;
  /** Name of the unit, e.g. "Huyện Ba Bể". */
  unitName: Scalars['String']['output'];
  /** When the value was last set. */
  updatedAt: Scalars['DateTime']['output'];
  /** The value in the indicator's unit (for RATIO indicators: numerator / denominator x 100). */
  value?: Maybe<Scalars['Float']['output']>;
};


/** A reported value of an indicator for an administrative unit, optionally for one sex or ethnic group. */
export type IndicatorValueHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of values: one flat row each. */
export type IndicatorValueConnection = {
  __typename?: 'IndicatorValueConnection';
  /** The edges of this page. */
  edges: Array<IndicatorValueEdge>;
  /** The nodes of this page, without cursors. */
  nodes: Array<IndicatorValue>;
  /** Information to fetch the next or previous page. */
  pageInfo: PageInfo;
  /** How many items the whole list holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a IndicatorValue connection. */
export type IndicatorValueEdge = {
  __typename?: 'IndicatorValueEdge';
  /** Opaque cursor of this edge, for `after` and `before`. */
  cursor: Scalars['String']['output'];
  /** The IndicatorValue at the end of the edge. */
  node: IndicatorValue;
};

/** Narrows a list of values; all given conditions must hold (a single code and a list of the same dimension: both). */
export type IndicatorValueFilter = {
  /** Only values of reports of this body ("BDT" for consolidated values). */
  bodyCode?: InputMaybe<Scalars['String']['input']>;
  /** false: totals only; true: breakdowns by sex or ethnic group only. */
  disaggregated?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only values of this indicator, e.g. "households-housing". */
  indicatorCode?: InputMaybe<Scalars['String']['input']>;
  /** Only values of these indicators; at most 500. */
  indicatorCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only values of reports for this period, e.g. "2024-H1". */
  periodCode?: InputMaybe<Scalars['String']['input']>;
  /** Only values of reports for these periods; at most 500. */
  periodCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only values of the indicators of the plan with this code (a database may hold several plans: `plans`). */
  planCode?: InputMaybe<Scalars['String']['input']>;
  /** CONSOLIDATED for the province's official figures. */
  reportKind?: InputMaybe<ReportKind>;
  /** Only values of reports in this status. */
  reportStatus?: InputMaybe<ReportStatus>;
  /** GSO code of the unit (every unit that has had the code: "01840" is an old ward until 30 June 2025 and a new one from 1 July). */
  unitCode?: InputMaybe<Scalars['String']['input']>;
  /** Only values for these units (every version of each code); at most 500. */
  unitCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only values for units of this level. */
  unitLevel?: InputMaybe<AdministrativeLevel>;
};

/** One value. RATIO indicators take `numerator` and `denominator` (their value is computed); others take `value`. */
export type IndicatorValueInput = {
  /** Denominator of a share: required, with `numerator`, for RATIO indicators; refused for the others. */
  denominator?: InputMaybe<Scalars['Float']['input']>;
  /** For a value of one ethnic group only (e.g. "Tày"); omit for the total. */
  ethnicGroup?: InputMaybe<Scalars['String']['input']>;
  /** Code of the indicator, e.g. "households-housing". */
  indicatorCode: Scalars['String']['input'];
  /** Numerator of a share: required, with `denominator`, for RATIO indicators; refused for the others. */
  numerator?: InputMaybe<Scalars['Float']['input']>;
  /** For a value of one sex only; omit for the total. */
  sex?: InputMaybe<Sex>;
  /** GSO code of the unit, e.g. "06" (province), "061" (Ba Bể), "01873" (a commune). */
  unitCode: Scalars['String']['input'];
  /** The value in the indicator's unit: required for SUM and NONE indicators; for RATIO ones, optional and checked against numerator / denominator x 100. */
  value?: InputMaybe<Scalars['Float']['input']>;
};

/** A legal document the plan implements. */
export type LegalBasis = {
  __typename?: 'LegalBasis';
  /** Number and symbol as the document writes it, e.g. "10/NQ-CP". */
  code: Scalars['String']['output'];
  /** Kind of document in Vietnamese, e.g. "Nghị quyết", "Quyết định". */
  documentType: Scalars['String']['output'];
  /** Date of issue, YYYY-MM-DD. */
  issuedOn: Scalars['String']['output'];
  /** Who issued it, in Vietnamese. */
  issuer: Scalars['String']['output'];
  /** Title or subject, in Vietnamese. */
  title: Scalars['String']['output'];
  /** English title. */
  titleEn?: Maybe<Scalars['String']['output']>;
};

/** What kind of number an indicator is (DOMAIN: kinds of target in the plan). */
export const MeasureKind = {
  /** Change per year, in percentage points or percent per year. */
  ANNUAL_CHANGE: 'ANNUAL_CHANGE',
  /** A count to reach, cumulative from the plan's start (e.g. households supported). */
  COUNT: 'COUNT',
  /** An index or level reported at province level (HDI, life expectancy, growth rate). */
  LEVEL: 'LEVEL',
  /** Value divided by a baseline year's value (e.g. income 2x that of 2020). */
  MULTIPLE_OF_BASELINE: 'MULTIPLE_OF_BASELINE',
  /** A share: numerator / denominator x 100 (units, households or people). */
  PERCENT: 'PERCENT',
  /** Ratio of a provincial figure to the national average (e.g. at least 1/2). */
  RATIO_TO_NATIONAL: 'RATIO_TO_NATIONAL'
} as const;

export type MeasureKind = typeof MeasureKind[keyof typeof MeasureKind];
/** The writes of the reporting regime (section V.7: reports, their values, review and consolidation, for ADMIN and reporters) and of users and tokens. Each runs in one transaction and returns `userErrors`: when there are any, nothing was changed. */
export type Mutation = {
  __typename?: 'Mutation';
  /** SUBMITTED -> ACCEPTED: the report counts in consolidation and is final. ADMIN only. */
  acceptReport: AcceptReportPayload;
  /** Raises a difficulty ("vướng mắc") with a recommendation. */
  addObstacle: AddObstaclePayload;
  /** A remark on a report, in any status (supervision by the Fatherland Front). SUPERVISOR or ADMIN. */
  addReportComment: AddReportCommentPayload;
  /** Builds the province's CONSOLIDATED report for a period from its ACCEPTED reports: SUM indicators add up, RATIO indicators divide summed numerators by summed denominators, NONE indicators keep the province-reported value. Running it again over the same reports changes nothing. ADMIN only. */
  consolidatePeriod: ConsolidatePeriodPayload;
  /** Creates a personal API token and shows its secret once. It expires no later than the token that asks for it, and is revoked with it. */
  createApiToken: CreateApiTokenPayload;
  /** Adds a duty: INFERRED (a reading), DECIDED (a later decision, with its legal basis) or a missed STATED one. ADMIN only. */
  createAssignment: AssignmentPayload;
  /** Adds an indicator (a decision adds a measure to the plan). ADMIN only. */
  createIndicator: IndicatorPayload;
  /** Starts a DRAFT report of a body for a period. A REPORTER writes for its own body only. A second create gives ALREADY_EXISTS with the first report. */
  createReport: CreateReportPayload;
  /** Adds an ad hoc period (báo cáo đột xuất): the bodies in force on its last day are expected to report by its due date. ADMIN only. */
  createReportingPeriod: ReportingPeriodPayload;
  /** Adds a body (a department formed by a merger, a new agency). ADMIN only. */
  createResponsibleBody: ResponsibleBodyPayload;
  /** Adds a task or a sub-item that a decision brings in ("bổ sung các nhiệm vụ mới phát sinh"). ADMIN only. */
  createTask: TaskPayload;
  /** Adds a user. ADMIN only. The user then needs a token (`createApiToken`). */
  createUser: CreateUserPayload;
  /** Ends a duty on a day, by a decision; it stays, with its days. ADMIN only. */
  endAssignment: AssignmentPayload;
  /** Records a merger, renaming or end: the successor carries on from the effective date, and the predecessor's duties pass to it. ADMIN only. */
  recordBodySuccession: ResponsibleBodyPayload;
  /** SUBMITTED -> RETURNED with the reason; the body corrects and submits again. ADMIN only. */
  returnReport: ReturnReportPayload;
  /** Records a decision that revises a target (or adds one for a new year) from its effective date. Every revision is kept: `Target.revisions`, `Indicator.targets(asOf)`; progress judges each period by the target in force at its end. ADMIN only. */
  reviseTarget: ReviseTargetPayload;
  /** Revokes a token at once. Your own, or anyone's for an ADMIN. */
  revokeApiToken: RevokeApiTokenPayload;
  /** Adds or replaces values of a DRAFT or RETURNED report; all apply or none. */
  setIndicatorValues: SetIndicatorValuesPayload;
  /** Says where the body stands on one of its tasks. */
  setTaskProgress: SetTaskProgressPayload;
  /** DRAFT or RETURNED -> SUBMITTED; the first submission records whether it came after the due date. */
  submitReport: SubmitReportPayload;
  /** Changes a duty's role, words or source. ADMIN only. */
  updateAssignment: AssignmentPayload;
  /** Changes an indicator's name, unit, aggregation (not once values exist), reporting level or breakdown. ADMIN only. */
  updateIndicator: IndicatorPayload;
  /** Moves a period's due date (reports first sent after it are late). ADMIN only. */
  updateReportingPeriod: ReportingPeriodPayload;
  /** Changes a body's names, note or whether it reports. ADMIN only. */
  updateResponsibleBody: ResponsibleBodyPayload;
  /** Changes a task's title, text or sector. ADMIN only. */
  updateTask: TaskPayload;
};


/** The writes of the reporting regime (section V.7: reports, their values, review and consolidation, for ADMIN and reporters) and of users and tokens. Each runs in one transaction and returns `userErrors`: when there are any, nothing was changed. */
export type MutationAcceptReportArgs = {
  input: AcceptReportInput;
};


/** The writes of the reporting regime (section V.7: reports, their values, review and consolidation, for ADMIN and reporters) and of users and tokens. Each runs in one transaction and returns `userErrors`: when there are any, nothing was changed. */
export type MutationAddObstacleArgs = {
  input: AddObstacleInput;
};


/** The writes of the reporting regime (section V.7: reports, their values, review and consolidation, for ADMIN and reporters) and of users and tokens. Each runs in one transaction and returns `userErrors`: when there are any, nothing was changed. */
export type MutationAddReportCommentArgs = {
  input: AddReportCommentInput;
};


/** The writes of the reporting regime (section V.7: reports, their values, review and consolidation, for ADMIN and reporters) and of users and tokens. Each runs in one transaction and returns `userErrors`: when there are any, nothing was changed. */
export type MutationConsolidatePeriodArgs = {
  input: ConsolidatePeriodInput;
};


/** The writes of the reporting regime (section V.7: reports, their values, review and consolidation, for ADMIN and reporters) and of users and tokens. Each runs in one transaction and returns `userErrors`: when there are any, nothing was changed. */
export type MutationCreateApiTokenArgs = {
  input: CreateApiTokenInput;
};


/** The writes of the reporting regime (section V.7: reports, their values, review and consolidation, for ADMIN and reporters) and of users and tokens. Each runs in one transaction and returns `userErrors`: when there are any, nothing was changed. */
export type MutationCreateAssignmentArgs = {
  input: CreateAssignmentInput;
};


/** The writes of the reporting regime (section V.7: reports, their values, review and consolidation, for ADMIN and reporters) and of users and tokens. Each runs in one transaction and returns `userErrors`: when there are any, nothing was changed. */
export type MutationCreateIndicatorArgs = {
  input: CreateIndicatorInput;
};


/** The writes of the reporting regime (section V.7: reports, their values, review and consolidation, for ADMIN and reporters) and of users and tokens. Each runs in one transaction and returns `userErrors`: when there are any, nothing was changed. */
export type MutationCreateReportArgs = {
  input: CreateReportInput;
};


/** The writes of the reporting regime (section V.7: reports, their values, review and consolidation, for ADMIN and reporters) and of users and tokens. Each runs in one transaction and returns `userErrors`: when there are any, nothing was changed. */
export type MutationCreateReportingPeriodArgs = {
  input: CreateReportingPeriodInput;
};


/** The writes of the reporting regime (section V.7: reports, their values, review and consolidation, for ADMIN and reporters) and of users and tokens. Each runs in one transaction and returns `userErrors`: when there are any, nothing was changed. */
export type MutationCreateResponsibleBodyArgs = {
  input: CreateResponsibleBodyInput;
};


/** The writes of the reporting regime (section V.7: reports, their values, review and consolidation, for ADMIN and reporters) and of users and tokens. Each runs in one transaction and returns `userErrors`: when there are any, nothing was changed. */
export type MutationCreateTaskArgs = {
  input: CreateTaskInput;
};


/** The writes of the reporting regime (section V.7: reports, their values, review and consolidation, for ADMIN and reporters) and of users and tokens. Each runs in one transaction and returns `userErrors`: when there are any, nothing was changed. */
export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


/** The writes of the reporting regime (section V.7: reports, their values, review and consolidation, for ADMIN and reporters) and of users and tokens. Each runs in one transaction and returns `userErrors`: when there are any, nothing was changed. */
export type MutationEndAssignmentArgs = {
  input: EndAssignmentInput;
};


/** The writes of the reporting regime (section V.7: reports, their values, review and consolidation, for ADMIN and reporters) and of users and tokens. Each runs in one transaction and returns `userErrors`: when there are any, nothing was changed. */
export type MutationRecordBodySuccessionArgs = {
  input: RecordBodySuccessionInput;
};


/** The writes of the reporting regime (section V.7: reports, their values, review and consolidation, for ADMIN and reporters) and of users and tokens. Each runs in one transaction and returns `userErrors`: when there are any, nothing was changed. */
export type MutationReturnReportArgs = {
  input: ReturnReportInput;
};


/** The writes of the reporting regime (section V.7: reports, their values, review and consolidation, for ADMIN and reporters) and of users and tokens. Each runs in one transaction and returns `userErrors`: when there are any, nothing was changed. */
export type MutationReviseTargetArgs = {
  input: ReviseTargetInput;
};


/** The writes of the reporting regime (section V.7: reports, their values, review and consolidation, for ADMIN and reporters) and of users and tokens. Each runs in one transaction and returns `userErrors`: when there are any, nothing was changed. */
export type MutationRevokeApiTokenArgs = {
  input: RevokeApiTokenInput;
};


/** The writes of the reporting regime (section V.7: reports, their values, review and consolidation, for ADMIN and reporters) and of users and tokens. Each runs in one transaction and returns `userErrors`: when there are any, nothing was changed. */
export type MutationSetIndicatorValuesArgs = {
  input: SetIndicatorValuesInput;
};


/** The writes of the reporting regime (section V.7: reports, their values, review and consolidation, for ADMIN and reporters) and of users and tokens. Each runs in one transaction and returns `userErrors`: when there are any, nothing was changed. */
export type MutationSetTaskProgressArgs = {
  input: SetTaskProgressInput;
};


/** The writes of the reporting regime (section V.7: reports, their values, review and consolidation, for ADMIN and reporters) and of users and tokens. Each runs in one transaction and returns `userErrors`: when there are any, nothing was changed. */
export type MutationSubmitReportArgs = {
  input: SubmitReportInput;
};


/** The writes of the reporting regime (section V.7: reports, their values, review and consolidation, for ADMIN and reporters) and of users and tokens. Each runs in one transaction and returns `userErrors`: when there are any, nothing was changed. */
export type MutationUpdateAssignmentArgs = {
  input: UpdateAssignmentInput;
};


/** The writes of the reporting regime (section V.7: reports, their values, review and consolidation, for ADMIN and reporters) and of users and tokens. Each runs in one transaction and returns `userErrors`: when there are any, nothing was changed. */
export type MutationUpdateIndicatorArgs = {
  input: UpdateIndicatorInput;
};


/** The writes of the reporting regime (section V.7: reports, their values, review and consolidation, for ADMIN and reporters) and of users and tokens. Each runs in one transaction and returns `userErrors`: when there are any, nothing was changed. */
export type MutationUpdateReportingPeriodArgs = {
  input: UpdateReportingPeriodInput;
};


/** The writes of the reporting regime (section V.7: reports, their values, review and consolidation, for ADMIN and reporters) and of users and tokens. Each runs in one transaction and returns `userErrors`: when there are any, nothing was changed. */
export type MutationUpdateResponsibleBodyArgs = {
  input: UpdateResponsibleBodyInput;
};


/** The writes of the reporting regime (section V.7: reports, their values, review and consolidation, for ADMIN and reporters) and of users and tokens. Each runs in one transaction and returns `userErrors`: when there are any, nothing was changed. */
export type MutationUpdateTaskArgs = {
  input: UpdateTaskInput;
};

/** An object with a globally unique, opaque ID that `node(id)` accepts. */
export type Node = {
  /** Globally unique opaque ID of this object. */
  id: Scalars['ID']['output'];
};

/** One bullet of section II: a general objective, a specific objective for 2025 or 2030, or part of the 2045 vision. Its measurable numbers are targets of indicators. */
export type Objective = Node & {
  __typename?: 'Objective';
  /** The document's section and the bullet's order, e.g. "II.2.a.3" (third bullet of the 2025 objectives). */
  code: Scalars['String']['output'];
  /** Year by which the objective should be reached (2030 for the general objectives). */
  horizonYear: Scalars['Int']['output'];
  /** Globally unique opaque ID of this object. */
  id: Scalars['ID']['output'];
  /** Indicators with a target stated in this objective. */
  indicators: IndicatorConnection;
  /** General objective (II.1), specific objective (II.2) or vision (II.3). */
  kind: ObjectiveKind;
  /** The plan the objective belongs to. */
  plan: Plan;
  /** The bullet's full text, in Vietnamese. */
  text: Scalars['String']['output'];
  /** English summary. */
  textEn?: Maybe<Scalars['String']['output']>;
};


/** One bullet of section II: a general objective, a specific objective for 2025 or 2030, or part of the 2045 vision. Its measurable numbers are targets of indicators. */
export type ObjectiveIndicatorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of objectives. */
export type ObjectiveConnection = {
  __typename?: 'ObjectiveConnection';
  /** The edges of this page. */
  edges: Array<ObjectiveEdge>;
  /** The nodes of this page, without cursors. */
  nodes: Array<Objective>;
  /** Information to fetch the next or previous page. */
  pageInfo: PageInfo;
  /** How many items the whole list holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a Objective connection. */
export type ObjectiveEdge = {
  __typename?: 'ObjectiveEdge';
  /** Opaque cursor of this edge, for `after` and `before`. */
  cursor: Scalars['String']['output'];
  /** The Objective at the end of the edge. */
  node: Objective;
};

/** Narrows a list of objectives; all given conditions must hold. */
export type ObjectiveFilter = {
  /** Only objectives with this horizon year, e.g. 2025 or 2030. */
  horizonYear?: InputMaybe<Scalars['Int']['input']>;
  /** Only objectives of this kind. */
  kind?: InputMaybe<ObjectiveKind>;
  /** Only those of the plan with this code (a database may hold several plans: `plans`). */
  planCode?: InputMaybe<Scalars['String']['input']>;
};

/** Section II of the plan: general objectives (II.1), specific objectives by 2025 and 2030 (II.2), vision to 2045 (II.3). */
export const ObjectiveKind = {
  /** Mục tiêu tổng quát (II.1). */
  GENERAL: 'GENERAL',
  /** Mục tiêu cụ thể (II.2.a by 2025, II.2.b by 2030). */
  SPECIFIC: 'SPECIFIC',
  /** Tầm nhìn đến năm 2045 (II.3). */
  VISION: 'VISION'
} as const;

export type ObjectiveKind = typeof ObjectiveKind[keyof typeof ObjectiveKind];
/** A difficulty met in implementation ("vướng mắc"), raised to Ban Dân tộc tỉnh with a recommendation. */
export type Obstacle = Node & {
  __typename?: 'Obstacle';
  /** When the difficulty was raised. */
  createdAt: Scalars['DateTime']['output'];
  /** Globally unique opaque ID of this object. */
  id: Scalars['ID']['output'];
  /** What the body proposes (kiến nghị, đề xuất). */
  recommendation?: Maybe<Scalars['String']['output']>;
  /** The task the difficulty concerns; null when it concerns none in particular. */
  task?: Maybe<Task>;
  /** The difficulty. */
  text: Scalars['String']['output'];
};

/** A page of obstacles. */
export type ObstacleConnection = {
  __typename?: 'ObstacleConnection';
  /** The edges of this page. */
  edges: Array<ObstacleEdge>;
  /** The nodes of this page, without cursors. */
  nodes: Array<Obstacle>;
  /** Information to fetch the next or previous page. */
  pageInfo: PageInfo;
  /** How many items the whole list holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a Obstacle connection. */
export type ObstacleEdge = {
  __typename?: 'ObstacleEdge';
  /** Opaque cursor of this edge, for `after` and `before`. */
  cursor: Scalars['String']['output'];
  /** The Obstacle at the end of the edge. */
  node: Obstacle;
};

/** Where a page sits in its whole list (Relay cursor connections). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item of this page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when items exist after the last item of this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when items exist before the first item of this page. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first item of this page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** Section V.7: reports every 6 months and every year, and ad hoc reports when asked for. */
export const PeriodKind = {
  /** An ad hoc report an administrator asked for (đột xuất), with its own window and due date. */
  AD_HOC: 'AD_HOC',
  /** A half-year (6 tháng). */
  HALF_YEAR: 'HALF_YEAR',
  /** A whole year (hằng năm). */
  YEAR: 'YEAR'
} as const;

export type PeriodKind = typeof PeriodKind[keyof typeof PeriodKind];
/** A provincial plan: its objectives, tasks and who carries them out. */
export type Plan = Node & {
  __typename?: 'Plan';
  /** Stable code of the plan in this API. */
  code: Scalars['String']['output'];
  /** Last year of the implementation period. */
  endYear: Scalars['Int']['output'];
  /** Globally unique opaque ID of this object. */
  id: Scalars['ID']['output'];
  /** Month of issue, YYYY-MM (the document leaves the day blank). */
  issuedIn: Scalars['String']['output'];
  /** Issuing authority, in Vietnamese. */
  issuer: Scalars['String']['output'];
  /** Documents the plan implements. */
  legalBases: Array<LegalBasis>;
  /** Who signed, with their title, in Vietnamese. */
  signedBy?: Maybe<Scalars['String']['output']>;
  /** First year of the implementation period. */
  startYear: Scalars['Int']['output'];
  /** The units that make up the plan's area on `asOf` (default: today): Tỉnh Bắc Kạn (06) until 30 June 2025; from 1 July 2025 the 37 communes of Thái Nguyên formed from Bắc Kạn's (not province 19, which is larger in the world). */
  territory: AdministrativeUnitConnection;
  /** Title as issued, in Vietnamese. */
  title: Scalars['String']['output'];
  /** English title. */
  titleEn?: Maybe<Scalars['String']['output']>;
  /** Year of the long-term vision. */
  visionYear: Scalars['Int']['output'];
};


/** A provincial plan: its objectives, tasks and who carries them out. */
export type PlanTerritoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of plans. */
export type PlanConnection = {
  __typename?: 'PlanConnection';
  /** The edges of this page. */
  edges: Array<PlanEdge>;
  /** The nodes of this page, without cursors. */
  nodes: Array<Plan>;
  /** Information to fetch the next or previous page. */
  pageInfo: PageInfo;
  /** How many items the whole list holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a Plan connection. */
export type PlanEdge = {
  __typename?: 'PlanEdge';
  /** Opaque cursor of this edge, for `after` and `before`. */
  cursor: Scalars['String']['output'];
  /** The Plan at the end of the edge. */
  node: Plan;
};

/** How an indicator stands against its target; `IndicatorProgress.status` gives the rule. */
export const ProgressStatus = {
  /** The latest value meets the target's comparator. */
  ACHIEVED: 'ACHIEVED',
  /** Behind the line by at most 10 % of the whole distance from baseline to target. */
  AT_RISK: 'AT_RISK',
  /** Nothing to judge by: no value yet, no target for this unit, or a single value with no baseline in the plan. */
  NO_DATA: 'NO_DATA',
  /** Further behind the line, or the target year's own figure misses the target. */
  OFF_TRACK: 'OFF_TRACK',
  /** On the straight line from baseline to target, or beyond it. */
  ON_TRACK: 'ON_TRACK'
} as const;

export type ProgressStatus = typeof ProgressStatus[keyof typeof ProgressStatus];
/** Everything readable: the plan's catalogue (plans, objectives, indicators, targets, tasks, bodies, units, periods) open to all; reports, values, reporting status and progress with a token. */
export type Query = {
  __typename?: 'Query';
  /** The unit that had this GSO code on `asOf` (default: today, in Vietnam), or null. Codes are reused: "01840" is one commune on 2024-01-01 and another on 2026-01-01. */
  administrativeUnit?: Maybe<AdministrativeUnit>;
  /** Tỉnh Bắc Kạn (06), its 8 districts and 108 communes until 30 June 2025; Tỉnh Thái Nguyên (19) and the 37 communes formed from Bắc Kạn's from 1 July 2025 (only that part of Thái Nguyên: the plan's area). Every version of every unit, unless `filter.asOf` picks one day's map. The 14 communes removed by the 2020 merger (855/NQ-UBTVQH14) are not listed: the sources do not say which commune took each. */
  administrativeUnits: AdministrativeUnitConnection;
  /** Figures for lists of indicators, periods and units, aggregated on the fly in PostgreSQL by each indicator's rule (SUM adds, RATIO divides summed numerators by summed denominators, NONE is not added), with the rule of `Indicator.rollup`, current the moment a report is accepted, and carried across the 2025 reorganisation with `geographyAsOf`. Charged by the cost limit for the rows the dimensions can return (indicators x periods x units x breakdown). Also as CSV and XLSX: GET /export/analytics.csv. Needs a token. */
  analytics: AnalyticsResult;
  /** The indicator with this code, or null. */
  indicator?: Maybe<Indicator>;
  /** Reported and consolidated values as flat rows (one per value, dimensions as plain fields), oldest first. Needs a token (any role). */
  indicatorValues: IndicatorValueConnection;
  /** Measurable indicators of the plan, in document order. */
  indicators: IndicatorConnection;
  /** Fetches any object by its global ID; null when none has it. */
  node?: Maybe<Node>;
  /** Fetches objects by global ID, in the same order; null for IDs that match nothing. At most 100 IDs. */
  nodes: Array<Maybe<Node>>;
  /** The objective with this code (e.g. "II.2.a.9"), or null. */
  objective?: Maybe<Objective>;
  /** The objectives of section II, in document order. */
  objectives: ObjectiveConnection;
  /** The plan with this code (e.g. "BK-CTDT-2021-2030"), or null. */
  plan?: Maybe<Plan>;
  /** The plans this API monitors. */
  plans: PlanConnection;
  /** The caller's rate limit, as charged for this request. */
  rateLimit?: Maybe<RateLimit>;
  /** The period with this code (e.g. "2024-H1", "2024"), or null. */
  reportingPeriod?: Maybe<ReportingPeriod>;
  /** Half-years and years from 2022 to 2030, in time order. */
  reportingPeriods: ReportingPeriodConnection;
  /** Who has reported for a period; null for an unknown period. Needs a token. */
  reportingStatus?: Maybe<ReportingStatus>;
  /** Reports, oldest first. Needs a token (any role). */
  reports: ReportConnection;
  /** Bodies named in section V and the departments the tasks fall to. */
  responsibleBodies: ResponsibleBodyConnection;
  /** The body with this code (e.g. "BDT", "UBND-064"), or null. */
  responsibleBody?: Maybe<ResponsibleBody>;
  /** The task with this code (e.g. "III.1.đ"), or null. */
  task?: Maybe<Task>;
  /** Tasks and solutions of sections III and IV, in document order. */
  tasks: TaskConnection;
  /** Everyone with access to the API, oldest first. ADMIN only. */
  users: UserConnection;
  /** The user whose token made this request; null without a token. */
  viewer?: Maybe<User>;
};


/** Everything readable: the plan's catalogue (plans, objectives, indicators, targets, tasks, bodies, units, periods) open to all; reports, values, reporting status and progress with a token. */
export type QueryAdministrativeUnitArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  code: Scalars['String']['input'];
};


/** Everything readable: the plan's catalogue (plans, objectives, indicators, targets, tasks, bodies, units, periods) open to all; reports, values, reporting status and progress with a token. */
export type QueryAdministrativeUnitsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AdministrativeUnitFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Everything readable: the plan's catalogue (plans, objectives, indicators, targets, tasks, bodies, units, periods) open to all; reports, values, reporting status and progress with a token. */
export type QueryAnalyticsArgs = {
  input: AnalyticsInput;
};


/** Everything readable: the plan's catalogue (plans, objectives, indicators, targets, tasks, bodies, units, periods) open to all; reports, values, reporting status and progress with a token. */
export type QueryIndicatorArgs = {
  code: Scalars['String']['input'];
  planCode?: InputMaybe<Scalars['String']['input']>;
};


/** Everything readable: the plan's catalogue (plans, objectives, indicators, targets, tasks, bodies, units, periods) open to all; reports, values, reporting status and progress with a token. */
export type QueryIndicatorValuesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<IndicatorValueFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Everything readable: the plan's catalogue (plans, objectives, indicators, targets, tasks, bodies, units, periods) open to all; reports, values, reporting status and progress with a token. */
export type QueryIndicatorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<IndicatorFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Everything readable: the plan's catalogue (plans, objectives, indicators, targets, tasks, bodies, units, periods) open to all; reports, values, reporting status and progress with a token. */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** Everything readable: the plan's catalogue (plans, objectives, indicators, targets, tasks, bodies, units, periods) open to all; reports, values, reporting status and progress with a token. */
export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** Everything readable: the plan's catalogue (plans, objectives, indicators, targets, tasks, bodies, units, periods) open to all; reports, values, reporting status and progress with a token. */
export type QueryObjectiveArgs = {
  code: Scalars['String']['input'];
  planCode?: InputMaybe<Scalars['String']['input']>;
};


/** Everything readable: the plan's catalogue (plans, objectives, indicators, targets, tasks, bodies, units, periods) open to all; reports, values, reporting status and progress with a token. */
export type QueryObjectivesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ObjectiveFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Everything readable: the plan's catalogue (plans, objectives, indicators, targets, tasks, bodies, units, periods) open to all; reports, values, reporting status and progress with a token. */
export type QueryPlanArgs = {
  code: Scalars['String']['input'];
};


/** Everything readable: the plan's catalogue (plans, objectives, indicators, targets, tasks, bodies, units, periods) open to all; reports, values, reporting status and progress with a token. */
export type QueryPlansArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Everything readable: the plan's catalogue (plans, objectives, indicators, targets, tasks, bodies, units, periods) open to all; reports, values, reporting status and progress with a token. */
export type QueryReportingPeriodArgs = {
  code: Scalars['String']['input'];
};


/** Everything readable: the plan's catalogue (plans, objectives, indicators, targets, tasks, bodies, units, periods) open to all; reports, values, reporting status and progress with a token. */
export type QueryReportingPeriodsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ReportingPeriodFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Everything readable: the plan's catalogue (plans, objectives, indicators, targets, tasks, bodies, units, periods) open to all; reports, values, reporting status and progress with a token. */
export type QueryReportingStatusArgs = {
  periodCode: Scalars['String']['input'];
  planCode?: InputMaybe<Scalars['String']['input']>;
};


/** Everything readable: the plan's catalogue (plans, objectives, indicators, targets, tasks, bodies, units, periods) open to all; reports, values, reporting status and progress with a token. */
export type QueryReportsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ReportFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Everything readable: the plan's catalogue (plans, objectives, indicators, targets, tasks, bodies, units, periods) open to all; reports, values, reporting status and progress with a token. */
export type QueryResponsibleBodiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ResponsibleBodyFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Everything readable: the plan's catalogue (plans, objectives, indicators, targets, tasks, bodies, units, periods) open to all; reports, values, reporting status and progress with a token. */
export type QueryResponsibleBodyArgs = {
  code: Scalars['String']['input'];
};


/** Everything readable: the plan's catalogue (plans, objectives, indicators, targets, tasks, bodies, units, periods) open to all; reports, values, reporting status and progress with a token. */
export type QueryTaskArgs = {
  code: Scalars['String']['input'];
  planCode?: InputMaybe<Scalars['String']['input']>;
};


/** Everything readable: the plan's catalogue (plans, objectives, indicators, targets, tasks, bodies, units, periods) open to all; reports, values, reporting status and progress with a token. */
export type QueryTasksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TaskFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Everything readable: the plan's catalogue (plans, objectives, indicators, targets, tasks, bodies, units, periods) open to all; reports, values, reporting status and progress with a token. */
export type QueryUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** The caller's budget (per token, or per client address without one), after this request. */
export type RateLimit = {
  __typename?: 'RateLimit';
  /** Points this request cost: one per 100 nodes it may return, at least 1. */
  cost: Scalars['Int']['output'];
  /** Points per window. */
  limit: Scalars['Int']['output'];
  /** Nodes this request may return, as counted for `cost`. */
  nodeCount: Scalars['Int']['output'];
  /** Points left in this window after this request: `limit` minus `used`, never below 0. */
  remaining: Scalars['Int']['output'];
  /** When the window ends and the budget renews. */
  resetAt: Scalars['DateTime']['output'];
  /** Points used in this window, this request included. */
  used: Scalars['Int']['output'];
};

/** A body succeeded by another (a merger, a renaming) from a day: the predecessor ends the day before, and its duties pass to the successor. */
export type RecordBodySuccessionInput = {
  /** Idempotency key, echoed in the payload: a retry with the same value (by the same user) applies once and returns the first outcome. */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** The first day of the successor's charge; the predecessor ends the day before unless it goes on (`whole: false`). */
  effectiveDate: Scalars['Date']['input'];
  /** The decision behind the change, e.g. "Quyết định 123/QĐ-UBND ngày 01/03/2027". */
  legalBasis: Scalars['String']['input'];
  /** What passes, in English. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The body that ends (or hands over), e.g. "SNN". */
  predecessorCode: Scalars['String']['input'];
  /** The body that carries on, e.g. "SNNMT". */
  successorCode: Scalars['String']['input'];
  /** True when all of the predecessor's functions pass (it ends); false when only part of them do (it goes on). */
  whole?: Scalars['Boolean']['input'];
};

/** One body's report for one period (section V.7), or the province's consolidated report. */
export type Report = Node & {
  __typename?: 'Report';
  /** The reporting body (BDT, or the body carrying on from it, for a consolidated report). */
  body: ResponsibleBody;
  /** Remarks on the report by the Fatherland Front or Ban Dân tộc tỉnh. */
  comments: ReportCommentConnection;
  /** When the report was created. */
  createdAt: Scalars['DateTime']['output'];
  /** True in DRAFT and RETURNED: the body may still change it. */
  editable: Scalars['Boolean']['output'];
  /** First time it was submitted: timeliness counts from this. */
  firstSubmittedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Every change to the report and its contents: who, when, before, after. */
  history: ChangeRecordConnection;
  /** Globally unique opaque ID of this object. */
  id: Scalars['ID']['output'];
  /** BODY for a body's own report, CONSOLIDATED for the province's. */
  kind: ReportKind;
  /** Whether the first submission came after the period's due date (end of that day, Vietnam time); null until submitted. */
  late?: Maybe<Scalars['Boolean']['output']>;
  /** Difficulties met ("vướng mắc") raised in the report, with recommendations. */
  obstacles: ObstacleConnection;
  /** The period reported on (section V.7: half-years and years). */
  period: ReportingPeriod;
  /** Why Ban Dân tộc tỉnh last returned it. */
  returnReason?: Maybe<Scalars['String']['output']>;
  /** When it was last returned or accepted. */
  reviewedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who last returned or accepted it. */
  reviewedBy?: Maybe<User>;
  /** Where the report is in its review: DRAFT, SUBMITTED, RETURNED or ACCEPTED. */
  status: ReportStatus;
  /** Last time it was submitted. */
  submittedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where the body stands on its tasks, one entry per task. */
  taskProgress: TaskProgressConnection;
  /** Last change to the report or its contents (the time `version` last moved on). */
  updatedAt: Scalars['DateTime']['output'];
  /** The values the report gives, one per indicator, unit and breakdown. */
  values: IndicatorValueConnection;
  /** Increases with every change to the report or its contents; every write must quote it. */
  version: Scalars['Int']['output'];
};


/** One body's report for one period (section V.7), or the province's consolidated report. */
export type ReportCommentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** One body's report for one period (section V.7), or the province's consolidated report. */
export type ReportHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** One body's report for one period (section V.7), or the province's consolidated report. */
export type ReportObstaclesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** One body's report for one period (section V.7), or the province's consolidated report. */
export type ReportTaskProgressArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** One body's report for one period (section V.7), or the province's consolidated report. */
export type ReportValuesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<IndicatorValueFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A remark on a report by the Fatherland Front (supervision, social critique) or Ban Dân tộc tỉnh. */
export type ReportComment = Node & {
  __typename?: 'ReportComment';
  /** Who wrote the comment. */
  author: User;
  /** When the comment was made. */
  createdAt: Scalars['DateTime']['output'];
  /** Globally unique opaque ID of this object. */
  id: Scalars['ID']['output'];
  /** The remark. */
  text: Scalars['String']['output'];
};

/** A page of comments. */
export type ReportCommentConnection = {
  __typename?: 'ReportCommentConnection';
  /** The edges of this page. */
  edges: Array<ReportCommentEdge>;
  /** The nodes of this page, without cursors. */
  nodes: Array<ReportComment>;
  /** Information to fetch the next or previous page. */
  pageInfo: PageInfo;
  /** How many items the whole list holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a ReportComment connection. */
export type ReportCommentEdge = {
  __typename?: 'ReportCommentEdge';
  /** Opaque cursor of this edge, for `after` and `before`. */
  cursor: Scalars['String']['output'];
  /** The ReportComment at the end of the edge. */
  node: ReportComment;
};

/** A page of reports. */
export type ReportConnection = {
  __typename?: 'ReportConnection';
  /** The edges of this page. */
  edges: Array<ReportEdge>;
  /** The nodes of this page, without cursors. */
  nodes: Array<Report>;
  /** Information to fetch the next or previous page. */
  pageInfo: PageInfo;
  /** How many items the whole list holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a Report connection. */
export type ReportEdge = {
  __typename?: 'ReportEdge';
  /** Opaque cursor of this edge, for `after` and `before`. */
  cursor: Scalars['String']['output'];
  /** The Report at the end of the edge. */
  node: Report;
};

/** Narrows a list of reports; all given conditions must hold. */
export type ReportFilter = {
  /** Only reports of this body, e.g. "UBND-061". */
  bodyCode?: InputMaybe<Scalars['String']['input']>;
  /** Only body reports (BODY) or only consolidated ones (CONSOLIDATED). */
  kind?: InputMaybe<ReportKind>;
  /** Only reports for this period, e.g. "2024-H1". */
  periodCode?: InputMaybe<Scalars['String']['input']>;
  /** Only reports on this plan, e.g. "BK-CTDT-2021-2030": for a period in its years, by a body that holds a duty of it. */
  planCode?: InputMaybe<Scalars['String']['input']>;
  /** Only reports in this status. */
  status?: InputMaybe<ReportStatus>;
};

/** Whose report it is: one body's own, or the province's consolidation. */
export const ReportKind = {
  /** A department's or district committee's own report. */
  BODY: 'BODY',
  /** The province's figures, built by `consolidatePeriod` from ACCEPTED reports. */
  CONSOLIDATED: 'CONSOLIDATED'
} as const;

export type ReportKind = typeof ReportKind[keyof typeof ReportKind];
/** Where a report is in its review. */
export const ReportStatus = {
  /** Accepted by Ban Dân tộc tỉnh; counts in consolidation; final. */
  ACCEPTED: 'ACCEPTED',
  /** Being filled in by its body. */
  DRAFT: 'DRAFT',
  /** Sent back for correction (see `returnReason`); editable again. */
  RETURNED: 'RETURNED',
  /** Sent to Ban Dân tộc tỉnh; no longer editable. */
  SUBMITTED: 'SUBMITTED'
} as const;

export type ReportStatus = typeof ReportStatus[keyof typeof ReportStatus];
/** A reporting period. Data cut-off windows follow Decree 09/2019/NĐ-CP: H1 from 15 Dec of the previous year to 14 Jun, H2 from 15 Jun to 14 Dec, the year from 15 Dec to 14 Dec. */
export type ReportingPeriod = Node & {
  __typename?: 'ReportingPeriod';
  /** E.g. "2024-H1", "2024-H2", "2024". */
  code: Scalars['String']['output'];
  /** Day reports are due at Ban Dân tộc tỉnh: by default the 20th of the period's last month, ahead of the province's own deadline on the 25th. */
  dueDate: Scalars['Date']['output'];
  /** Last day of the data window (the cut-off date). */
  endDate: Scalars['Date']['output'];
  /** 1 or 2 for a half-year; null for a year. */
  half?: Maybe<Scalars['Int']['output']>;
  /** Every change an administrator made to it after the plan was loaded: who, when, before, after and the decision, oldest first. */
  history: CatalogueChangeConnection;
  /** Globally unique opaque ID of this object. */
  id: Scalars['ID']['output'];
  /** A half-year or a whole year (section V.7). */
  kind: PeriodKind;
  /** Name in Vietnamese, e.g. "6 tháng đầu năm 2024". */
  name: Scalars['String']['output'];
  /** Reports for this period, oldest first. Needs a token. */
  reports: ReportConnection;
  /** First day of the data window. */
  startDate: Scalars['Date']['output'];
  /** Moves on with every change by an administrator: a write quotes the version it read, and a stale one is a CONFLICT. */
  version: Scalars['Int']['output'];
  /** The year reported on, e.g. 2024 for "2024-H1" (its data window opens on 15 December of the year before). */
  year: Scalars['Int']['output'];
};


/** A reporting period. Data cut-off windows follow Decree 09/2019/NĐ-CP: H1 from 15 Dec of the previous year to 14 Jun, H2 from 15 Jun to 14 Dec, the year from 15 Dec to 14 Dec. */
export type ReportingPeriodHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A reporting period. Data cut-off windows follow Decree 09/2019/NĐ-CP: H1 from 15 Dec of the previous year to 14 Jun, H2 from 15 Jun to 14 Dec, the year from 15 Dec to 14 Dec. */
export type ReportingPeriodReportsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of reporting periods. */
export type ReportingPeriodConnection = {
  __typename?: 'ReportingPeriodConnection';
  /** The edges of this page. */
  edges: Array<ReportingPeriodEdge>;
  /** The nodes of this page, without cursors. */
  nodes: Array<ReportingPeriod>;
  /** Information to fetch the next or previous page. */
  pageInfo: PageInfo;
  /** How many items the whole list holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a ReportingPeriod connection. */
export type ReportingPeriodEdge = {
  __typename?: 'ReportingPeriodEdge';
  /** Opaque cursor of this edge, for `after` and `before`. */
  cursor: Scalars['String']['output'];
  /** The ReportingPeriod at the end of the edge. */
  node: ReportingPeriod;
};

/** Narrows a list of reporting periods; all given conditions must hold. */
export type ReportingPeriodFilter = {
  /** Only half-years or only years. */
  kind?: InputMaybe<PeriodKind>;
  /** Only the periods in this plan's years, e.g. "BK-CTDT-2021-2030" (plans share their periods). */
  planCode?: InputMaybe<Scalars['String']['input']>;
  /** Only the periods of this year. */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** What `updateReportingPeriod` and `createReportingPeriod` return. */
export type ReportingPeriodPayload = {
  __typename?: 'ReportingPeriodPayload';
  /** The `clientMutationId` of the input, echoed. */
  clientMutationId?: Maybe<Scalars['String']['output']>;
  /** The period as it is after the mutation; null when there are user errors. */
  reportingPeriod?: Maybe<ReportingPeriod>;
  /** Empty when the mutation applied; otherwise why nothing was changed. */
  userErrors: Array<UserError>;
};

/** Who has reported for a period, with completeness and timeliness as DHIS2 measures them. */
export type ReportingStatus = {
  __typename?: 'ReportingStatus';
  /** Every body expected to report, in the plan's order. */
  bodies: Array<BodyReportingStatus>;
  /** received / expected x 100. */
  completeness: Scalars['Float']['output'];
  /** Bodies section V.7 asks to report. */
  expected: Scalars['Int']['output'];
  /** The period asked about. */
  period: ReportingPeriod;
  /** Of those, how many submitted. */
  received: Scalars['Int']['output'];
  /** Of those, how many first submitted by the due date. */
  receivedOnTime: Scalars['Int']['output'];
  /** receivedOnTime / expected x 100. */
  timeliness: Scalars['Float']['output'];
};

/** An authority that carries out, funds, supervises or reports on the plan, in one form: bodies merged in 2025 (departments on 1 March, the province into Thái Nguyên on 1 July) end, and their successors begin. */
export type ResponsibleBody = Node & {
  __typename?: 'ResponsibleBody';
  /** The territory the body answers for. */
  administrativeUnit?: Maybe<AdministrativeUnit>;
  /** This body's duties, on tasks and on the whole plan. */
  assignments: AssignmentConnection;
  /** Stable short code, e.g. "BDT" (Ban Dân tộc tỉnh), "SGDDT", "UBND-064". */
  code: Scalars['String']['output'];
  /** True when section V.7 requires it to report every 6 months and every year to Ban Dân tộc tỉnh. */
  expectedToReport: Scalars['Boolean']['output'];
  /** Every change an administrator made to it after the plan was loaded: who, when, before, after and the decision, oldest first. */
  history: CatalogueChangeConnection;
  /** Globally unique opaque ID of this object. */
  id: Scalars['ID']['output'];
  /** What kind of authority it is. */
  kind: BodyKind;
  /** Why the body is listed: the clause that names it, or the duties that make it one of "các sở, ban, ngành". */
  listedBecause?: Maybe<Scalars['String']['output']>;
  /** Full name in Vietnamese. */
  name: Scalars['String']['output'];
  /** Name in English. */
  nameEn?: Maybe<Scalars['String']['output']>;
  /** False for the bodies the plan does not name but covers with "các sở, ban, ngành" (see `listedBecause`), and for bodies of later decisions. */
  namedInPlan: Scalars['Boolean']['output'];
  /** Where the plan names this body, or why it is listed. */
  note?: Maybe<Scalars['String']['output']>;
  /** The bodies whose functions passed to this one when it began. */
  predecessors: Array<ResponsibleBodyChange>;
  /** The body's reports (the consolidated ones for BDT), oldest first. Needs a token. */
  reports: ReportConnection;
  /** Short name in Vietnamese, as the plan writes it. */
  shortName: Scalars['String']['output'];
  /** The bodies this one's functions passed to when it ended (empty while it is in force). */
  successors: Array<ResponsibleBodyChange>;
  /** First day of the body in this form; null when it predates the plan. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** Last day of the body in this form; null while it exists. */
  validTo?: Maybe<Scalars['Date']['output']>;
  /** Moves on with every change by an administrator: a write quotes the version it read, and a stale one is a CONFLICT. */
  version: Scalars['Int']['output'];
};


/** An authority that carries out, funds, supervises or reports on the plan, in one form: bodies merged in 2025 (departments on 1 March, the province into Thái Nguyên on 1 July) end, and their successors begin. */
export type ResponsibleBodyAssignmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AssignmentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** An authority that carries out, funds, supervises or reports on the plan, in one form: bodies merged in 2025 (departments on 1 March, the province into Thái Nguyên on 1 July) end, and their successors begin. */
export type ResponsibleBodyHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** An authority that carries out, funds, supervises or reports on the plan, in one form: bodies merged in 2025 (departments on 1 March, the province into Thái Nguyên on 1 July) end, and their successors begin. */
export type ResponsibleBodyReportsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** One step of a body's history: the body its functions passed to (successors), or came from (predecessors). Its duties under the plan pass with them. */
export type ResponsibleBodyChange = {
  __typename?: 'ResponsibleBodyChange';
  /** The body on the other side of the change. */
  body: ResponsibleBody;
  /** First day of the successor. */
  effectiveDate: Scalars['Date']['output'];
  /** True where the sources are silent and the link is our reading (e.g. which Thái Nguyên department took over a Bắc Kạn one): not a fact. */
  inferred: Scalars['Boolean']['output'];
  /** The act behind the change, e.g. "Nghị định 45/2025/NĐ-CP". */
  legalBasis?: Maybe<Scalars['String']['output']>;
  /** What passed, and how sure we are of it. */
  note?: Maybe<Scalars['String']['output']>;
  /** True when all the predecessor's functions passed; false when only a part did (named in `note`). */
  whole: Scalars['Boolean']['output'];
};

/** A page of responsible bodies. */
export type ResponsibleBodyConnection = {
  __typename?: 'ResponsibleBodyConnection';
  /** The edges of this page. */
  edges: Array<ResponsibleBodyEdge>;
  /** The nodes of this page, without cursors. */
  nodes: Array<ResponsibleBody>;
  /** Information to fetch the next or previous page. */
  pageInfo: PageInfo;
  /** How many items the whole list holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a ResponsibleBody connection. */
export type ResponsibleBodyEdge = {
  __typename?: 'ResponsibleBodyEdge';
  /** Opaque cursor of this edge, for `after` and `before`. */
  cursor: Scalars['String']['output'];
  /** The ResponsibleBody at the end of the edge. */
  node: ResponsibleBody;
};

/** Narrows a list of responsible bodies; all given conditions must hold. */
export type ResponsibleBodyFilter = {
  /** Only the bodies in force on this day. Without it, every body that ever had a part in the plan. */
  asOf?: InputMaybe<Scalars['Date']['input']>;
  /** Only bodies that must (true) or need not (false) send periodic reports. */
  expectedToReport?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only bodies of this kind. */
  kind?: InputMaybe<BodyKind>;
  /** Only the bodies that hold a duty of this plan, e.g. "BK-CTDT-2021-2030": those it names, and those their duties passed to. */
  planCode?: InputMaybe<Scalars['String']['input']>;
  /** Part of the code or name (Vietnamese or English), ignoring case and diacritics. */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** What `createResponsibleBody`, `updateResponsibleBody` and `recordBodySuccession` return. */
export type ResponsibleBodyPayload = {
  __typename?: 'ResponsibleBodyPayload';
  /** The `clientMutationId` of the input, echoed. */
  clientMutationId?: Maybe<Scalars['String']['output']>;
  /** The body as it is after the mutation (the successor, for a succession); null when there are user errors. */
  responsibleBody?: Maybe<ResponsibleBody>;
  /** Empty when the mutation applied; otherwise why nothing was changed. */
  userErrors: Array<UserError>;
};

/** The SUBMITTED report to return to its body, with the reason. */
export type ReturnReportInput = {
  /** Idempotency key, echoed in the payload: a retry with the same value (by the same user) applies once and returns the first outcome. */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** What the body must correct. */
  reason: Scalars['String']['input'];
  /** Global ID of the report. */
  reportId: Scalars['ID']['input'];
  /** The report's `version` as you read it; a stale one is a CONFLICT. */
  version: Scalars['Int']['input'];
};

/** What `returnReport` returns. */
export type ReturnReportPayload = {
  __typename?: 'ReturnReportPayload';
  /** The `clientMutationId` of the input, echoed. */
  clientMutationId?: Maybe<Scalars['String']['output']>;
  /** The report as it is after the mutation. */
  report?: Maybe<Report>;
  /** Empty when the mutation applied; otherwise why nothing was changed. */
  userErrors: Array<UserError>;
};

/** A target as a decision sets it (a mid-term review), from its effective date on. For a year without a target, it adds one. */
export type ReviseTargetInput = {
  /** Idempotency key, echoed in the payload: a retry with the same value (by the same user) applies once and returns the first outcome. */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** How the figure must compare with `value` (and `valueMax`). */
  comparator: Comparator;
  /** First day the revised target applies: figures of periods ending before it are judged by the target as it was. */
  effectiveDate: Scalars['Date']['input'];
  /** The indicator's code. */
  indicatorCode: Scalars['String']['input'];
  /** The decision behind the change, e.g. "Quyết định 123/QĐ-UBND ngày 01/03/2027". */
  legalBasis: Scalars['String']['input'];
  /** The plan the code is of, e.g. "BK-CTDT-2021-2030"; needed only when several plans have one with this code (AMBIGUOUS_CODE). */
  planCode?: InputMaybe<Scalars['String']['input']>;
  /** The decision's words that state the target, in Vietnamese. */
  text: Scalars['String']['input'];
  /** The target value (the lower bound for BETWEEN). */
  value: Scalars['Float']['input'];
  /** Upper bound, for BETWEEN only. */
  valueMax?: InputMaybe<Scalars['Float']['input']>;
  /** The target's year, e.g. 2030. */
  year: Scalars['Int']['input'];
};

/** What `reviseTarget` returns. */
export type ReviseTargetPayload = {
  __typename?: 'ReviseTargetPayload';
  /** The `clientMutationId` of the input, echoed. */
  clientMutationId?: Maybe<Scalars['String']['output']>;
  /** The revision recorded. */
  revision?: Maybe<TargetRevision>;
  /** The target as in force from the effective date; null when there are user errors. */
  target?: Maybe<Target>;
  /** Empty when the mutation applied; otherwise why nothing was changed. */
  userErrors: Array<UserError>;
};

/** The token to revoke. */
export type RevokeApiTokenInput = {
  /** Echoed in the payload; a retry with the same value applies once. */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** Global ID of the token; the tokens it made are revoked with it. */
  tokenId: Scalars['ID']['input'];
};

/** What `revokeApiToken` returns. */
export type RevokeApiTokenPayload = {
  __typename?: 'RevokeApiTokenPayload';
  /** The revoked token; null when there are user errors. */
  apiToken?: Maybe<ApiToken>;
  /** The `clientMutationId` of the input, echoed. */
  clientMutationId?: Maybe<Scalars['String']['output']>;
  /** Empty when the mutation applied; otherwise why nothing was changed. */
  userErrors: Array<UserError>;
};

/** What a user may read and write in the reporting regime. */
export const Role = {
  /** Ban Dân tộc tỉnh: keeps the catalogue and the users, reviews, returns or accepts reports, consolidates. */
  ADMIN: 'ADMIN',
  /** A department or district committee: fills and submits its own body's reports only. */
  REPORTER: 'REPORTER',
  /** The Fatherland Front: reads everything and comments on reports. */
  SUPERVISOR: 'SUPERVISOR',
  /** Dashboards, BI tools and other provincial apps: read-only. */
  VIEWER: 'VIEWER'
} as const;

export type Role = typeof Role[keyof typeof Role];
/** Field of public action a task belongs to. */
export const Sector = {
  /** Agriculture and forestry, with land policies (e.g. III.2.b.1). */
  AGRICULTURE_FORESTRY: 'AGRICULTURE_FORESTRY',
  /** Information, communication and legal education on the Party's and State's policies; awareness (e.g. III.1.g, IV.1). */
  COMMUNICATION: 'COMMUNICATION',
  /** Preservation and development of ethnic cultures, grassroots cultural and sports institutions (e.g. III.2.đ). */
  CULTURE: 'CULTURE',
  /** Defence and security (e.g. III.2.e). */
  DEFENCE_SECURITY: 'DEFENCE_SECURITY',
  /** Digital-economy infrastructure, digital transformation and the ethnic-affairs database (e.g. III.1.đ). */
  DIGITAL_TRANSFORMATION: 'DIGITAL_TRANSFORMATION',
  /** Economic development as a whole, and the National Target Programme (e.g. III.2.b, IV.5). */
  ECONOMY: 'ECONOMY',
  /** Education, training and vocational training (e.g. III.2.c). */
  EDUCATION: 'EDUCATION',
  /** Resources for the strategy: state budget, other lawful sources and investment (e.g. IV.2, IV.3). */
  FINANCE: 'FINANCE',
  /** Foreign affairs and external information (e.g. III.2.g). */
  FOREIGN_AFFAIRS: 'FOREIGN_AFFAIRS',
  /** State management of ethnic affairs and its agencies (e.g. III.2.a, IV.4). */
  GOVERNANCE: 'GOVERNANCE',
  /** Health and population (e.g. III.2.d). */
  HEALTH_POPULATION: 'HEALTH_POPULATION',
  /** Training and building the pool of cadres, civil servants and high-quality human resources (e.g. III.1.c). */
  HUMAN_RESOURCES: 'HUMAN_RESOURCES',
  /** Industry, industrial clusters, urban planning, sedentarisation and construction (e.g. III.2.b.2). */
  INDUSTRY_CONSTRUCTION: 'INDUSTRY_CONSTRUCTION',
  /** Essential infrastructure for daily life, production and trade: roads, irrigation, power, schools, health stations (e.g. III.1.d). */
  INFRASTRUCTURE: 'INFRASTRUCTURE',
  /** Guidelines, mechanisms and policies on ethnic affairs (e.g. III.1.a, III.1.b). */
  POLICY: 'POLICY',
  /** The grassroots political system (e.g. III.2.h). */
  POLITICAL_SYSTEM: 'POLITICAL_SYSTEM',
  /** Research and application of science and technology, start-ups and innovation (e.g. III.1.e). */
  SCIENCE_TECHNOLOGY: 'SCIENCE_TECHNOLOGY',
  /** Trade, services and tourism (e.g. III.2.b.3). */
  TRADE_SERVICES_TOURISM: 'TRADE_SERVICES_TOURISM'
} as const;

export type Sector = typeof Sector[keyof typeof Sector];
/** Values to add or replace in a DRAFT or RETURNED report. */
export type SetIndicatorValuesInput = {
  /** Idempotency key, echoed in the payload: a retry with the same value (by the same user) applies once and returns the first outcome. */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** The plan the indicator codes are of, e.g. "BK-CTDT-2021-2030"; needed only when several plans have an indicator with one of the codes (AMBIGUOUS_CODE). */
  planCode?: InputMaybe<Scalars['String']['input']>;
  /** Global ID of the report. */
  reportId: Scalars['ID']['input'];
  /** Up to 1000 values, added or replaced by indicator, unit, sex and ethnic group. All or none apply. */
  values: Array<IndicatorValueInput>;
  /** The report's `version` as you read it; a stale one is a CONFLICT. */
  version: Scalars['Int']['input'];
};

/** What `setIndicatorValues` returns: the report and the values stored. */
export type SetIndicatorValuesPayload = {
  __typename?: 'SetIndicatorValuesPayload';
  /** The `clientMutationId` of the input, echoed. */
  clientMutationId?: Maybe<Scalars['String']['output']>;
  /** The report as it is after the mutation. */
  report?: Maybe<Report>;
  /** Empty when the mutation applied; otherwise why nothing was changed. */
  userErrors: Array<UserError>;
  /** The stored values, in the order sent. */
  values: Array<IndicatorValue>;
};

/** Where the body stands on one task, in a DRAFT or RETURNED report. */
export type SetTaskProgressInput = {
  /** Idempotency key, echoed in the payload: a retry with the same value (by the same user) applies once and returns the first outcome. */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** What was done, in the body's words; omit or leave empty for none. */
  narrative?: InputMaybe<Scalars['String']['input']>;
  /** The plan the code is of, e.g. "BK-CTDT-2021-2030"; needed only when several plans have one with this code (AMBIGUOUS_CODE). */
  planCode?: InputMaybe<Scalars['String']['input']>;
  /** Global ID of the report. */
  reportId: Scalars['ID']['input'];
  /** Where the body stands on the task. */
  status: TaskProgressStatus;
  /** The task's code in the plan, e.g. "III.1.đ". */
  taskCode: Scalars['String']['input'];
  /** The report's `version` as you read it; a stale one is a CONFLICT. */
  version: Scalars['Int']['input'];
};

/** What `setTaskProgress` returns: the report and the task's progress entry. */
export type SetTaskProgressPayload = {
  __typename?: 'SetTaskProgressPayload';
  /** The `clientMutationId` of the input, echoed. */
  clientMutationId?: Maybe<Scalars['String']['output']>;
  /** The report as it is after the mutation. */
  report?: Maybe<Report>;
  /** The progress entry as set; null when there are user errors. */
  taskProgress?: Maybe<TaskProgress>;
  /** Empty when the mutation applied; otherwise why nothing was changed. */
  userErrors: Array<UserError>;
};

/** Sex, for a value broken down by it (e.g. the female share of trained workers). */
export const Sex = {
  /** Women and girls. */
  FEMALE: 'FEMALE',
  /** Men and boys. */
  MALE: 'MALE'
} as const;

export type Sex = typeof Sex[keyof typeof Sex];
/** The report to submit to Ban Dân tộc tỉnh. */
export type SubmitReportInput = {
  /** Idempotency key, echoed in the payload: a retry with the same value (by the same user) applies once and returns the first outcome. */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** Global ID of the report. */
  reportId: Scalars['ID']['input'];
  /** The report's `version` as you read it; a stale one is a CONFLICT. */
  version: Scalars['Int']['input'];
};

/** What `submitReport` returns. */
export type SubmitReportPayload = {
  __typename?: 'SubmitReportPayload';
  /** The `clientMutationId` of the input, echoed. */
  clientMutationId?: Maybe<Scalars['String']['output']>;
  /** The report as it is after the mutation. */
  report?: Maybe<Report>;
  /** Empty when the mutation applied; otherwise why nothing was changed. */
  userErrors: Array<UserError>;
};

/** A number the plan (or a later decision) sets for an indicator by a year, with its comparator; as read through `Indicator.targets(asOf)`, the values in force that day. */
export type Target = Node & {
  __typename?: 'Target';
  /** Baseline value the target is measured against, where the plan gives one. */
  baselineValue?: Maybe<Scalars['Float']['output']>;
  /** Year of the baseline (e.g. 2020 for "so với năm 2020"). */
  baselineYear?: Maybe<Scalars['Int']['output']>;
  /** How the figure must compare with `value` (and `valueMax`), as the plan words it. */
  comparator: Comparator;
  /** Every change an administrator made to it after the plan was loaded: who, when, before, after and the decision, oldest first. */
  history: CatalogueChangeConnection;
  /** Globally unique opaque ID of this object. */
  id: Scalars['ID']['output'];
  /** The indicator the target is set on. */
  indicator: Indicator;
  /** The decision that added the target; null for the plan's own. */
  legalBasis?: Maybe<Scalars['String']['output']>;
  /** The objective bullet whose text states this target. */
  objective: Objective;
  /** Every form of the target, oldest first: as the plan (or the decision that added it) set it, then each revision with its decision and effective date. */
  revisions: Array<TargetRevision>;
  /** The words that state this target, in Vietnamese: the plan's, or those of the revision in force on the day asked. */
  text: Scalars['String']['output'];
  /** First day the target applies: null for the plan's targets, the effective date of the decision that added one. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** The target value (the lower bound for BETWEEN), in the indicator's unit. */
  value: Scalars['Float']['output'];
  /** Upper bound for BETWEEN. */
  valueMax?: Maybe<Scalars['Float']['output']>;
  /** Moves on with every change by an administrator: a write quotes the version it read, and a stale one is a CONFLICT. */
  version: Scalars['Int']['output'];
  /** Year by which the target applies (2025, 2030 or 2045). */
  year: Scalars['Int']['output'];
};


/** A number the plan (or a later decision) sets for an indicator by a year, with its comparator; as read through `Indicator.targets(asOf)`, the values in force that day. */
export type TargetHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A target as the plan or a later decision set it, in force from its effective date until the next revision. */
export type TargetRevision = {
  __typename?: 'TargetRevision';
  /** How the figure must compare with `value` (and `valueMax`). */
  comparator: Comparator;
  /** First day it applies; null: since the plan. */
  effectiveDate?: Maybe<Scalars['Date']['output']>;
  /** The decision that set it, e.g. "Nghị quyết 12/NQ-HĐND ngày 10/3/2026"; null for the plan's own. */
  legalBasis?: Maybe<Scalars['String']['output']>;
  /** When an administrator recorded it; null for the plan's own. */
  recordedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The administrator who recorded it; null for the plan's own. */
  recordedBy?: Maybe<User>;
  /** The words that state the target, in Vietnamese. */
  text: Scalars['String']['output'];
  /** The target value (the lower bound for BETWEEN). */
  value: Scalars['Float']['output'];
  /** Upper bound for BETWEEN. */
  valueMax?: Maybe<Scalars['Float']['output']>;
};

/** A task or solution of the plan (sections III and IV), with its sub-items as children. */
export type Task = Node & {
  __typename?: 'Task';
  /** Who leads, coordinates, funds or supervises this task. */
  assignments: AssignmentConnection;
  /** Sub-items, in document order. */
  children: TaskConnection;
  /** The task's code, e.g. "III.1.đ", "IV.3" (printed by the plan) or "III.2.b.1.2" (our numbering of sub-items, in document order): see `codeSource`. */
  code: Scalars['String']['output'];
  /** DOCUMENT when the plan prints this code; DERIVED when it is our numbering of a sub-item the plan lists without one. */
  codeSource: CodeSource;
  /** Every change an administrator made to it after the plan was loaded: who, when, before, after and the decision, oldest first. */
  history: CatalogueChangeConnection;
  /** Globally unique opaque ID of this object. */
  id: Scalars['ID']['output'];
  /** Indicators this task serves directly. */
  indicators: IndicatorConnection;
  /** Breakthrough task (III.1), main task (III.2) or solution (IV). */
  kind: TaskKind;
  /** The item this sub-item belongs to; null at top level. */
  parent?: Maybe<Task>;
  /** The plan the item belongs to. */
  plan: Plan;
  /** The field of public action the item belongs to; null where none is given. */
  sector?: Maybe<Sector>;
  /** Full text of the item, in Vietnamese. */
  text: Scalars['String']['output'];
  /** Short title in Vietnamese. */
  title: Scalars['String']['output'];
  /** Short title in English. */
  titleEn?: Maybe<Scalars['String']['output']>;
  /** Moves on with every change by an administrator: a write quotes the version it read, and a stale one is a CONFLICT. */
  version: Scalars['Int']['output'];
};


/** A task or solution of the plan (sections III and IV), with its sub-items as children. */
export type TaskAssignmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AssignmentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A task or solution of the plan (sections III and IV), with its sub-items as children. */
export type TaskChildrenArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A task or solution of the plan (sections III and IV), with its sub-items as children. */
export type TaskHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A task or solution of the plan (sections III and IV), with its sub-items as children. */
export type TaskIndicatorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of tasks. */
export type TaskConnection = {
  __typename?: 'TaskConnection';
  /** The edges of this page. */
  edges: Array<TaskEdge>;
  /** The nodes of this page, without cursors. */
  nodes: Array<Task>;
  /** Information to fetch the next or previous page. */
  pageInfo: PageInfo;
  /** How many items the whole list holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a Task connection. */
export type TaskEdge = {
  __typename?: 'TaskEdge';
  /** Opaque cursor of this edge, for `after` and `before`. */
  cursor: Scalars['String']['output'];
  /** The Task at the end of the edge. */
  node: Task;
};

/** Narrows a list of tasks; all given conditions must hold. */
export type TaskFilter = {
  /** Only tasks this body is assigned to (in `role`, when given). */
  bodyCode?: InputMaybe<Scalars['String']['input']>;
  /** Only items of this kind. */
  kind?: InputMaybe<TaskKind>;
  /** Only the direct sub-items of the task with this code. */
  parentCode?: InputMaybe<Scalars['String']['input']>;
  /** Only those of the plan with this code (a database may hold several plans: `plans`). */
  planCode?: InputMaybe<Scalars['String']['input']>;
  /** Only tasks with an assignment in this role (of `bodyCode`, when given). */
  role?: InputMaybe<AssignmentRole>;
  /** Part of the code, title or text, ignoring case and diacritics. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only items of this sector. */
  sector?: InputMaybe<Sector>;
  /** true: only top-level items (III.1.a, III.2.b, IV.3...); false: only sub-items. */
  topLevel?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Where an item stands in the plan: a breakthrough task (III.1), a main task (III.2) or a solution (IV). */
export const TaskKind = {
  /** Nhiệm vụ đột phá (section III.1, items a-g). */
  BREAKTHROUGH: 'BREAKTHROUGH',
  /** Nhiệm vụ chủ yếu (section III.2, items a-h and their sector sub-items). */
  MAIN: 'MAIN',
  /** Giải pháp thực hiện (section IV, items 1-5). */
  SOLUTION: 'SOLUTION'
} as const;

export type TaskKind = typeof TaskKind[keyof typeof TaskKind];
/** What `createTask` and `updateTask` return. */
export type TaskPayload = {
  __typename?: 'TaskPayload';
  /** The `clientMutationId` of the input, echoed. */
  clientMutationId?: Maybe<Scalars['String']['output']>;
  /** The task as it is after the mutation; null when there are user errors. */
  task?: Maybe<Task>;
  /** Empty when the mutation applied; otherwise why nothing was changed. */
  userErrors: Array<UserError>;
};

/** What a report says about one task of the plan. */
export type TaskProgress = Node & {
  __typename?: 'TaskProgress';
  /** Globally unique opaque ID of this object. */
  id: Scalars['ID']['output'];
  /** What was done, in the body's words. */
  narrative?: Maybe<Scalars['String']['output']>;
  /** Where the body stands on the task. */
  status: TaskProgressStatus;
  /** The task of the plan the entry is about. */
  task: Task;
  /** When the entry was last set. */
  updatedAt: Scalars['DateTime']['output'];
};

/** A page of task progress entries. */
export type TaskProgressConnection = {
  __typename?: 'TaskProgressConnection';
  /** The edges of this page. */
  edges: Array<TaskProgressEdge>;
  /** The nodes of this page, without cursors. */
  nodes: Array<TaskProgress>;
  /** Information to fetch the next or previous page. */
  pageInfo: PageInfo;
  /** How many items the whole list holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a TaskProgress connection. */
export type TaskProgressEdge = {
  __typename?: 'TaskProgressEdge';
  /** Opaque cursor of this edge, for `after` and `before`. */
  cursor: Scalars['String']['output'];
  /** The TaskProgress at the end of the edge. */
  node: TaskProgress;
};

/** Where a body stands on a task of the plan. */
export const TaskProgressStatus = {
  /** The task is done. */
  COMPLETED: 'COMPLETED',
  /** Under way but behind schedule. */
  DELAYED: 'DELAYED',
  /** Work on the task has not begun. */
  NOT_STARTED: 'NOT_STARTED',
  /** Under way and on schedule. */
  ON_SCHEDULE: 'ON_SCHEDULE'
} as const;

export type TaskProgressStatus = typeof TaskProgressStatus[keyof typeof TaskProgressStatus];
/** Changes to a duty; absent fields stay as they are. */
export type UpdateAssignmentInput = {
  /** Global ID of the assignment. */
  assignmentId: Scalars['ID']['input'];
  /** Idempotency key, echoed in the payload: a retry with the same value (by the same user) applies once and returns the first outcome. */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** The duty in Vietnamese. */
  duty?: InputMaybe<Scalars['String']['input']>;
  /** The decision behind the change, e.g. "Quyết định 123/QĐ-UBND ngày 01/03/2027". */
  legalBasis?: InputMaybe<Scalars['String']['input']>;
  /** Why it is read into the plan, in English. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The part the body plays. */
  role?: InputMaybe<AssignmentRole>;
  /** STATED, INFERRED or DECIDED. */
  source?: InputMaybe<AssignmentSource>;
  /** The plan's clause. */
  sourceRef?: InputMaybe<Scalars['String']['input']>;
  /** The object's `version` as you read it; a stale one is a CONFLICT. */
  version: Scalars['Int']['input'];
};

/** Changes to an indicator; absent fields stay as they are. */
export type UpdateIndicatorInput = {
  /** SUM, RATIO or NONE: refused (AGGREGATION_LOCKED) once values of the indicator exist. */
  aggregation?: InputMaybe<Aggregation>;
  /** Idempotency key, echoed in the payload: a retry with the same value (by the same user) applies once and returns the first outcome. */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** The indicator's code. */
  code: Scalars['String']['input'];
  /** How it is measured, in English. */
  definition?: InputMaybe<Scalars['String']['input']>;
  /** The breakdown it is defined on. */
  disaggregation?: InputMaybe<Disaggregation>;
  /** Name in Vietnamese. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Name in English. */
  nameEn?: InputMaybe<Scalars['String']['input']>;
  /** The plan the code is of, e.g. "BK-CTDT-2021-2030"; needed only when several plans have one with this code (AMBIGUOUS_CODE). */
  planCode?: InputMaybe<Scalars['String']['input']>;
  /** The lowest level it is reported at. */
  reportingLevel?: InputMaybe<AdministrativeLevel>;
  /** Unit, e.g. "%", "hộ". */
  unit?: InputMaybe<Scalars['String']['input']>;
  /** The object's `version` as you read it; a stale one is a CONFLICT. */
  version: Scalars['Int']['input'];
};

/** A new due date for a period's reports. */
export type UpdateReportingPeriodInput = {
  /** Idempotency key, echoed in the payload: a retry with the same value (by the same user) applies once and returns the first outcome. */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** The period, e.g. "2026-H2". */
  code: Scalars['String']['input'];
  /** The day reports are now due at Ban Dân tộc tỉnh (or its successor). */
  dueDate: Scalars['Date']['input'];
  /** The decision behind the change, e.g. "Quyết định 123/QĐ-UBND ngày 01/03/2027". */
  legalBasis: Scalars['String']['input'];
  /** The object's `version` as you read it; a stale one is a CONFLICT. */
  version: Scalars['Int']['input'];
};

/** Changes to a body; absent fields stay as they are. */
export type UpdateResponsibleBodyInput = {
  /** Idempotency key, echoed in the payload: a retry with the same value (by the same user) applies once and returns the first outcome. */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** The body's code. */
  code: Scalars['String']['input'];
  /** Whether section V.7 asks it to report. */
  expectedToReport?: InputMaybe<Scalars['Boolean']['input']>;
  /** The decision behind the change, e.g. "Quyết định 123/QĐ-UBND ngày 01/03/2027". */
  legalBasis?: InputMaybe<Scalars['String']['input']>;
  /** Full name in Vietnamese. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Name in English. */
  nameEn?: InputMaybe<Scalars['String']['input']>;
  /** Where the plan names it, or why it is listed. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Short name in Vietnamese. */
  shortName?: InputMaybe<Scalars['String']['input']>;
  /** The object's `version` as you read it; a stale one is a CONFLICT. */
  version: Scalars['Int']['input'];
};

/** Changes to a task; absent fields stay as they are. */
export type UpdateTaskInput = {
  /** Idempotency key, echoed in the payload: a retry with the same value (by the same user) applies once and returns the first outcome. */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** The task's code. */
  code: Scalars['String']['input'];
  /** The decision behind the change, e.g. "Quyết định 123/QĐ-UBND ngày 01/03/2027". */
  legalBasis?: InputMaybe<Scalars['String']['input']>;
  /** The plan the code is of, e.g. "BK-CTDT-2021-2030"; needed only when several plans have one with this code (AMBIGUOUS_CODE). */
  planCode?: InputMaybe<Scalars['String']['input']>;
  /** The field of public action. */
  sector?: InputMaybe<Sector>;
  /** Full text, in Vietnamese. */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Short title in Vietnamese. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Short title in English. */
  titleEn?: InputMaybe<Scalars['String']['input']>;
  /** The object's `version` as you read it; a stale one is a CONFLICT. */
  version: Scalars['Int']['input'];
};

/** A person or a system that calls the API with its own tokens. */
export type User = Node & {
  __typename?: 'User';
  /** The user's tokens, revoked ones included. Visible to the user and to an ADMIN. */
  apiTokens: Array<ApiToken>;
  /** The body a REPORTER writes for. */
  body?: Maybe<ResponsibleBody>;
  /** When the user was added. */
  createdAt: Scalars['DateTime']['output'];
  /** Globally unique opaque ID of this object. */
  id: Scalars['ID']['output'];
  /** Unique login name, e.g. "ubnd-ba-be" or "bi-dashboard". */
  login: Scalars['String']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
  /** What the user may read and write: ADMIN, REPORTER, SUPERVISOR or VIEWER. */
  role: Role;
};

/** A page of users. */
export type UserConnection = {
  __typename?: 'UserConnection';
  /** The edges of this page. */
  edges: Array<UserEdge>;
  /** The nodes of this page, without cursors. */
  nodes: Array<User>;
  /** Information to fetch the next or previous page. */
  pageInfo: PageInfo;
  /** How many items the whole list holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a User connection. */
export type UserEdge = {
  __typename?: 'UserEdge';
  /** Opaque cursor of this edge, for `after` and `before`. */
  cursor: Scalars['String']['output'];
  /** The User at the end of the edge. */
  node: User;
};

/** A problem with the input that the caller can fix. Nothing was changed. */
export type UserError = {
  __typename?: 'UserError';
  /** What is wrong, for programs to act on. */
  code: UserErrorCode;
  /** For ALREADY_EXISTS: the global ID of the existing object. */
  existingId?: Maybe<Scalars['String']['output']>;
  /** Path to the input field at fault, e.g. ["input", "values", "3", "numerator"]. */
  field: Array<Scalars['String']['output']>;
  /** What is wrong and, where it helps, what to send instead; in English, for people. */
  message: Scalars['String']['output'];
};

/** Why a mutation did not apply: a problem with the input that the caller can fix. */
export const UserErrorCode = {
  /** An indicator's aggregation cannot change once values of it exist: the figures already built from them would change meaning. */
  AGGREGATION_LOCKED: 'AGGREGATION_LOCKED',
  /** The object already exists; `existingId` names it where there is one. */
  ALREADY_EXISTS: 'ALREADY_EXISTS',
  /** Several plans have an object with this code: name the plan (`planCode`). */
  AMBIGUOUS_CODE: 'AMBIGUOUS_CODE',
  /** A required text is empty. */
  BLANK: 'BLANK',
  /** The body did not exist on the period's last day: reports for it come from the bodies in force then (the message names them). */
  BODY_NOT_IN_FORCE: 'BODY_NOT_IN_FORCE',
  /** The object changed since the `version` you sent: read it again, then retry. */
  CONFLICT: 'CONFLICT',
  /** The same indicator, unit, sex and ethnic group appear twice in one request. */
  DUPLICATE_VALUE: 'DUPLICATE_VALUE',
  /** A count (or a numerator, denominator) that is not a whole number. */
  FRACTIONAL_COUNT: 'FRACTIONAL_COUNT',
  /** The `clientMutationId` was used before for a different request. */
  IDEMPOTENCY_KEY_REUSED: 'IDEMPOTENCY_KEY_REUSED',
  /** Any other input the rules refuse; the message says which. */
  INVALID: 'INVALID',
  /** The report's status does not allow this step. */
  INVALID_TRANSITION: 'INVALID_TRANSITION',
  /** The indicator is not reported at this unit's level. */
  LEVEL_NOT_REPORTABLE: 'LEVEL_NOT_REPORTABLE',
  /** A count (or a numerator, denominator) below zero. */
  NEGATIVE_COUNT: 'NEGATIVE_COUNT',
  /** No ACCEPTED report exists for the period. */
  NOTHING_TO_CONSOLIDATE: 'NOTHING_TO_CONSOLIDATE',
  /** A SUBMITTED or ACCEPTED report cannot be changed, nor a duty that has ended. */
  NOT_EDITABLE: 'NOT_EDITABLE',
  /** Section V.7 does not ask this body to report. */
  NOT_EXPECTED_TO_REPORT: 'NOT_EXPECTED_TO_REPORT',
  /** An ID or code names nothing (or nothing of the expected type). */
  NOT_FOUND: 'NOT_FOUND',
  /** A share's numerator is larger than its denominator. */
  NUMERATOR_EXCEEDS_DENOMINATOR: 'NUMERATOR_EXCEEDS_DENOMINATOR',
  /** A number that is not finite or larger than 10^12 in size. */
  OUT_OF_RANGE: 'OUT_OF_RANGE',
  /** A percentage outside 0-100. */
  PERCENT_OUT_OF_RANGE: 'PERCENT_OUT_OF_RANGE',
  /** RATIO indicators need `numerator` and `denominator`, so that the province can add them up. */
  RATIO_PARTS_REQUIRED: 'RATIO_PARTS_REQUIRED',
  /** A text is longer than allowed. */
  TOO_LONG: 'TOO_LONG',
  /** Too many items in one request. */
  TOO_MANY: 'TOO_MANY',
  /** No unit had this code on the period's last day (its data cut-off): the message names the unit that took its area. */
  UNIT_NOT_IN_FORCE: 'UNIT_NOT_IN_FORCE',
  /** The unit lies outside the area of the reporting body. */
  UNIT_OUTSIDE_AREA: 'UNIT_OUTSIDE_AREA',
  /** The `value` sent does not equal numerator / denominator x 100. */
  VALUE_MISMATCH: 'VALUE_MISMATCH',
  /** A value of a SUM or NONE indicator needs `value`. */
  VALUE_REQUIRED: 'VALUE_REQUIRED',
  /** A share with a denominator of zero. */
  ZERO_DENOMINATOR: 'ZERO_DENOMINATOR'
} as const;

export type UserErrorCode = typeof UserErrorCode[keyof typeof UserErrorCode];