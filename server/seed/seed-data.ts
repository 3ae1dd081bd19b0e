import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { AssignmentRole, AssignmentSource, BodyKind } from '../bodies/responsible-body.enums';
import type { Aggregation, Comparator, Disaggregation, MeasureKind } from '../indicators/indicator.enums';
import type { ObjectiveKind } from '../plan/objective.enums';
import type { LegalBasis } from '../plan/plan.entity';
import type { Sector, TaskKind } from '../tasks/task.enums';
import type { AdministrativeLevel } from '../territory/administrative-unit.enums';
import { parseCsv } from './csv';

/** The plan as data files in `server/seed/data/` (sources in its README). */
export interface PlanData {
  plan: {
    code: string;
    title: string;
    titleEn: string;
    issuer: string;
    issuedIn: string;
    signedBy: string;
    startYear: number;
    endYear: number;
    visionYear: number;
    legalBases: LegalBasis[];
  };
  objectives: Array<{ code: string; kind: ObjectiveKind; horizonYear: number; text: string; textEn: string }>;
  indicators: IndicatorData[];
  tasks: Array<{
    code: string;
    kind: TaskKind;
    parentCode: string | null;
    title: string;
    titleEn: string;
    text: string;
    sector: Sector | null;
  }>;
  taskIndicators: Array<{ taskCode: string; indicatorCode: string }>;
  bodies: Array<{
    code: string;
    name: string;
    shortName: string;
    nameEn: string;
    kind: BodyKind;
    administrativeUnitCode: string | null;
    expectedToReport: boolean;
    note: string | null;
  }>;
  assignments: Array<{
    taskCode: string | null;
    bodyCode: string;
    role: AssignmentRole;
    duty: string;
    source: AssignmentSource;
    sourceRef: string | null;
    rationale: string | null;
  }>;
  units: UnitData[];
}

export interface IndicatorData {
  code: string;
  name: string;
  nameEn: string;
  unit: string;
  measureKind: MeasureKind;
  aggregation: Aggregation;
  reportingLevel: AdministrativeLevel;
  disaggregation: Disaggregation | null;
  parentCode: string | null;
  objectiveCode: string;
  definition: string | null;
  targets: Array<{
    year: number;
    objectiveCode: string;
    comparator: Comparator;
    value: number;
    valueMax: number | null;
    baselineValue: number | null;
    baselineYear: number | null;
    text: string;
  }>;
}

export interface UnitData {
  code: string;
  name: string;
  unitType: string;
  level: AdministrativeLevel;
  parentCode: string | null;
  validFrom: string | null;
}

export function readPlanData(dataDir = findDataDir()): PlanData {
  const json = <T>(file: string): T => JSON.parse(readFileSync(join(dataDir, file), 'utf8')) as T;
  return {
    plan: json('plan.json'),
    objectives: json('objectives.json'),
    indicators: json('indicators.json'),
    tasks: json('tasks.json'),
    taskIndicators: json('task-indicators.json'),
    bodies: json('bodies.json'),
    assignments: json('assignments.json'),
    units: readUnits(join(dataDir, 'admin-units')),
  };
}

/** Units as they stood before 1 July 2025; `validFrom` is the last recorded change of each. */
function readUnits(dir: string): UnitData[] {
  const lastChange = new Map<string, string>();
  for (const change of parseCsv(readFileSync(join(dir, 'changes-pre-2025.csv'), 'utf8'))) {
    if (!change.name_after) continue;
    const previous = lastChange.get(change.code);
    if (!previous || previous < change.effective_date) lastChange.set(change.code, change.effective_date);
  }
  return parseCsv(readFileSync(join(dir, 'units-pre-2025.csv'), 'utf8')).map((row) => ({
    code: row.code,
    name: row.name,
    unitType: row.type,
    level: row.level.toUpperCase() as AdministrativeLevel,
    parentCode: row.parent_code || null,
    validFrom: lastChange.get(row.code) ?? null,
  }));
}

/** Works from the TypeScript sources and from the compiled `dist/` alike. */
function findDataDir(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return resolve(dir, 'server/seed/data');
}
