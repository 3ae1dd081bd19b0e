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
};

export type AdministrativeLevel =
  /** Commune level: xã, phường, thị trấn. */
  | 'COMMUNE'
  /** District level: huyện, thị xã, thành phố thuộc tỉnh (abolished on 1 July 2025). */
  | 'DISTRICT'
  /** Tỉnh. */
  | 'PROVINCE';

/** A province, district or commune, with the dates it existed in this form (GSO codes are reused after mergers). */
export type AdministrativeUnit = Node & {
  __typename?: 'AdministrativeUnit';
  /** Units directly under this one. */
  children: AdministrativeUnitConnection;
  /** GSO code with leading zeros: 2 digits for a province, 3 for a district, 5 for a commune. */
  code: Scalars['String']['output'];
  /** Globally unique opaque ID of this object. */
  id: Scalars['ID']['output'];
  level: AdministrativeLevel;
  /** Full official name with its type, e.g. "Xã Bằng Thành". */
  name: Scalars['String']['output'];
  /** The unit this one belongs to. */
  parent?: Maybe<AdministrativeUnit>;
  /** Type of unit as the GSO list writes it: Tỉnh, Thành phố, Huyện, Xã, Phường, Thị trấn. */
  unitType: Scalars['String']['output'];
  /** First day the unit existed in this form, where the sources record it; null when it predates them. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** Last day the unit existed in this form; null while it exists. */
  validTo?: Maybe<Scalars['Date']['output']>;
};


/** A province, district or commune, with the dates it existed in this form (GSO codes are reused after mergers). */
export type AdministrativeUnitChildrenArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
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
  level?: InputMaybe<AdministrativeLevel>;
  /** Only the direct children of the unit with this GSO code. */
  parentCode?: InputMaybe<Scalars['String']['input']>;
  /** Part of the name or code, ignoring case and diacritics ("bang thanh" finds "Xã Bằng Thành"). */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** How district values roll up to the province. */
export type Aggregation =
  /** Does not add up: the province reports it itself (indices, levels, growth rates). */
  | 'NONE'
  /** Sum of numerators over sum of denominators; never an average of percentages. */
  | 'RATIO'
  /** Counts add up. */
  | 'SUM';

/** A duty of a body: on one task, or on the whole plan when `task` is null (most of section V). */
export type Assignment = Node & {
  __typename?: 'Assignment';
  body: ResponsibleBody;
  /** The duty in Vietnamese: the plan's own words when STATED. */
  duty: Scalars['String']['output'];
  /** Globally unique opaque ID of this object. */
  id: Scalars['ID']['output'];
  /** Why this assignment was read into the plan, in English. */
  note?: Maybe<Scalars['String']['output']>;
  role: AssignmentRole;
  source: AssignmentSource;
  /** Clause of the plan that states it, e.g. "V.2". */
  sourceRef?: Maybe<Scalars['String']['output']>;
  /** The task; null when the duty covers the whole plan. */
  task?: Maybe<Task>;
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
  role?: InputMaybe<AssignmentRole>;
  source?: InputMaybe<AssignmentSource>;
  /** true: only duties on the whole plan (no task); false: only duties on a task. */
  wholePlan?: InputMaybe<Scalars['Boolean']['input']>;
};

export type AssignmentRole =
  /** Phối hợp: works with the lead. */
  | 'COORDINATE'
  /** Allocates or appraises the money. */
  | 'FUND'
  /** Chủ trì: leads and answers for the task. */
  | 'LEAD'
  /** Sends periodic reports (section V.7). */
  | 'REPORT'
  /** Giám sát, phản biện xã hội. */
  | 'SUPERVISE';

export type AssignmentSource =
  /** A reading of the plan, e.g. education tasks to the Department of Education (see `note`). */
  | 'INFERRED'
  /** The plan's text says it (see `sourceRef`). */
  | 'STATED';

export type BodyKind =
  /** A provincial department (sở) or equivalent sector body. */
  | 'DEPARTMENT'
  /** Ủy ban nhân dân of a district or city, bound to its administrative unit. */
  | 'DISTRICT_PEOPLES_COMMITTEE'
  /** Vietnam Fatherland Front: supervision and social critique. */
  | 'FRONT'
  /** A national body the province reports to. */
  | 'NATIONAL_AGENCY'
  /** A provincial agency other than a department (e.g. Ban Dân tộc tỉnh). */
  | 'PROVINCIAL_AGENCY'
  /** Ủy ban nhân dân tỉnh: issues the plan, receives consolidated reports. */
  | 'PROVINCIAL_PEOPLES_COMMITTEE';

