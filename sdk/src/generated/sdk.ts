// GENERATED FILE: DO NOT EDIT. Run `npm run codegen` (codegen.yml) after `npm run schema:emit` or a change in sdk/operations.
import type { GraphqlClient, PaginateOptions, RequestOptions } from '../client.js';
import type {
  AcceptReportMutation,
  AcceptReportMutationVariables,
  AddObstacleMutation,
  AddObstacleMutationVariables,
  AddReportCommentMutation,
  AddReportCommentMutationVariables,
  AdministrativeUnitQuery,
  AdministrativeUnitQueryVariables,
  AdministrativeUnitsQuery,
  AdministrativeUnitsQueryVariables,
  AnalyticsQuery,
  AnalyticsQueryVariables,
  CatalogueHistoryQuery,
  CatalogueHistoryQueryVariables,
  ConsolidatePeriodMutation,
  ConsolidatePeriodMutationVariables,
  CreateApiTokenMutation,
  CreateApiTokenMutationVariables,
  CreateAssignmentMutation,
  CreateAssignmentMutationVariables,
  CreateIndicatorMutation,
  CreateIndicatorMutationVariables,
  CreateReportMutation,
  CreateReportMutationVariables,
  CreateReportingPeriodMutation,
  CreateReportingPeriodMutationVariables,
  CreateResponsibleBodyMutation,
  CreateResponsibleBodyMutationVariables,
  CreateTaskMutation,
  CreateTaskMutationVariables,
  CreateUserMutation,
  CreateUserMutationVariables,
  EndAssignmentMutation,
  EndAssignmentMutationVariables,
  IndicatorProgressQuery,
  IndicatorProgressQueryVariables,
  IndicatorQuery,
  IndicatorQueryVariables,
  IndicatorRollupQuery,
  IndicatorRollupQueryVariables,
  IndicatorTargetsQuery,
  IndicatorTargetsQueryVariables,
  IndicatorValuesQuery,
  IndicatorValuesQueryVariables,
  IndicatorsQuery,
  IndicatorsQueryVariables,
  ObjectiveQuery,
  ObjectiveQueryVariables,
  ObjectivesQuery,
  ObjectivesQueryVariables,
  PlanTerritoryQuery,
  PlanTerritoryQueryVariables,
  PlansQuery,
  PlansQueryVariables,
  ProgressDashboardQuery,
  ProgressDashboardQueryVariables,
  RateLimitQuery,
  RateLimitQueryVariables,
  RecordBodySuccessionMutation,
  RecordBodySuccessionMutationVariables,
  ReportHistoryQuery,
  ReportHistoryQueryVariables,
  ReportQuery,
  ReportQueryVariables,
  ReportingPeriodQuery,
  ReportingPeriodQueryVariables,
  ReportingPeriodsQuery,
  ReportingPeriodsQueryVariables,
  ReportingStatusQuery,
  ReportingStatusQueryVariables,
  ReportsQuery,
  ReportsQueryVariables,
  ResponsibleBodiesQuery,
  ResponsibleBodiesQueryVariables,
  ResponsibleBodyQuery,
  ResponsibleBodyQueryVariables,
  ReturnReportMutation,
  ReturnReportMutationVariables,
  ReviseTargetMutation,
  ReviseTargetMutationVariables,
  RevokeApiTokenMutation,
  RevokeApiTokenMutationVariables,
  SetIndicatorValuesMutation,
  SetIndicatorValuesMutationVariables,
  SetTaskProgressMutation,
  SetTaskProgressMutationVariables,
  SubmitReportMutation,
  SubmitReportMutationVariables,
  TaskQuery,
  TaskQueryVariables,
  TasksQuery,
  TasksQueryVariables,
  UpdateAssignmentMutation,
  UpdateAssignmentMutationVariables,
  UpdateIndicatorMutation,
  UpdateIndicatorMutationVariables,
  UpdateReportingPeriodMutation,
  UpdateReportingPeriodMutationVariables,
  UpdateResponsibleBodyMutation,
  UpdateResponsibleBodyMutationVariables,
  UpdateTaskMutation,
  UpdateTaskMutationVariables,
  UsersQuery,
  UsersQueryVariables,
  ViewerQuery,
  ViewerQueryVariables,
} from './graphql.js';

