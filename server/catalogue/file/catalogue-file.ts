import type { AssignmentRole, AssignmentSource, BodyKind, CodeSource } from '../../bodies/responsible-body.enums';
import type { Aggregation, Comparator, Disaggregation, MeasureKind } from '../../indicators/indicator.enums';
import type { ObjectiveKind } from '../../plan/objective.enums';
import type { LegalBasis } from '../../plan/plan.entity';
import type { PeriodDefinition } from '../../reporting/periods/reporting-periods';
import type { Sector, TaskKind } from '../../tasks/task.enums';
import type { AdministrativeLevel } from '../../territory/administrative-unit.enums';

/**
 * A plan's catalogue as one JSON file (README "The catalogue as a file"):
 * what `npm run catalogue:export` writes and `catalogue:import` applies. No
 * ids and no timestamps: objects are named by their natural keys, arrays are
 * in the catalogue's order, so two exports of the same catalogue are the
 * same bytes and a diff under version control shows what changed.
 */
export const CATALOGUE_FORMAT = 'plan-catalogue/1';

/** A unit is its code plus its first day: GSO codes are reused. */
export interface UnitRef {
  code: string;
  validFrom: string | null;
}

export interface CatalogueFile {
  format: typeof CATALOGUE_FORMAT;
  plan: CataloguePlan;
  /** The units that make up the plan's area, on either side of 1 July 2025. */
  territory: UnitRef[];
  objectives: CatalogueObjective[];
  indicators: CatalogueIndicator[];
  tasks: CatalogueTask[];
  taskIndicators: Array<{ taskCode: string; indicatorCode: string }>;
  /** Bodies are shared by the plans of the province: a second plan's file names the same ones. */
  bodies: CatalogueBody[];
  bodySuccessions: CatalogueBodySuccession[];
  assignments: CatalogueAssignment[];
  periods: CataloguePeriod[];
}

export interface CataloguePlan {
  code: string;
  title: string;
  titleEn: string | null;
  issuer: string;
  issuedIn: string;
  signedBy: string | null;
  startYear: number;
  endYear: number;
  visionYear: number;
  legalBases: LegalBasis[];
}

export interface CatalogueObjective {
  code: string;
  kind: ObjectiveKind;
  horizonYear: number;
  text: string;
  textEn: string | null;
}

export interface CatalogueIndicator {
  code: string;
  name: string;
  nameEn: string | null;
  unit: string;
  measureKind: MeasureKind;
  aggregation: Aggregation;
  reportingLevel: AdministrativeLevel;
  disaggregation: Disaggregation | null;
  parentCode: string | null;
  objectiveCode: string;
  definition: string | null;
  targets: CatalogueTarget[];
}

/** A target as first set (by the plan, or by the decision that added it), then its revisions by effective date. */
export interface CatalogueTarget {
  year: number;
  objectiveCode: string;
  comparator: Comparator;
  value: number;
  valueMax: number | null;
  baselineValue: number | null;
  baselineYear: number | null;
  text: string;
  validFrom: string | null;
  legalBasis: string | null;
  revisions: CatalogueTargetRevision[];
}

export interface CatalogueTargetRevision {
  effectiveDate: string;
  comparator: Comparator;
  value: number;
  valueMax: number | null;
  text: string;
  legalBasis: string | null;
}

export interface CatalogueTask {
  code: string;
  kind: TaskKind;
  parentCode: string | null;
  title: string;
  titleEn: string | null;
  text: string;
  sector: Sector | null;
  codeSource: CodeSource;
}

export interface CatalogueBody {
  code: string;
  name: string;
  shortName: string;
  nameEn: string | null;
  kind: BodyKind;
  administrativeUnit: UnitRef | null;
  expectedToReport: boolean;
  note: string | null;
  namedInPlan: boolean;
  listedBecause: string | null;
  validFrom: string | null;
  validTo: string | null;
}

export interface CatalogueBodySuccession {
  predecessorCode: string;
  successorCode: string;
  effectiveDate: string;
  legalBasis: string | null;
  note: string | null;
  /** Our reading where the sources are silent, never presented as fact. */
  inferred: boolean;
  /** The successor took over all of the predecessor's functions (false: a part, named in the note). */
  whole: boolean;
}

export interface CatalogueAssignment {
  /** Stable across corrections: imports match duties by it. */
  key: string;
  taskCode: string | null;
  bodyCode: string;
  role: AssignmentRole;
  duty: string;
  source: AssignmentSource;
  sourceRef: string | null;
  rationale: string | null;
  legalBasis: string | null;
  validFrom: string | null;
  validTo: string | null;
}

export type CataloguePeriod = Omit<PeriodDefinition, 'position'>;

/** The natural key of each list's items: what an import matches rows by, and what a diff names. */
export const CATALOGUE_KEYS = {
  territory: (u: UnitRef) => `${u.code}|${u.validFrom ?? ''}`,
  objectives: (o: CatalogueObjective) => o.code,
  indicators: (i: CatalogueIndicator) => i.code,
  tasks: (t: CatalogueTask) => t.code,
  taskIndicators: (l: { taskCode: string; indicatorCode: string }) => `${l.taskCode}|${l.indicatorCode}`,
  bodies: (b: CatalogueBody) => b.code,
  bodySuccessions: (s: CatalogueBodySuccession) => `${s.predecessorCode}>${s.successorCode}`,
  assignments: (a: CatalogueAssignment) => a.key,
  periods: (p: CataloguePeriod) => p.code,
} as const;

export type CatalogueList = keyof typeof CATALOGUE_KEYS;

/** Links between tasks and indicators have no order of their own: the file lists them by task, then indicator, in the catalogue's order. */
export function inCatalogueOrder(
  links: Array<{ taskCode: string; indicatorCode: string }>,
  tasks: Array<{ code: string }>,
  indicators: Array<{ code: string }>,
): Array<{ taskCode: string; indicatorCode: string }> {
  const task = new Map(tasks.map((t, i) => [t.code, i]));
  const indicator = new Map(indicators.map((t, i) => [t.code, i]));
  return [...links].sort((a, b) => task.get(a.taskCode)! - task.get(b.taskCode)! || indicator.get(a.indicatorCode)! - indicator.get(b.indicatorCode)!);
}