/** How a target compares, as the plan words it. */
export type Comparator =
  /** "từ X đến Y", "X-Y": from `value` to `valueMax`, inclusive. */
  | 'BETWEEN'
  /** Exactly `value`. */
  | 'EQ'
  /** "trên": more than `value`. */
  | 'GT'
  /** "ít nhất", "tối thiểu", "trở lên", or a bare level to reach: at least `value`. */
  | 'GTE'
  /** "dưới", "xuống dưới": below `value`. */
  | 'LT'
  /** At most `value`. */
  | 'LTE'
  /** "duy trì": keep at `value` (or above) throughout. */
  | 'MAINTAIN';

/** A breakdown an indicator is defined on (e.g. the female share of trained workers is by SEX). */
export type Disaggregation =
  | 'AGE_GROUP'
  | 'ETHNIC_GROUP'
  | 'SEX';

/** A measurable quantity the plan sets targets on (chỉ tiêu). One bullet of the plan often holds several indicators. */
export type Indicator = Node & {
  __typename?: 'Indicator';
  aggregation: Aggregation;
  /** Indicators that break this one down (its `parent` is this one). */
  breakdowns: IndicatorConnection;
  /** Stable code of the indicator in this API, e.g. "households-production-land". */
  code: Scalars['String']['output'];
  /** How it is measured, in English, where the plan leaves it implicit. */
  definition?: Maybe<Scalars['String']['output']>;
  /** The breakdown this indicator is defined on, if any. */
  disaggregation?: Maybe<Disaggregation>;
  /** Globally unique opaque ID of this object. */
  id: Scalars['ID']['output'];
  measureKind: MeasureKind;
  /** Name in Vietnamese. */
  name: Scalars['String']['output'];
  /** Name in English. */
  nameEn?: Maybe<Scalars['String']['output']>;
  /** The objective bullet that first states this indicator. */
  objective: Objective;
  /** For a share within a share ("trong đó ít nhất 50% là lao động nữ"): the indicator it breaks down. */
  parent?: Maybe<Indicator>;
  /** Lowest administrative level at which values are reported (PROVINCE for indicators that do not roll up). */
  reportingLevel: AdministrativeLevel;
  /** Targets by year (2025, 2030, 2045), earliest first. */
  targets: Array<Target>;
  /** Tasks that serve this indicator. */
  tasks: TaskConnection;
  /** Unit as the plan writes it, e.g. "%", "hộ", "lần", "tuổi". */
  unit: Scalars['String']['output'];
};


/** A measurable quantity the plan sets targets on (chỉ tiêu). One bullet of the plan often holds several indicators. */
export type IndicatorBreakdownsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
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
  aggregation?: InputMaybe<Aggregation>;
  /** Only indicators served by a task this body is assigned to. */
  bodyCode?: InputMaybe<Scalars['String']['input']>;
  /** Only indicators with a target for this year (2025, 2030 or 2045). */
  horizonYear?: InputMaybe<Scalars['Int']['input']>;
  measureKind?: InputMaybe<MeasureKind>;
  /** Only indicators with a target stated under an objective of this kind. */
  objectiveKind?: InputMaybe<ObjectiveKind>;
  /** Part of the code or name (Vietnamese or English), ignoring case and diacritics. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only indicators served by this task or one of its sub-items. */
  taskCode?: InputMaybe<Scalars['String']['input']>;
};

/** A reported value of an indicator for an administrative unit, optionally for one sex or ethnic group. */
export type IndicatorValue = Node & {
  __typename?: 'IndicatorValue';
  /** Denominator of a ratio indicator. */
  denominator?: Maybe<Scalars['Float']['output']>;
  /** Set when the value is for one ethnic group only (e.g. "Tày", "Dao"). */
  ethnicGroup?: Maybe<Scalars['String']['output']>;
  /** Globally unique opaque ID of this object. */
  id: Scalars['ID']['output'];
  /** Numerator of a ratio indicator. */
  numerator?: Maybe<Scalars['Float']['output']>;
  /** Set when the value is for one sex only. */
  sex?: Maybe<Sex>;
  /** The value in the indicator's unit (for RATIO indicators: numerator / denominator x 100). */
  value?: Maybe<Scalars['Float']['output']>;
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
export type MeasureKind =
  /** Change per year, in percentage points or percent per year. */
  | 'ANNUAL_CHANGE'
  /** A count to reach, cumulative from the plan's start (e.g. households supported). */
  | 'COUNT'
  /** An index or level reported at province level (HDI, life expectancy, growth rate). */
  | 'LEVEL'
  /** Value divided by a baseline year's value (e.g. income 2x that of 2020). */
  | 'MULTIPLE_OF_BASELINE'
  /** A share: numerator / denominator x 100 (units, households or people). */
  | 'PERCENT'
  /** Ratio of a provincial figure to the national average (e.g. at least 1/2). */
  | 'RATIO_TO_NATIONAL';

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
  kind: ObjectiveKind;
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
  horizonYear?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<ObjectiveKind>;
};