/** The text of the mutation AcceptReport, with its fragments. */
export const AcceptReportMutationText = "mutation AcceptReport($input: AcceptReportInput!) {\n  acceptReport(input: $input) {\n    clientMutationId\n    report {\n      ...ReportFields\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}\n\nfragment ReportFields on Report {\n  id\n  kind\n  status\n  version\n  editable\n  late\n  submittedAt\n  firstSubmittedAt\n  returnReason\n  reviewedAt\n  createdAt\n  updatedAt\n  body {\n    code\n    shortName\n  }\n  period {\n    code\n    dueDate\n  }\n}\n\nfragment UserErrorFields on UserError {\n  field\n  message\n  code\n  existingId\n}";
/** The text of the mutation AddObstacle, with its fragments. */
export const AddObstacleMutationText = "mutation AddObstacle($input: AddObstacleInput!) {\n  addObstacle(input: $input) {\n    clientMutationId\n    report {\n      ...ReportFields\n    }\n    obstacle {\n      id\n      text\n      recommendation\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}\n\nfragment ReportFields on Report {\n  id\n  kind\n  status\n  version\n  editable\n  late\n  submittedAt\n  firstSubmittedAt\n  returnReason\n  reviewedAt\n  createdAt\n  updatedAt\n  body {\n    code\n    shortName\n  }\n  period {\n    code\n    dueDate\n  }\n}\n\nfragment UserErrorFields on UserError {\n  field\n  message\n  code\n  existingId\n}";
/** The text of the mutation AddReportComment, with its fragments. */
export const AddReportCommentMutationText = "mutation AddReportComment($input: AddReportCommentInput!) {\n  addReportComment(input: $input) {\n    clientMutationId\n    report {\n      ...ReportFields\n    }\n    comment {\n      id\n      text\n      createdAt\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}\n\nfragment ReportFields on Report {\n  id\n  kind\n  status\n  version\n  editable\n  late\n  submittedAt\n  firstSubmittedAt\n  returnReason\n  reviewedAt\n  createdAt\n  updatedAt\n  body {\n    code\n    shortName\n  }\n  period {\n    code\n    dueDate\n  }\n}\n\nfragment UserErrorFields on UserError {\n  field\n  message\n  code\n  existingId\n}";
/** The text of the query AdministrativeUnit, with its fragments. */
export const AdministrativeUnitQueryText = "query AdministrativeUnit($code: String!, $asOf: Date) {\n  administrativeUnit(code: $code, asOf: $asOf) {\n    ...UnitFields\n    parent {\n      ...UnitFields\n    }\n    children(first: 100) {\n      totalCount\n      nodes {\n        ...UnitFields\n      }\n    }\n    predecessors {\n      ...UnitChangeFields\n    }\n    successors {\n      ...UnitChangeFields\n    }\n  }\n}\n\nfragment UnitFields on AdministrativeUnit {\n  id\n  code\n  name\n  unitType\n  level\n  validFrom\n  validTo\n}\n\nfragment UnitChangeFields on AdministrativeUnitChange {\n  effectiveDate\n  legalBasis\n  whole\n  unit {\n    id\n    code\n    name\n    level\n    validFrom\n    validTo\n  }\n}";
/** The text of the query AdministrativeUnits, with its fragments. */
export const AdministrativeUnitsQueryText = "query AdministrativeUnits($filter: AdministrativeUnitFilter, $first: Int, $after: String) {\n  administrativeUnits(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    nodes {\n      ...UnitFields\n      parent {\n        code\n        name\n      }\n    }\n  }\n}\n\nfragment PageInfoFields on PageInfo {\n  hasNextPage\n  hasPreviousPage\n  startCursor\n  endCursor\n}\n\nfragment UnitFields on AdministrativeUnit {\n  id\n  code\n  name\n  unitType\n  level\n  validFrom\n  validTo\n}";
/** The text of the query Analytics, with its fragments. */
export const AnalyticsQueryText = "query Analytics($input: AnalyticsInput!) {\n  analytics(input: $input) {\n    rowCount\n    rows {\n      ...AnalyticsRowFields\n    }\n  }\n}\n\nfragment AnalyticsRowFields on AnalyticsRow {\n  indicatorCode\n  indicatorName\n  periodCode\n  unitCode\n  unitName\n  unitLevel\n  parentUnitCode\n  parentUnitName\n  sex\n  ethnicGroup\n  value\n  numerator\n  denominator\n  sourceValues\n  comparable\n  note\n  target {\n    ...TargetFields\n  }\n  status\n}\n\nfragment TargetFields on Target {\n  id\n  year\n  comparator\n  value\n  valueMax\n  baselineValue\n  baselineYear\n  text\n}";
/** The text of the query CatalogueHistory, with its fragments. */
export const CatalogueHistoryQueryText = "query CatalogueHistory($indicatorCode: String!, $planCode: String) {\n  indicator(code: $indicatorCode, planCode: $planCode) {\n    history {\n      nodes {\n        ...CatalogueChangeFields\n      }\n    }\n  }\n}\n\nfragment CatalogueChangeFields on CatalogueChange {\n  action\n  occurredAt\n  before\n  after\n  legalBasis\n  actor {\n    login\n  }\n}";
/** The text of the mutation ConsolidatePeriod, with its fragments. */
export const ConsolidatePeriodMutationText = "mutation ConsolidatePeriod($input: ConsolidatePeriodInput!) {\n  consolidatePeriod(input: $input) {\n    clientMutationId\n    sourceReports\n    changedValues\n    report {\n      ...ReportFields\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}\n\nfragment ReportFields on Report {\n  id\n  kind\n  status\n  version\n  editable\n  late\n  submittedAt\n  firstSubmittedAt\n  returnReason\n  reviewedAt\n  createdAt\n  updatedAt\n  body {\n    code\n    shortName\n  }\n  period {\n    code\n    dueDate\n  }\n}\n\nfragment UserErrorFields on UserError {\n  field\n  message\n  code\n  existingId\n}";
/** The text of the mutation CreateApiToken, with its fragments. */
export const CreateApiTokenMutationText = "mutation CreateApiToken($input: CreateApiTokenInput!) {\n  createApiToken(input: $input) {\n    clientMutationId\n    token\n    apiToken {\n      ...ApiTokenFields\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}\n\nfragment ApiTokenFields on ApiToken {\n  id\n  name\n  prefix\n  createdAt\n  expiresAt\n  revokedAt\n  lastUsedAt\n}\n\nfragment UserErrorFields on UserError {\n  field\n  message\n  code\n  existingId\n}";
/** The text of the mutation CreateAssignment, with its fragments. */
export const CreateAssignmentMutationText = "mutation CreateAssignment($input: CreateAssignmentInput!) {\n  createAssignment(input: $input) {\n    clientMutationId\n    assignment {\n      ...AssignmentFields\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}\n\nfragment AssignmentFields on Assignment {\n  id\n  version\n  key\n  role\n  duty\n  source\n  sourceRef\n  legalBasis\n  validFrom\n  validTo\n  task {\n    code\n  }\n  body {\n    code\n  }\n}\n\nfragment UserErrorFields on UserError {\n  field\n  message\n  code\n  existingId\n}";
/** The text of the mutation CreateIndicator, with its fragments. */
export const CreateIndicatorMutationText = "mutation CreateIndicator($input: CreateIndicatorInput!) {\n  createIndicator(input: $input) {\n    clientMutationId\n    indicator {\n      ...IndicatorFields\n      version\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}\n\nfragment IndicatorFields on Indicator {\n  id\n  code\n  name\n  nameEn\n  unit\n  measureKind\n  aggregation\n  reportingLevel\n  disaggregation\n  definition\n}\n\nfragment UserErrorFields on UserError {\n  field\n  message\n  code\n  existingId\n}";
/** The text of the mutation CreateReport, with its fragments. */
export const CreateReportMutationText = "mutation CreateReport($input: CreateReportInput!) {\n  createReport(input: $input) {\n    clientMutationId\n    report {\n      ...ReportFields\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}\n\nfragment ReportFields on Report {\n  id\n  kind\n  status\n  version\n  editable\n  late\n  submittedAt\n  firstSubmittedAt\n  returnReason\n  reviewedAt\n  createdAt\n  updatedAt\n  body {\n    code\n    shortName\n  }\n  period {\n    code\n    dueDate\n  }\n}\n\nfragment UserErrorFields on UserError {\n  field\n  message\n  code\n  existingId\n}";
/** The text of the mutation CreateReportingPeriod, with its fragments. */
export const CreateReportingPeriodMutationText = "mutation CreateReportingPeriod($input: CreateReportingPeriodInput!) {\n  createReportingPeriod(input: $input) {\n    clientMutationId\n    reportingPeriod {\n      ...PeriodFields\n      version\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}\n\nfragment PeriodFields on ReportingPeriod {\n  id\n  code\n  name\n  kind\n  year\n  half\n  startDate\n  endDate\n  dueDate\n}\n\nfragment UserErrorFields on UserError {\n  field\n  message\n  code\n  existingId\n}";
/** The text of the mutation CreateResponsibleBody, with its fragments. */
export const CreateResponsibleBodyMutationText = "mutation CreateResponsibleBody($input: CreateResponsibleBodyInput!) {\n  createResponsibleBody(input: $input) {\n    clientMutationId\n    responsibleBody {\n      ...BodyFields\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}\n\nfragment BodyFields on ResponsibleBody {\n  id\n  version\n  code\n  name\n  shortName\n  nameEn\n  kind\n  expectedToReport\n  namedInPlan\n  listedBecause\n  validFrom\n  validTo\n}\n\nfragment UserErrorFields on UserError {\n  field\n  message\n  code\n  existingId\n}";
/** The text of the mutation CreateTask, with its fragments. */
export const CreateTaskMutationText = "mutation CreateTask($input: CreateTaskInput!) {\n  createTask(input: $input) {\n    clientMutationId\n    task {\n      ...TaskFields\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}\n\nfragment TaskFields on Task {\n  id\n  version\n  code\n  codeSource\n  kind\n  sector\n  title\n  titleEn\n  text\n}\n\nfragment UserErrorFields on UserError {\n  field\n  message\n  code\n  existingId\n}";
/** The text of the mutation CreateUser, with its fragments. */
export const CreateUserMutationText = "mutation CreateUser($input: CreateUserInput!) {\n  createUser(input: $input) {\n    clientMutationId\n    user {\n      ...UserFields\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}\n\nfragment UserFields on User {\n  id\n  login\n  name\n  role\n  createdAt\n  body {\n    code\n  }\n}\n\nfragment UserErrorFields on UserError {\n  field\n  message\n  code\n  existingId\n}";
/** The text of the mutation EndAssignment, with its fragments. */
export const EndAssignmentMutationText = "mutation EndAssignment($input: EndAssignmentInput!) {\n  endAssignment(input: $input) {\n    clientMutationId\n    assignment {\n      ...AssignmentFields\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}\n\nfragment AssignmentFields on Assignment {\n  id\n  version\n  key\n  role\n  duty\n  source\n  sourceRef\n  legalBasis\n  validFrom\n  validTo\n  task {\n    code\n  }\n  body {\n    code\n  }\n}\n\nfragment UserErrorFields on UserError {\n  field\n  message\n  code\n  existingId\n}";
/** The text of the query Indicator, with its fragments. */
export const IndicatorQueryText = "query Indicator($code: String!, $planCode: String) {\n  indicator(code: $code, planCode: $planCode) {\n    ...IndicatorFields\n    targets {\n      ...TargetFields\n    }\n    objective {\n      code\n      kind\n      text\n    }\n    parent {\n      code\n    }\n    breakdowns {\n      nodes {\n        code\n        name\n      }\n    }\n    tasks(first: 100) {\n      nodes {\n        code\n        title\n      }\n    }\n  }\n}\n\nfragment IndicatorFields on Indicator {\n  id\n  code\n  name\n  nameEn\n  unit\n  measureKind\n  aggregation\n  reportingLevel\n  disaggregation\n  definition\n}\n\nfragment TargetFields on Target {\n  id\n  year\n  comparator\n  value\n  valueMax\n  baselineValue\n  baselineYear\n  text\n}";
/** The text of the query IndicatorProgress, with its fragments. */
export const IndicatorProgressQueryText = "query IndicatorProgress($code: String!, $planCode: String, $unitCode: String, $asOf: Date) {\n  indicator(code: $code, planCode: $planCode) {\n    code\n    name\n    unit\n    progress(unitCode: $unitCode, asOf: $asOf) {\n      ...ProgressFields\n    }\n  }\n}\n\nfragment ProgressFields on IndicatorProgress {\n  status\n  asOf\n  value\n  period {\n    code\n  }\n  baselineValue\n  baselineDate\n  baselineSource\n  expectedValue\n  target {\n    year\n    comparator\n    value\n    valueMax\n  }\n  unit {\n    code\n    name\n  }\n}";
/** The text of the query IndicatorRollup, with its fragments. */
export const IndicatorRollupQueryText = "query IndicatorRollup($code: String!, $planCode: String, $level: AdministrativeLevel, $within: String, $reportStatus: ReportStatus, $geographyAsOf: Date) {\n  indicator(code: $code, planCode: $planCode) {\n    code\n    name\n    unit\n    aggregation\n    rollup(\n      level: $level\n      within: $within\n      reportStatus: $reportStatus\n      geographyAsOf: $geographyAsOf\n    ) {\n      unit {\n        code\n        name\n        validFrom\n        validTo\n      }\n      period {\n        code\n      }\n      value\n      numerator\n      denominator\n      sourceValues\n      comparable\n      note\n    }\n  }\n}";
/** The text of the query Indicators, with its fragments. */
export const IndicatorsQueryText = "query Indicators($filter: IndicatorFilter, $first: Int, $after: String) {\n  indicators(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    nodes {\n      ...IndicatorFields\n      targets {\n        ...TargetFields\n      }\n    }\n  }\n}\n\nfragment PageInfoFields on PageInfo {\n  hasNextPage\n  hasPreviousPage\n  startCursor\n  endCursor\n}\n\nfragment IndicatorFields on Indicator {\n  id\n  code\n  name\n  nameEn\n  unit\n  measureKind\n  aggregation\n  reportingLevel\n  disaggregation\n  definition\n}\n\nfragment TargetFields on Target {\n  id\n  year\n  comparator\n  value\n  valueMax\n  baselineValue\n  baselineYear\n  text\n}";
/** The text of the query IndicatorTargets, with its fragments. */
export const IndicatorTargetsQueryText = "query IndicatorTargets($code: String!, $planCode: String, $asOf: Date) {\n  indicator(code: $code, planCode: $planCode) {\n    code\n    version\n    targets(asOf: $asOf) {\n      ...TargetFields\n      version\n      validFrom\n      revisions {\n        ...TargetRevisionFields\n      }\n    }\n  }\n}\n\nfragment TargetFields on Target {\n  id\n  year\n  comparator\n  value\n  valueMax\n  baselineValue\n  baselineYear\n  text\n}\n\nfragment TargetRevisionFields on TargetRevision {\n  comparator\n  value\n  valueMax\n  text\n  legalBasis\n  effectiveDate\n  recordedAt\n}";
/** The text of the query IndicatorValues, with its fragments. */
export const IndicatorValuesQueryText = "query IndicatorValues($filter: IndicatorValueFilter, $first: Int, $after: String) {\n  indicatorValues(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    nodes {\n      ...IndicatorValueRow\n    }\n  }\n}\n\nfragment PageInfoFields on PageInfo {\n  hasNextPage\n  hasPreviousPage\n  startCursor\n  endCursor\n}\n\nfragment IndicatorValueRow on IndicatorValue {\n  id\n  indicatorCode\n  indicatorName\n  unitCode\n  unitName\n  unitLevel\n  parentUnitCode\n  parentUnitName\n  periodCode\n  bodyCode\n  reportStatus\n  sex\n  ethnicGroup\n  value\n  numerator\n  denominator\n  updatedAt\n}";
/** The text of the query Objective, with its fragments. */
export const ObjectiveQueryText = "query Objective($code: String!, $planCode: String) {\n  objective(code: $code, planCode: $planCode) {\n    id\n    code\n    kind\n    horizonYear\n    text\n    textEn\n    indicators(first: 100) {\n      nodes {\n        ...IndicatorFields\n        targets {\n          ...TargetFields\n        }\n      }\n    }\n  }\n}\n\nfragment IndicatorFields on Indicator {\n  id\n  code\n  name\n  nameEn\n  unit\n  measureKind\n  aggregation\n  reportingLevel\n  disaggregation\n  definition\n}\n\nfragment TargetFields on Target {\n  id\n  year\n  comparator\n  value\n  valueMax\n  baselineValue\n  baselineYear\n  text\n}";
/** The text of the query Objectives, with its fragments. */
export const ObjectivesQueryText = "query Objectives($filter: ObjectiveFilter, $first: Int, $after: String) {\n  objectives(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    nodes {\n      id\n      code\n      kind\n      horizonYear\n      text\n      textEn\n    }\n  }\n}\n\nfragment PageInfoFields on PageInfo {\n  hasNextPage\n  hasPreviousPage\n  startCursor\n  endCursor\n}";
/** The text of the query Plans, with its fragments. */
export const PlansQueryText = "query Plans {\n  plans {\n    nodes {\n      id\n      code\n      title\n      titleEn\n      issuer\n      issuedIn\n      startYear\n      endYear\n      visionYear\n      legalBases {\n        code\n        documentType\n        issuer\n        issuedOn\n        title\n        titleEn\n      }\n    }\n  }\n}";
/** The text of the query PlanTerritory, with its fragments. */
export const PlanTerritoryQueryText = "query PlanTerritory($code: String!, $asOf: Date, $first: Int, $after: String) {\n  plan(code: $code) {\n    code\n    territory(asOf: $asOf, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      nodes {\n        ...UnitFields\n      }\n    }\n  }\n}\n\nfragment PageInfoFields on PageInfo {\n  hasNextPage\n  hasPreviousPage\n  startCursor\n  endCursor\n}\n\nfragment UnitFields on AdministrativeUnit {\n  id\n  code\n  name\n  unitType\n  level\n  validFrom\n  validTo\n}";
/** The text of the query ProgressDashboard, with its fragments. */
export const ProgressDashboardQueryText = "query ProgressDashboard($unitCode: String, $asOf: Date, $filter: IndicatorFilter, $first: Int, $after: String) {\n  indicators(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    nodes {\n      code\n      name\n      nameEn\n      unit\n      measureKind\n      aggregation\n      targets {\n        ...TargetFields\n      }\n      progress(unitCode: $unitCode, asOf: $asOf) {\n        ...ProgressFields\n      }\n    }\n  }\n}\n\nfragment PageInfoFields on PageInfo {\n  hasNextPage\n  hasPreviousPage\n  startCursor\n  endCursor\n}\n\nfragment TargetFields on Target {\n  id\n  year\n  comparator\n  value\n  valueMax\n  baselineValue\n  baselineYear\n  text\n}\n\nfragment ProgressFields on IndicatorProgress {\n  status\n  asOf\n  value\n  period {\n    code\n  }\n  baselineValue\n  baselineDate\n  baselineSource\n  expectedValue\n  target {\n    year\n    comparator\n    value\n    valueMax\n  }\n  unit {\n    code\n    name\n  }\n}";
/** The text of the query RateLimit, with its fragments. */
export const RateLimitQueryText = "query RateLimit {\n  rateLimit {\n    limit\n    cost\n    nodeCount\n    used\n    remaining\n    resetAt\n  }\n}";
/** The text of the mutation RecordBodySuccession, with its fragments. */
export const RecordBodySuccessionMutationText = "mutation RecordBodySuccession($input: RecordBodySuccessionInput!) {\n  recordBodySuccession(input: $input) {\n    clientMutationId\n    responsibleBody {\n      ...BodyFields\n      predecessors {\n        ...BodyChangeFields\n      }\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}\n\nfragment BodyFields on ResponsibleBody {\n  id\n  version\n  code\n  name\n  shortName\n  nameEn\n  kind\n  expectedToReport\n  namedInPlan\n  listedBecause\n  validFrom\n  validTo\n}\n\nfragment BodyChangeFields on ResponsibleBodyChange {\n  effectiveDate\n  legalBasis\n  note\n  inferred\n  whole\n  body {\n    id\n    code\n    name\n    validFrom\n    validTo\n  }\n}\n\nfragment UserErrorFields on UserError {\n  field\n  message\n  code\n  existingId\n}";
/** The text of the query Report, with its fragments. */
export const ReportQueryText = "query Report($id: ID!) {\n  node(id: $id) {\n    ... on Report {\n      ...ReportFields\n      reviewedBy {\n        login\n        name\n      }\n      values(first: 100) {\n        totalCount\n        nodes {\n          ...IndicatorValueRow\n        }\n      }\n      taskProgress(first: 100) {\n        nodes {\n          status\n          narrative\n          updatedAt\n          task {\n            code\n            title\n          }\n        }\n      }\n      obstacles(first: 100) {\n        nodes {\n          id\n          text\n          recommendation\n          createdAt\n          task {\n            code\n          }\n        }\n      }\n      comments(first: 100) {\n        nodes {\n          id\n          text\n          createdAt\n          author {\n            login\n            name\n          }\n        }\n      }\n    }\n  }\n}\n\nfragment ReportFields on Report {\n  id\n  kind\n  status\n  version\n  editable\n  late\n  submittedAt\n  firstSubmittedAt\n  returnReason\n  reviewedAt\n  createdAt\n  updatedAt\n  body {\n    code\n    shortName\n  }\n  period {\n    code\n    dueDate\n  }\n}\n\nfragment IndicatorValueRow on IndicatorValue {\n  id\n  indicatorCode\n  indicatorName\n  unitCode\n  unitName\n  unitLevel\n  parentUnitCode\n  parentUnitName\n  periodCode\n  bodyCode\n  reportStatus\n  sex\n  ethnicGroup\n  value\n  numerator\n  denominator\n  updatedAt\n}";
/** The text of the query ReportHistory, with its fragments. */
export const ReportHistoryQueryText = "query ReportHistory($id: ID!, $first: Int, $after: String) {\n  node(id: $id) {\n    ... on Report {\n      id\n      history(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          ...PageInfoFields\n        }\n        nodes {\n          ...ChangeRecordFields\n          indicatorValue {\n            indicatorCode\n            unitCode\n          }\n        }\n      }\n    }\n  }\n}\n\nfragment PageInfoFields on PageInfo {\n  hasNextPage\n  hasPreviousPage\n  startCursor\n  endCursor\n}\n\nfragment ChangeRecordFields on ChangeRecord {\n  id\n  action\n  occurredAt\n  before\n  after\n  actor {\n    login\n    name\n  }\n}";
/** The text of the query ReportingPeriod, with its fragments. */
export const ReportingPeriodQueryText = "query ReportingPeriod($code: String!) {\n  reportingPeriod(code: $code) {\n    ...PeriodFields\n  }\n}\n\nfragment PeriodFields on ReportingPeriod {\n  id\n  code\n  name\n  kind\n  year\n  half\n  startDate\n  endDate\n  dueDate\n}";
/** The text of the query ReportingPeriods, with its fragments. */
export const ReportingPeriodsQueryText = "query ReportingPeriods($filter: ReportingPeriodFilter, $first: Int, $after: String) {\n  reportingPeriods(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    nodes {\n      ...PeriodFields\n    }\n  }\n}\n\nfragment PageInfoFields on PageInfo {\n  hasNextPage\n  hasPreviousPage\n  startCursor\n  endCursor\n}\n\nfragment PeriodFields on ReportingPeriod {\n  id\n  code\n  name\n  kind\n  year\n  half\n  startDate\n  endDate\n  dueDate\n}";
/** The text of the query ReportingStatus, with its fragments. */
export const ReportingStatusQueryText = "query ReportingStatus($periodCode: String!, $planCode: String) {\n  reportingStatus(periodCode: $periodCode, planCode: $planCode) {\n    period {\n      ...PeriodFields\n    }\n    expected\n    received\n    receivedOnTime\n    completeness\n    timeliness\n    bodies {\n      body {\n        code\n        shortName\n        kind\n      }\n      report {\n        id\n      }\n      status\n      submittedAt\n      received\n      onTime\n    }\n  }\n}\n\nfragment PeriodFields on ReportingPeriod {\n  id\n  code\n  name\n  kind\n  year\n  half\n  startDate\n  endDate\n  dueDate\n}";
/** The text of the query Reports, with its fragments. */
export const ReportsQueryText = "query Reports($filter: ReportFilter, $first: Int, $after: String) {\n  reports(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    nodes {\n      ...ReportFields\n    }\n  }\n}\n\nfragment PageInfoFields on PageInfo {\n  hasNextPage\n  hasPreviousPage\n  startCursor\n  endCursor\n}\n\nfragment ReportFields on Report {\n  id\n  kind\n  status\n  version\n  editable\n  late\n  submittedAt\n  firstSubmittedAt\n  returnReason\n  reviewedAt\n  createdAt\n  updatedAt\n  body {\n    code\n    shortName\n  }\n  period {\n    code\n    dueDate\n  }\n}";
/** The text of the query ResponsibleBodies, with its fragments. */
export const ResponsibleBodiesQueryText = "query ResponsibleBodies($filter: ResponsibleBodyFilter, $first: Int, $after: String) {\n  responsibleBodies(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    nodes {\n      ...BodyFields\n      administrativeUnit {\n        code\n        name\n      }\n    }\n  }\n}\n\nfragment PageInfoFields on PageInfo {\n  hasNextPage\n  hasPreviousPage\n  startCursor\n  endCursor\n}\n\nfragment BodyFields on ResponsibleBody {\n  id\n  version\n  code\n  name\n  shortName\n  nameEn\n  kind\n  expectedToReport\n  namedInPlan\n  listedBecause\n  validFrom\n  validTo\n}";
/** The text of the query ResponsibleBody, with its fragments. */
export const ResponsibleBodyQueryText = "query ResponsibleBody($code: String!, $assignmentFilter: AssignmentFilter, $asOf: Date) {\n  responsibleBody(code: $code) {\n    ...BodyFields\n    note\n    administrativeUnit {\n      ...UnitFields\n    }\n    predecessors {\n      ...BodyChangeFields\n    }\n    successors {\n      ...BodyChangeFields\n    }\n    assignments(first: 100, filter: $assignmentFilter) {\n      totalCount\n      nodes {\n        role\n        source\n        sourceRef\n        duty\n        body {\n          code\n        }\n        task {\n          code\n          title\n        }\n        heldBy(asOf: $asOf) {\n          code\n          name\n        }\n      }\n    }\n  }\n}\n\nfragment BodyFields on ResponsibleBody {\n  id\n  version\n  code\n  name\n  shortName\n  nameEn\n  kind\n  expectedToReport\n  namedInPlan\n  listedBecause\n  validFrom\n  validTo\n}\n\nfragment UnitFields on AdministrativeUnit {\n  id\n  code\n  name\n  unitType\n  level\n  validFrom\n  validTo\n}\n\nfragment BodyChangeFields on ResponsibleBodyChange {\n  effectiveDate\n  legalBasis\n  note\n  inferred\n  whole\n  body {\n    id\n    code\n    name\n    validFrom\n    validTo\n  }\n}";
/** The text of the mutation ReturnReport, with its fragments. */
export const ReturnReportMutationText = "mutation ReturnReport($input: ReturnReportInput!) {\n  returnReport(input: $input) {\n    clientMutationId\n    report {\n      ...ReportFields\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}\n\nfragment ReportFields on Report {\n  id\n  kind\n  status\n  version\n  editable\n  late\n  submittedAt\n  firstSubmittedAt\n  returnReason\n  reviewedAt\n  createdAt\n  updatedAt\n  body {\n    code\n    shortName\n  }\n  period {\n    code\n    dueDate\n  }\n}\n\nfragment UserErrorFields on UserError {\n  field\n  message\n  code\n  existingId\n}";
/** The text of the mutation ReviseTarget, with its fragments. */
export const ReviseTargetMutationText = "mutation ReviseTarget($input: ReviseTargetInput!) {\n  reviseTarget(input: $input) {\n    clientMutationId\n    target {\n      ...TargetFields\n      validFrom\n    }\n    revision {\n      ...TargetRevisionFields\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}\n\nfragment TargetFields on Target {\n  id\n  year\n  comparator\n  value\n  valueMax\n  baselineValue\n  baselineYear\n  text\n}\n\nfragment TargetRevisionFields on TargetRevision {\n  comparator\n  value\n  valueMax\n  text\n  legalBasis\n  effectiveDate\n  recordedAt\n}\n\nfragment UserErrorFields on UserError {\n  field\n  message\n  code\n  existingId\n}";
/** The text of the mutation RevokeApiToken, with its fragments. */
export const RevokeApiTokenMutationText = "mutation RevokeApiToken($input: RevokeApiTokenInput!) {\n  revokeApiToken(input: $input) {\n    clientMutationId\n    apiToken {\n      ...ApiTokenFields\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}\n\nfragment ApiTokenFields on ApiToken {\n  id\n  name\n  prefix\n  createdAt\n  expiresAt\n  revokedAt\n  lastUsedAt\n}\n\nfragment UserErrorFields on UserError {\n  field\n  message\n  code\n  existingId\n}";
/** The text of the mutation SetIndicatorValues, with its fragments. */
export const SetIndicatorValuesMutationText = "mutation SetIndicatorValues($input: SetIndicatorValuesInput!) {\n  setIndicatorValues(input: $input) {\n    clientMutationId\n    report {\n      ...ReportFields\n    }\n    values {\n      ...IndicatorValueRow\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}\n\nfragment ReportFields on Report {\n  id\n  kind\n  status\n  version\n  editable\n  late\n  submittedAt\n  firstSubmittedAt\n  returnReason\n  reviewedAt\n  createdAt\n  updatedAt\n  body {\n    code\n    shortName\n  }\n  period {\n    code\n    dueDate\n  }\n}\n\nfragment IndicatorValueRow on IndicatorValue {\n  id\n  indicatorCode\n  indicatorName\n  unitCode\n  unitName\n  unitLevel\n  parentUnitCode\n  parentUnitName\n  periodCode\n  bodyCode\n  reportStatus\n  sex\n  ethnicGroup\n  value\n  numerator\n  denominator\n  updatedAt\n}\n\nfragment UserErrorFields on UserError {\n  field\n  message\n  code\n  existingId\n}";
/** The text of the mutation SetTaskProgress, with its fragments. */
export const SetTaskProgressMutationText = "mutation SetTaskProgress($input: SetTaskProgressInput!) {\n  setTaskProgress(input: $input) {\n    clientMutationId\n    report {\n      ...ReportFields\n    }\n    taskProgress {\n      id\n      status\n      narrative\n      task {\n        code\n      }\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}\n\nfragment ReportFields on Report {\n  id\n  kind\n  status\n  version\n  editable\n  late\n  submittedAt\n  firstSubmittedAt\n  returnReason\n  reviewedAt\n  createdAt\n  updatedAt\n  body {\n    code\n    shortName\n  }\n  period {\n    code\n    dueDate\n  }\n}\n\nfragment UserErrorFields on UserError {\n  field\n  message\n  code\n  existingId\n}";
/** The text of the mutation SubmitReport, with its fragments. */
export const SubmitReportMutationText = "mutation SubmitReport($input: SubmitReportInput!) {\n  submitReport(input: $input) {\n    clientMutationId\n    report {\n      ...ReportFields\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}\n\nfragment ReportFields on Report {\n  id\n  kind\n  status\n  version\n  editable\n  late\n  submittedAt\n  firstSubmittedAt\n  returnReason\n  reviewedAt\n  createdAt\n  updatedAt\n  body {\n    code\n    shortName\n  }\n  period {\n    code\n    dueDate\n  }\n}\n\nfragment UserErrorFields on UserError {\n  field\n  message\n  code\n  existingId\n}";
/** The text of the query Task, with its fragments. */
export const TaskQueryText = "query Task($code: String!, $planCode: String) {\n  task(code: $code, planCode: $planCode) {\n    ...TaskFields\n    parent {\n      code\n      title\n    }\n    children(first: 100) {\n      nodes {\n        code\n        title\n      }\n    }\n    assignments(first: 100) {\n      nodes {\n        role\n        source\n        sourceRef\n        duty\n        note\n        body {\n          ...BodyFields\n        }\n      }\n    }\n    indicators(first: 100) {\n      nodes {\n        ...IndicatorFields\n        targets {\n          ...TargetFields\n        }\n      }\n    }\n  }\n}\n\nfragment TaskFields on Task {\n  id\n  version\n  code\n  codeSource\n  kind\n  sector\n  title\n  titleEn\n  text\n}\n\nfragment BodyFields on ResponsibleBody {\n  id\n  version\n  code\n  name\n  shortName\n  nameEn\n  kind\n  expectedToReport\n  namedInPlan\n  listedBecause\n  validFrom\n  validTo\n}\n\nfragment IndicatorFields on Indicator {\n  id\n  code\n  name\n  nameEn\n  unit\n  measureKind\n  aggregation\n  reportingLevel\n  disaggregation\n  definition\n}\n\nfragment TargetFields on Target {\n  id\n  year\n  comparator\n  value\n  valueMax\n  baselineValue\n  baselineYear\n  text\n}";
/** The text of the query Tasks, with its fragments. */
export const TasksQueryText = "query Tasks($filter: TaskFilter, $first: Int, $after: String) {\n  tasks(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    nodes {\n      ...TaskFields\n      parent {\n        code\n      }\n      assignments(first: 100) {\n        nodes {\n          role\n          source\n          body {\n            code\n            shortName\n          }\n        }\n      }\n    }\n  }\n}\n\nfragment PageInfoFields on PageInfo {\n  hasNextPage\n  hasPreviousPage\n  startCursor\n  endCursor\n}\n\nfragment TaskFields on Task {\n  id\n  version\n  code\n  codeSource\n  kind\n  sector\n  title\n  titleEn\n  text\n}";
/** The text of the mutation UpdateAssignment, with its fragments. */
export const UpdateAssignmentMutationText = "mutation UpdateAssignment($input: UpdateAssignmentInput!) {\n  updateAssignment(input: $input) {\n    clientMutationId\n    assignment {\n      ...AssignmentFields\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}\n\nfragment AssignmentFields on Assignment {\n  id\n  version\n  key\n  role\n  duty\n  source\n  sourceRef\n  legalBasis\n  validFrom\n  validTo\n  task {\n    code\n  }\n  body {\n    code\n  }\n}\n\nfragment UserErrorFields on UserError {\n  field\n  message\n  code\n  existingId\n}";
/** The text of the mutation UpdateIndicator, with its fragments. */
export const UpdateIndicatorMutationText = "mutation UpdateIndicator($input: UpdateIndicatorInput!) {\n  updateIndicator(input: $input) {\n    clientMutationId\n    indicator {\n      ...IndicatorFields\n      version\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}\n\nfragment IndicatorFields on Indicator {\n  id\n  code\n  name\n  nameEn\n  unit\n  measureKind\n  aggregation\n  reportingLevel\n  disaggregation\n  definition\n}\n\nfragment UserErrorFields on UserError {\n  field\n  message\n  code\n  existingId\n}";
/** The text of the mutation UpdateReportingPeriod, with its fragments. */
export const UpdateReportingPeriodMutationText = "mutation UpdateReportingPeriod($input: UpdateReportingPeriodInput!) {\n  updateReportingPeriod(input: $input) {\n    clientMutationId\n    reportingPeriod {\n      ...PeriodFields\n      version\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}\n\nfragment PeriodFields on ReportingPeriod {\n  id\n  code\n  name\n  kind\n  year\n  half\n  startDate\n  endDate\n  dueDate\n}\n\nfragment UserErrorFields on UserError {\n  field\n  message\n  code\n  existingId\n}";
/** The text of the mutation UpdateResponsibleBody, with its fragments. */
export const UpdateResponsibleBodyMutationText = "mutation UpdateResponsibleBody($input: UpdateResponsibleBodyInput!) {\n  updateResponsibleBody(input: $input) {\n    clientMutationId\n    responsibleBody {\n      ...BodyFields\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}\n\nfragment BodyFields on ResponsibleBody {\n  id\n  version\n  code\n  name\n  shortName\n  nameEn\n  kind\n  expectedToReport\n  namedInPlan\n  listedBecause\n  validFrom\n  validTo\n}\n\nfragment UserErrorFields on UserError {\n  field\n  message\n  code\n  existingId\n}";
/** The text of the mutation UpdateTask, with its fragments. */
export const UpdateTaskMutationText = "mutation UpdateTask($input: UpdateTaskInput!) {\n  updateTask(input: $input) {\n    clientMutationId\n    task {\n      ...TaskFields\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}\n\nfragment TaskFields on Task {\n  id\n  version\n  code\n  codeSource\n  kind\n  sector\n  title\n  titleEn\n  text\n}\n\nfragment UserErrorFields on UserError {\n  field\n  message\n  code\n  existingId\n}";
/** The text of the query Users, with its fragments. */
export const UsersQueryText = "query Users($first: Int, $after: String) {\n  users(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    nodes {\n      ...UserFields\n    }\n  }\n}\n\nfragment PageInfoFields on PageInfo {\n  hasNextPage\n  hasPreviousPage\n  startCursor\n  endCursor\n}\n\nfragment UserFields on User {\n  id\n  login\n  name\n  role\n  createdAt\n  body {\n    code\n  }\n}";
/** The text of the query Viewer, with its fragments. */
export const ViewerQueryText = "query Viewer {\n  viewer {\n    ...UserFields\n    apiTokens {\n      ...ApiTokenFields\n    }\n  }\n}\n\nfragment UserFields on User {\n  id\n  login\n  name\n  role\n  createdAt\n  body {\n    code\n  }\n}\n\nfragment ApiTokenFields on ApiToken {\n  id\n  name\n  prefix\n  createdAt\n  expiresAt\n  revokedAt\n  lastUsedAt\n}";