/** Section II of the plan: general objectives (II.1), specific objectives by 2025 and 2030 (II.2), vision to 2045 (II.3). */
export type ObjectiveKind =
  /** Mục tiêu tổng quát (II.1). */
  | 'GENERAL'
  /** Mục tiêu cụ thể (II.2.a by 2025, II.2.b by 2030). */
  | 'SPECIFIC'
  /** Tầm nhìn đến năm 2045 (II.3). */
  | 'VISION';

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

/** Section V.7: reports every 6 months and every year. */
export type PeriodKind =
  /** A half-year (6 tháng). */
  | 'HALF_YEAR'
  /** A whole year (hằng năm). */
  | 'YEAR';

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
  /** Title as issued, in Vietnamese. */
  title: Scalars['String']['output'];
  /** English title. */
  titleEn?: Maybe<Scalars['String']['output']>;
  /** Year of the long-term vision. */
  visionYear: Scalars['Int']['output'];
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

export type Query = {
  __typename?: 'Query';
  /** The unit with this GSO code (the one in force when codes were reused), or null. */
  administrativeUnit?: Maybe<AdministrativeUnit>;
  /** Bắc Kạn province, its districts and communes. */
  administrativeUnits: AdministrativeUnitConnection;
  /** The indicator with this code, or null. */
  indicator?: Maybe<Indicator>;
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
  /** The period with this code (e.g. "2024-H1", "2024"), or null. */
  reportingPeriod?: Maybe<ReportingPeriod>;
  /** Half-years and years from 2022 to 2030, in time order. */
  reportingPeriods: ReportingPeriodConnection;
  /** Bodies named in section V and the departments the tasks fall to. */
  responsibleBodies: ResponsibleBodyConnection;
  /** The body with this code (e.g. "BDT", "UBND-064"), or null. */
  responsibleBody?: Maybe<ResponsibleBody>;
  /** The task with this code (e.g. "III.1.đ"), or null. */
  task?: Maybe<Task>;
  /** Tasks and solutions of sections III and IV, in document order. */
  tasks: TaskConnection;
};


export type QueryAdministrativeUnitArgs = {
  code: Scalars['String']['input'];
};


export type QueryAdministrativeUnitsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AdministrativeUnitFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryIndicatorArgs = {
  code: Scalars['String']['input'];
};


export type QueryIndicatorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<IndicatorFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QueryObjectiveArgs = {
  code: Scalars['String']['input'];
};


export type QueryObjectivesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ObjectiveFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPlanArgs = {
  code: Scalars['String']['input'];
};


export type QueryPlansArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryReportingPeriodArgs = {
  code: Scalars['String']['input'];
};


export type QueryReportingPeriodsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ReportingPeriodFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryResponsibleBodiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ResponsibleBodyFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryResponsibleBodyArgs = {
  code: Scalars['String']['input'];
};


export type QueryTaskArgs = {
  code: Scalars['String']['input'];
};


export type QueryTasksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TaskFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** One body's report for one period (section V.7). */
export type Report = Node & {
  __typename?: 'Report';
  createdAt: Scalars['DateTime']['output'];
  /** Globally unique opaque ID of this object. */
  id: Scalars['ID']['output'];
  status: ReportStatus;
  submittedAt?: Maybe<Scalars['DateTime']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  /** Increases with every change; writes must quote it. */
  version: Scalars['Int']['output'];
};

/** Where a report is in its review. */
export type ReportStatus =
  | 'ACCEPTED'
  | 'DRAFT'
  | 'RETURNED'
  | 'SUBMITTED';

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
  /** Globally unique opaque ID of this object. */
  id: Scalars['ID']['output'];
  kind: PeriodKind;
  /** Name in Vietnamese, e.g. "6 tháng đầu năm 2024". */
  name: Scalars['String']['output'];
  /** First day of the data window. */
  startDate: Scalars['Date']['output'];
  year: Scalars['Int']['output'];
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
  kind?: InputMaybe<PeriodKind>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** An authority that carries out, funds, supervises or reports on the plan. */
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
  /** Globally unique opaque ID of this object. */
  id: Scalars['ID']['output'];
  kind: BodyKind;
  /** Full name in Vietnamese. */
  name: Scalars['String']['output'];
  /** Name in English. */
  nameEn?: Maybe<Scalars['String']['output']>;
  /** Where the plan names this body, or why it is listed. */
  note?: Maybe<Scalars['String']['output']>;
  /** Short name in Vietnamese, as the plan writes it. */
  shortName: Scalars['String']['output'];
};


/** An authority that carries out, funds, supervises or reports on the plan. */
export type ResponsibleBodyAssignmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AssignmentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
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
  /** Only bodies that must (true) or need not (false) send periodic reports. */
  expectedToReport?: InputMaybe<Scalars['Boolean']['input']>;
  kind?: InputMaybe<BodyKind>;
  /** Part of the code or name (Vietnamese or English), ignoring case and diacritics. */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** Field of public action a task belongs to. */
export type Sector =
  | 'AGRICULTURE_FORESTRY'
  | 'COMMUNICATION'
  | 'CULTURE'
  | 'DEFENCE_SECURITY'
  | 'DIGITAL_TRANSFORMATION'
  | 'ECONOMY'
  | 'EDUCATION'
  | 'FINANCE'
  | 'FOREIGN_AFFAIRS'
  | 'GOVERNANCE'
  | 'HEALTH_POPULATION'
  | 'HUMAN_RESOURCES'
  | 'INDUSTRY_CONSTRUCTION'
  | 'INFRASTRUCTURE'
  | 'POLICY'
  | 'POLITICAL_SYSTEM'
  | 'SCIENCE_TECHNOLOGY'
  | 'TRADE_SERVICES_TOURISM';

export type Sex =
  | 'FEMALE'
  | 'MALE';

/** A number the plan sets for an indicator by a year, with its comparator. */
export type Target = Node & {
  __typename?: 'Target';
  /** Baseline value the target is measured against, where the plan gives one. */
  baselineValue?: Maybe<Scalars['Float']['output']>;
  /** Year of the baseline (e.g. 2020 for "so với năm 2020"). */
  baselineYear?: Maybe<Scalars['Int']['output']>;
  comparator: Comparator;
  /** Globally unique opaque ID of this object. */
  id: Scalars['ID']['output'];
  indicator: Indicator;
  /** The objective bullet whose text states this target. */
  objective: Objective;
  /** The words of the plan that state this target, in Vietnamese. */
  text: Scalars['String']['output'];
  /** The target value (the lower bound for BETWEEN), in the indicator's unit. */
  value: Scalars['Float']['output'];
  /** Upper bound for BETWEEN. */
  valueMax?: Maybe<Scalars['Float']['output']>;
  /** Year by which the target applies (2025, 2030 or 2045). */
  year: Scalars['Int']['output'];
};

/** A task or solution of the plan (sections III and IV), with its sub-items as children. */
export type Task = Node & {
  __typename?: 'Task';
  /** Who leads, coordinates, funds or supervises this task. */
  assignments: AssignmentConnection;
  /** Sub-items, in document order. */
  children: TaskConnection;
  /** The document's code, e.g. "III.1.đ", "III.2.b.1.2", "IV.3". Sub-items are numbered in document order. */
  code: Scalars['String']['output'];
  /** Globally unique opaque ID of this object. */
  id: Scalars['ID']['output'];
  /** Indicators this task serves directly. */
  indicators: IndicatorConnection;
  kind: TaskKind;
  /** The item this sub-item belongs to; null at top level. */
  parent?: Maybe<Task>;
  plan: Plan;
  sector?: Maybe<Sector>;
  /** Full text of the item, in Vietnamese. */
  text: Scalars['String']['output'];
  /** Short title in Vietnamese. */
  title: Scalars['String']['output'];
  /** Short title in English. */
  titleEn?: Maybe<Scalars['String']['output']>;
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
  kind?: InputMaybe<TaskKind>;
  /** Only the direct sub-items of the task with this code. */
  parentCode?: InputMaybe<Scalars['String']['input']>;
  /** Only tasks with an assignment in this role (of `bodyCode`, when given). */
  role?: InputMaybe<AssignmentRole>;
  /** Part of the code, title or text, ignoring case and diacritics. */
  search?: InputMaybe<Scalars['String']['input']>;
  sector?: InputMaybe<Sector>;
  /** true: only top-level items (III.1.a, III.2.b, IV.3...); false: only sub-items. */
  topLevel?: InputMaybe<Scalars['Boolean']['input']>;
};

export type TaskKind =
  /** Nhiệm vụ đột phá (section III.1, items a-g). */
  | 'BREAKTHROUGH'
  /** Nhiệm vụ chủ yếu (section III.2, items a-h and their sector sub-items). */
  | 'MAIN'
  /** Giải pháp thực hiện (section IV, items 1-5). */
  | 'SOLUTION';