/** One typed method per operation of sdk/operations, and `paginate` for every list. */
export function createSdk(client: GraphqlClient) {
  return {
    acceptReport: (variables: AcceptReportMutationVariables, options?: RequestOptions) =>
      client.request<AcceptReportMutation, AcceptReportMutationVariables>(AcceptReportMutationText, variables, { operationName: 'AcceptReport', kind: 'mutation', ...options }),
    addObstacle: (variables: AddObstacleMutationVariables, options?: RequestOptions) =>
      client.request<AddObstacleMutation, AddObstacleMutationVariables>(AddObstacleMutationText, variables, { operationName: 'AddObstacle', kind: 'mutation', ...options }),
    addReportComment: (variables: AddReportCommentMutationVariables, options?: RequestOptions) =>
      client.request<AddReportCommentMutation, AddReportCommentMutationVariables>(AddReportCommentMutationText, variables, { operationName: 'AddReportComment', kind: 'mutation', ...options }),
    administrativeUnit: (variables: AdministrativeUnitQueryVariables, options?: RequestOptions) =>
      client.request<AdministrativeUnitQuery, AdministrativeUnitQueryVariables>(AdministrativeUnitQueryText, variables, { operationName: 'AdministrativeUnit', kind: 'query', ...options }),
    administrativeUnits: (variables?: AdministrativeUnitsQueryVariables, options?: RequestOptions) =>
      client.request<AdministrativeUnitsQuery, AdministrativeUnitsQueryVariables>(AdministrativeUnitsQueryText, variables, { operationName: 'AdministrativeUnits', kind: 'query', ...options }),
    analytics: (variables: AnalyticsQueryVariables, options?: RequestOptions) =>
      client.request<AnalyticsQuery, AnalyticsQueryVariables>(AnalyticsQueryText, variables, { operationName: 'Analytics', kind: 'query', ...options }),
    catalogueHistory: (variables: CatalogueHistoryQueryVariables, options?: RequestOptions) =>
      client.request<CatalogueHistoryQuery, CatalogueHistoryQueryVariables>(CatalogueHistoryQueryText, variables, { operationName: 'CatalogueHistory', kind: 'query', ...options }),
    consolidatePeriod: (variables: ConsolidatePeriodMutationVariables, options?: RequestOptions) =>
      client.request<ConsolidatePeriodMutation, ConsolidatePeriodMutationVariables>(ConsolidatePeriodMutationText, variables, { operationName: 'ConsolidatePeriod', kind: 'mutation', ...options }),
    createApiToken: (variables: CreateApiTokenMutationVariables, options?: RequestOptions) =>
      client.request<CreateApiTokenMutation, CreateApiTokenMutationVariables>(CreateApiTokenMutationText, variables, { operationName: 'CreateApiToken', kind: 'mutation', ...options }),
    createAssignment: (variables: CreateAssignmentMutationVariables, options?: RequestOptions) =>
      client.request<CreateAssignmentMutation, CreateAssignmentMutationVariables>(CreateAssignmentMutationText, variables, { operationName: 'CreateAssignment', kind: 'mutation', ...options }),
    createIndicator: (variables: CreateIndicatorMutationVariables, options?: RequestOptions) =>
      client.request<CreateIndicatorMutation, CreateIndicatorMutationVariables>(CreateIndicatorMutationText, variables, { operationName: 'CreateIndicator', kind: 'mutation', ...options }),
    createReport: (variables: CreateReportMutationVariables, options?: RequestOptions) =>
      client.request<CreateReportMutation, CreateReportMutationVariables>(CreateReportMutationText, variables, { operationName: 'CreateReport', kind: 'mutation', ...options }),
    createReportingPeriod: (variables: CreateReportingPeriodMutationVariables, options?: RequestOptions) =>
      client.request<CreateReportingPeriodMutation, CreateReportingPeriodMutationVariables>(CreateReportingPeriodMutationText, variables, { operationName: 'CreateReportingPeriod', kind: 'mutation', ...options }),
    createResponsibleBody: (variables: CreateResponsibleBodyMutationVariables, options?: RequestOptions) =>
      client.request<CreateResponsibleBodyMutation, CreateResponsibleBodyMutationVariables>(CreateResponsibleBodyMutationText, variables, { operationName: 'CreateResponsibleBody', kind: 'mutation', ...options }),
    createTask: (variables: CreateTaskMutationVariables, options?: RequestOptions) =>
      client.request<CreateTaskMutation, CreateTaskMutationVariables>(CreateTaskMutationText, variables, { operationName: 'CreateTask', kind: 'mutation', ...options }),
    createUser: (variables: CreateUserMutationVariables, options?: RequestOptions) =>
      client.request<CreateUserMutation, CreateUserMutationVariables>(CreateUserMutationText, variables, { operationName: 'CreateUser', kind: 'mutation', ...options }),
    endAssignment: (variables: EndAssignmentMutationVariables, options?: RequestOptions) =>
      client.request<EndAssignmentMutation, EndAssignmentMutationVariables>(EndAssignmentMutationText, variables, { operationName: 'EndAssignment', kind: 'mutation', ...options }),
    indicator: (variables: IndicatorQueryVariables, options?: RequestOptions) =>
      client.request<IndicatorQuery, IndicatorQueryVariables>(IndicatorQueryText, variables, { operationName: 'Indicator', kind: 'query', ...options }),
    indicatorProgress: (variables: IndicatorProgressQueryVariables, options?: RequestOptions) =>
      client.request<IndicatorProgressQuery, IndicatorProgressQueryVariables>(IndicatorProgressQueryText, variables, { operationName: 'IndicatorProgress', kind: 'query', ...options }),
    indicatorRollup: (variables: IndicatorRollupQueryVariables, options?: RequestOptions) =>
      client.request<IndicatorRollupQuery, IndicatorRollupQueryVariables>(IndicatorRollupQueryText, variables, { operationName: 'IndicatorRollup', kind: 'query', ...options }),
    indicators: (variables?: IndicatorsQueryVariables, options?: RequestOptions) =>
      client.request<IndicatorsQuery, IndicatorsQueryVariables>(IndicatorsQueryText, variables, { operationName: 'Indicators', kind: 'query', ...options }),
    indicatorTargets: (variables: IndicatorTargetsQueryVariables, options?: RequestOptions) =>
      client.request<IndicatorTargetsQuery, IndicatorTargetsQueryVariables>(IndicatorTargetsQueryText, variables, { operationName: 'IndicatorTargets', kind: 'query', ...options }),
    indicatorValues: (variables?: IndicatorValuesQueryVariables, options?: RequestOptions) =>
      client.request<IndicatorValuesQuery, IndicatorValuesQueryVariables>(IndicatorValuesQueryText, variables, { operationName: 'IndicatorValues', kind: 'query', ...options }),
    objective: (variables: ObjectiveQueryVariables, options?: RequestOptions) =>
      client.request<ObjectiveQuery, ObjectiveQueryVariables>(ObjectiveQueryText, variables, { operationName: 'Objective', kind: 'query', ...options }),
    objectives: (variables?: ObjectivesQueryVariables, options?: RequestOptions) =>
      client.request<ObjectivesQuery, ObjectivesQueryVariables>(ObjectivesQueryText, variables, { operationName: 'Objectives', kind: 'query', ...options }),
    plans: (variables?: PlansQueryVariables, options?: RequestOptions) =>
      client.request<PlansQuery, PlansQueryVariables>(PlansQueryText, variables, { operationName: 'Plans', kind: 'query', ...options }),
    planTerritory: (variables: PlanTerritoryQueryVariables, options?: RequestOptions) =>
      client.request<PlanTerritoryQuery, PlanTerritoryQueryVariables>(PlanTerritoryQueryText, variables, { operationName: 'PlanTerritory', kind: 'query', ...options }),
    progressDashboard: (variables?: ProgressDashboardQueryVariables, options?: RequestOptions) =>
      client.request<ProgressDashboardQuery, ProgressDashboardQueryVariables>(ProgressDashboardQueryText, variables, { operationName: 'ProgressDashboard', kind: 'query', ...options }),
    rateLimit: (variables?: RateLimitQueryVariables, options?: RequestOptions) =>
      client.request<RateLimitQuery, RateLimitQueryVariables>(RateLimitQueryText, variables, { operationName: 'RateLimit', kind: 'query', ...options }),
    recordBodySuccession: (variables: RecordBodySuccessionMutationVariables, options?: RequestOptions) =>
      client.request<RecordBodySuccessionMutation, RecordBodySuccessionMutationVariables>(RecordBodySuccessionMutationText, variables, { operationName: 'RecordBodySuccession', kind: 'mutation', ...options }),
    report: (variables: ReportQueryVariables, options?: RequestOptions) =>
      client.request<ReportQuery, ReportQueryVariables>(ReportQueryText, variables, { operationName: 'Report', kind: 'query', ...options }),
    reportHistory: (variables: ReportHistoryQueryVariables, options?: RequestOptions) =>
      client.request<ReportHistoryQuery, ReportHistoryQueryVariables>(ReportHistoryQueryText, variables, { operationName: 'ReportHistory', kind: 'query', ...options }),
    reportingPeriod: (variables: ReportingPeriodQueryVariables, options?: RequestOptions) =>
      client.request<ReportingPeriodQuery, ReportingPeriodQueryVariables>(ReportingPeriodQueryText, variables, { operationName: 'ReportingPeriod', kind: 'query', ...options }),
    reportingPeriods: (variables?: ReportingPeriodsQueryVariables, options?: RequestOptions) =>
      client.request<ReportingPeriodsQuery, ReportingPeriodsQueryVariables>(ReportingPeriodsQueryText, variables, { operationName: 'ReportingPeriods', kind: 'query', ...options }),
    reportingStatus: (variables: ReportingStatusQueryVariables, options?: RequestOptions) =>
      client.request<ReportingStatusQuery, ReportingStatusQueryVariables>(ReportingStatusQueryText, variables, { operationName: 'ReportingStatus', kind: 'query', ...options }),
    reports: (variables?: ReportsQueryVariables, options?: RequestOptions) =>
      client.request<ReportsQuery, ReportsQueryVariables>(ReportsQueryText, variables, { operationName: 'Reports', kind: 'query', ...options }),
    responsibleBodies: (variables?: ResponsibleBodiesQueryVariables, options?: RequestOptions) =>
      client.request<ResponsibleBodiesQuery, ResponsibleBodiesQueryVariables>(ResponsibleBodiesQueryText, variables, { operationName: 'ResponsibleBodies', kind: 'query', ...options }),
    responsibleBody: (variables: ResponsibleBodyQueryVariables, options?: RequestOptions) =>
      client.request<ResponsibleBodyQuery, ResponsibleBodyQueryVariables>(ResponsibleBodyQueryText, variables, { operationName: 'ResponsibleBody', kind: 'query', ...options }),
    returnReport: (variables: ReturnReportMutationVariables, options?: RequestOptions) =>
      client.request<ReturnReportMutation, ReturnReportMutationVariables>(ReturnReportMutationText, variables, { operationName: 'ReturnReport', kind: 'mutation', ...options }),
    reviseTarget: (variables: ReviseTargetMutationVariables, options?: RequestOptions) =>
      client.request<ReviseTargetMutation, ReviseTargetMutationVariables>(ReviseTargetMutationText, variables, { operationName: 'ReviseTarget', kind: 'mutation', ...options }),
    revokeApiToken: (variables: RevokeApiTokenMutationVariables, options?: RequestOptions) =>
      client.request<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>(RevokeApiTokenMutationText, variables, { operationName: 'RevokeApiToken', kind: 'mutation', ...options }),
    setIndicatorValues: (variables: SetIndicatorValuesMutationVariables, options?: RequestOptions) =>
      client.request<SetIndicatorValuesMutation, SetIndicatorValuesMutationVariables>(SetIndicatorValuesMutationText, variables, { operationName: 'SetIndicatorValues', kind: 'mutation', ...options }),
    setTaskProgress: (variables: SetTaskProgressMutationVariables, options?: RequestOptions) =>
      client.request<SetTaskProgressMutation, SetTaskProgressMutationVariables>(SetTaskProgressMutationText, variables, { operationName: 'SetTaskProgress', kind: 'mutation', ...options }),
    submitReport: (variables: SubmitReportMutationVariables, options?: RequestOptions) =>
      client.request<SubmitReportMutation, SubmitReportMutationVariables>(SubmitReportMutationText, variables, { operationName: 'SubmitReport', kind: 'mutation', ...options }),
    task: (variables: TaskQueryVariables, options?: RequestOptions) =>
      client.request<TaskQuery, TaskQueryVariables>(TaskQueryText, variables, { operationName: 'Task', kind: 'query', ...options }),
    tasks: (variables?: TasksQueryVariables, options?: RequestOptions) =>
      client.request<TasksQuery, TasksQueryVariables>(TasksQueryText, variables, { operationName: 'Tasks', kind: 'query', ...options }),
    updateAssignment: (variables: UpdateAssignmentMutationVariables, options?: RequestOptions) =>
      client.request<UpdateAssignmentMutation, UpdateAssignmentMutationVariables>(UpdateAssignmentMutationText, variables, { operationName: 'UpdateAssignment', kind: 'mutation', ...options }),
    updateIndicator: (variables: UpdateIndicatorMutationVariables, options?: RequestOptions) =>
      client.request<UpdateIndicatorMutation, UpdateIndicatorMutationVariables>(UpdateIndicatorMutationText, variables, { operationName: 'UpdateIndicator', kind: 'mutation', ...options }),
    updateReportingPeriod: (variables: UpdateReportingPeriodMutationVariables, options?: RequestOptions) =>
      client.request<UpdateReportingPeriodMutation, UpdateReportingPeriodMutationVariables>(UpdateReportingPeriodMutationText, variables, { operationName: 'UpdateReportingPeriod', kind: 'mutation', ...options }),
    updateResponsibleBody: (variables: UpdateResponsibleBodyMutationVariables, options?: RequestOptions) =>
      client.request<UpdateResponsibleBodyMutation, UpdateResponsibleBodyMutationVariables>(UpdateResponsibleBodyMutationText, variables, { operationName: 'UpdateResponsibleBody', kind: 'mutation', ...options }),
    updateTask: (variables: UpdateTaskMutationVariables, options?: RequestOptions) =>
      client.request<UpdateTaskMutation, UpdateTaskMutationVariables>(UpdateTaskMutationText, variables, { operationName: 'UpdateTask', kind: 'mutation', ...options }),
    users: (variables?: UsersQueryVariables, options?: RequestOptions) =>
      client.request<UsersQuery, UsersQueryVariables>(UsersQueryText, variables, { operationName: 'Users', kind: 'query', ...options }),
    viewer: (variables?: ViewerQueryVariables, options?: RequestOptions) =>
      client.request<ViewerQuery, ViewerQueryVariables>(ViewerQueryText, variables, { operationName: 'Viewer', kind: 'query', ...options }),
    paginate: {
      administrativeUnits: (variables?: Omit<AdministrativeUnitsQueryVariables, 'first' | 'after'>, options?: PaginateOptions): AsyncIterable<NonNullable<AdministrativeUnitsQuery['administrativeUnits']>['nodes'][number]> =>
        client.paginate<AdministrativeUnitsQuery, AdministrativeUnitsQueryVariables, NonNullable<AdministrativeUnitsQuery['administrativeUnits']>['nodes'][number]>(AdministrativeUnitsQueryText, variables ?? {}, (data) => data.administrativeUnits, { operationName: 'AdministrativeUnits', ...options }),
      indicators: (variables?: Omit<IndicatorsQueryVariables, 'first' | 'after'>, options?: PaginateOptions): AsyncIterable<NonNullable<IndicatorsQuery['indicators']>['nodes'][number]> =>
        client.paginate<IndicatorsQuery, IndicatorsQueryVariables, NonNullable<IndicatorsQuery['indicators']>['nodes'][number]>(IndicatorsQueryText, variables ?? {}, (data) => data.indicators, { operationName: 'Indicators', ...options }),
      indicatorValues: (variables?: Omit<IndicatorValuesQueryVariables, 'first' | 'after'>, options?: PaginateOptions): AsyncIterable<NonNullable<IndicatorValuesQuery['indicatorValues']>['nodes'][number]> =>
        client.paginate<IndicatorValuesQuery, IndicatorValuesQueryVariables, NonNullable<IndicatorValuesQuery['indicatorValues']>['nodes'][number]>(IndicatorValuesQueryText, variables ?? {}, (data) => data.indicatorValues, { operationName: 'IndicatorValues', ...options }),
      objectives: (variables?: Omit<ObjectivesQueryVariables, 'first' | 'after'>, options?: PaginateOptions): AsyncIterable<NonNullable<ObjectivesQuery['objectives']>['nodes'][number]> =>
        client.paginate<ObjectivesQuery, ObjectivesQueryVariables, NonNullable<ObjectivesQuery['objectives']>['nodes'][number]>(ObjectivesQueryText, variables ?? {}, (data) => data.objectives, { operationName: 'Objectives', ...options }),
      progressDashboard: (variables?: Omit<ProgressDashboardQueryVariables, 'first' | 'after'>, options?: PaginateOptions): AsyncIterable<NonNullable<ProgressDashboardQuery['indicators']>['nodes'][number]> =>
        client.paginate<ProgressDashboardQuery, ProgressDashboardQueryVariables, NonNullable<ProgressDashboardQuery['indicators']>['nodes'][number]>(ProgressDashboardQueryText, variables ?? {}, (data) => data.indicators, { operationName: 'ProgressDashboard', ...options }),
      reportingPeriods: (variables?: Omit<ReportingPeriodsQueryVariables, 'first' | 'after'>, options?: PaginateOptions): AsyncIterable<NonNullable<ReportingPeriodsQuery['reportingPeriods']>['nodes'][number]> =>
        client.paginate<ReportingPeriodsQuery, ReportingPeriodsQueryVariables, NonNullable<ReportingPeriodsQuery['reportingPeriods']>['nodes'][number]>(ReportingPeriodsQueryText, variables ?? {}, (data) => data.reportingPeriods, { operationName: 'ReportingPeriods', ...options }),
      reports: (variables?: Omit<ReportsQueryVariables, 'first' | 'after'>, options?: PaginateOptions): AsyncIterable<NonNullable<ReportsQuery['reports']>['nodes'][number]> =>
        client.paginate<ReportsQuery, ReportsQueryVariables, NonNullable<ReportsQuery['reports']>['nodes'][number]>(ReportsQueryText, variables ?? {}, (data) => data.reports, { operationName: 'Reports', ...options }),
      responsibleBodies: (variables?: Omit<ResponsibleBodiesQueryVariables, 'first' | 'after'>, options?: PaginateOptions): AsyncIterable<NonNullable<ResponsibleBodiesQuery['responsibleBodies']>['nodes'][number]> =>
        client.paginate<ResponsibleBodiesQuery, ResponsibleBodiesQueryVariables, NonNullable<ResponsibleBodiesQuery['responsibleBodies']>['nodes'][number]>(ResponsibleBodiesQueryText, variables ?? {}, (data) => data.responsibleBodies, { operationName: 'ResponsibleBodies', ...options }),
      tasks: (variables?: Omit<TasksQueryVariables, 'first' | 'after'>, options?: PaginateOptions): AsyncIterable<NonNullable<TasksQuery['tasks']>['nodes'][number]> =>
        client.paginate<TasksQuery, TasksQueryVariables, NonNullable<TasksQuery['tasks']>['nodes'][number]>(TasksQueryText, variables ?? {}, (data) => data.tasks, { operationName: 'Tasks', ...options }),
      users: (variables?: Omit<UsersQueryVariables, 'first' | 'after'>, options?: PaginateOptions): AsyncIterable<NonNullable<UsersQuery['users']>['nodes'][number]> =>
        client.paginate<UsersQuery, UsersQueryVariables, NonNullable<UsersQuery['users']>['nodes'][number]>(UsersQueryText, variables ?? {}, (data) => data.users, { operationName: 'Users', ...options }),
    },
  };
}

export type Sdk = ReturnType<typeof createSdk>;
