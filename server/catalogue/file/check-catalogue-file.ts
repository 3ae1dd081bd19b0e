import { AssignmentRole, AssignmentSource, BodyKind, CodeSource } from '../../bodies/responsible-body.enums';
import { Aggregation, Comparator, Disaggregation, MeasureKind } from '../../indicators/indicator.enums';
import { ObjectiveKind } from '../../plan/objective.enums';
import { PeriodKind } from '../../reporting/reporting.enums';
import { Sector, TaskKind } from '../../tasks/task.enums';
import { AdministrativeLevel } from '../../territory/administrative-unit.enums';
import { CATALOGUE_FORMAT, CATALOGUE_KEYS, CatalogueFile, CatalogueList } from './catalogue-file';

/** What a field must hold; a trailing "?" allows null. */
type FieldRule = 'string' | 'string?' | 'number' | 'number?' | 'integer' | 'integer?' | 'boolean' | 'date' | 'date?' | 'unit?' | 'array' | Record<string, string> | { nullable: Record<string, string> };
type Shape = Record<string, FieldRule>;

const UNIT_REF: Shape = { code: 'string', validFrom: 'date?' };
const SHAPES: Record<CatalogueList | 'plan' | 'targets' | 'revisions', Shape> = {
  plan: { code: 'string', title: 'string', titleEn: 'string?', issuer: 'string', issuedIn: 'string', signedBy: 'string?', startYear: 'integer', endYear: 'integer', visionYear: 'integer', legalBases: 'array' },
  territory: UNIT_REF,
  objectives: { code: 'string', kind: ObjectiveKind, horizonYear: 'integer', text: 'string', textEn: 'string?' },
  indicators: {
    code: 'string', name: 'string', nameEn: 'string?', unit: 'string', measureKind: MeasureKind, aggregation: Aggregation,
    reportingLevel: AdministrativeLevel, disaggregation: { nullable: Disaggregation }, parentCode: 'string?', objectiveCode: 'string', definition: 'string?', targets: 'array',
  },
  targets: {
    year: 'integer', objectiveCode: 'string', comparator: Comparator, value: 'number', valueMax: 'number?', baselineValue: 'number?', baselineYear: 'integer?',
    text: 'string', validFrom: 'date?', legalBasis: 'string?', revisions: 'array',
  },
  revisions: { effectiveDate: 'date', comparator: Comparator, value: 'number', valueMax: 'number?', text: 'string', legalBasis: 'string?' },
  tasks: { code: 'string', kind: TaskKind, parentCode: 'string?', title: 'string', titleEn: 'string?', text: 'string', sector: { nullable: Sector }, codeSource: CodeSource },
  taskIndicators: { taskCode: 'string', indicatorCode: 'string' },
  bodies: {
    code: 'string', name: 'string', shortName: 'string', nameEn: 'string?', kind: BodyKind, administrativeUnit: 'unit?', expectedToReport: 'boolean',
    note: 'string?', namedInPlan: 'boolean', listedBecause: 'string?', validFrom: 'date?', validTo: 'date?',
  },
  bodySuccessions: { predecessorCode: 'string', successorCode: 'string', effectiveDate: 'date', legalBasis: 'string?', note: 'string?', inferred: 'boolean', whole: 'boolean' },
  assignments: {
    key: 'string', taskCode: 'string?', bodyCode: 'string', role: AssignmentRole, duty: 'string', source: AssignmentSource, sourceRef: 'string?',
    rationale: 'string?', legalBasis: 'string?', validFrom: 'date?', validTo: 'date?',
  },
  periods: { code: 'string', name: 'string', kind: PeriodKind, year: 'integer', half: 'integer?', startDate: 'date', endDate: 'date', dueDate: 'date' },
};

const LISTS = Object.keys(CATALOGUE_KEYS) as CatalogueList[];

/**
 * Everything wrong with a file that can be told without the database: its
 * format, each field's type, duplicate keys and references between its
 * lists. Each problem names where it is, e.g. `indicators[3].aggregation`.
 */
export function checkCatalogueFile(input: unknown): string[] {
  if (!isObject(input)) return ['the file is not a JSON object'];
  if (input.format !== CATALOGUE_FORMAT) return [`format: expected "${CATALOGUE_FORMAT}", found ${JSON.stringify(input.format ?? null)}`];
  const problems = checkShape('plan', input.plan, SHAPES.plan);
  for (const list of LISTS) {
    const items = input[list];
    if (!Array.isArray(items)) {
      problems.push(`${list}: expected a list`);
      continue;
    }
    items.forEach((item, i) => problems.push(...checkShape(`${list}[${i}]`, item, SHAPES[list])));
    if (list === 'indicators') items.forEach((indicator, i) => problems.push(...checkTargets(`indicators[${i}]`, indicator)));
  }
  if (problems.length) return problems;
  return [...duplicateKeys(input as unknown as CatalogueFile), ...danglingReferences(input as unknown as CatalogueFile)];
}

function checkTargets(where: string, indicator: unknown): string[] {
  if (!isObject(indicator) || !Array.isArray(indicator.targets)) return [];
  return indicator.targets.flatMap((target, t) => [
    ...checkShape(`${where}.targets[${t}]`, target, SHAPES.targets),
    ...(isObject(target) && Array.isArray(target.revisions)
      ? target.revisions.flatMap((revision, r) => checkShape(`${where}.targets[${t}].revisions[${r}]`, revision, SHAPES.revisions))
      : []),
  ]);
}

function checkShape(where: string, value: unknown, shape: Shape): string[] {
  if (!isObject(value)) return [`${where}: expected an object`];
  const problems = Object.keys(value).filter((field) => !(field in shape)).map((field) => `${where}.${field}: not a field of the format`);
  for (const [field, rule] of Object.entries(shape)) {
    const problem = fieldProblem(value[field], rule);
    if (problem) problems.push(`${where}.${field}: ${problem}, found ${JSON.stringify(value[field] ?? null)}`);
  }
  return problems;
}

function fieldProblem(value: unknown, rule: FieldRule): string | null {
  if (typeof rule === 'object') {
    const values = 'nullable' in rule ? rule.nullable : rule;
    if ('nullable' in rule && value === null) return null;
    return Object.values(values).includes(value as string) ? null : `expected one of ${Object.values(values).join(', ')}`;
  }
  const optional = rule.endsWith('?');
  if (optional && value === null) return null;
  switch (rule.replace('?', '')) {
    case 'string':
      return typeof value === 'string' && value.trim() !== '' ? null : 'expected a non-empty string';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? null : 'expected a number';
    case 'integer':
      return Number.isInteger(value) ? null : 'expected an integer';
    case 'boolean':
      return typeof value === 'boolean' ? null : 'expected true or false';
    case 'date':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)) ? null : 'expected a date YYYY-MM-DD';
    case 'unit':
      return checkShape('', value, UNIT_REF).length ? 'expected { code, validFrom }' : null;
    default:
      return Array.isArray(value) ? null : 'expected a list';
  }
}

function duplicateKeys(file: CatalogueFile): string[] {
  const problems: string[] = [];
  for (const list of LISTS) {
    const seen = new Set<string>();
    for (const item of file[list] as never[]) {
      const key = (CATALOGUE_KEYS[list] as (item: never) => string)(item);
      if (seen.has(key)) problems.push(`${list}: "${key}" appears twice`);
      seen.add(key);
    }
  }
  for (const indicator of file.indicators) {
    const years = indicator.targets.map((t) => t.year);
    if (new Set(years).size !== years.length) problems.push(`indicators "${indicator.code}": two targets for one year`);
  }
  return problems;
}

function danglingReferences(file: CatalogueFile): string[] {
  const codes = (items: Array<{ code: string }>) => new Set(items.map((i) => i.code));
  const objectives = codes(file.objectives);
  const indicators = codes(file.indicators);
  const tasks = codes(file.tasks);
  const bodies = codes(file.bodies);
  const refs: Array<[string, string | null, Set<string>]> = [
    ...file.indicators.flatMap((i): Array<[string, string | null, Set<string>]> => [
      [`indicators "${i.code}".objectiveCode`, i.objectiveCode, objectives],
      [`indicators "${i.code}".parentCode`, i.parentCode, indicators],
      ...i.targets.map((t): [string, string, Set<string>] => [`indicators "${i.code}" target ${t.year}.objectiveCode`, t.objectiveCode, objectives]),
    ]),
    ...file.tasks.map((t): [string, string | null, Set<string>] => [`tasks "${t.code}".parentCode`, t.parentCode, tasks]),
    ...file.taskIndicators.flatMap((l): Array<[string, string, Set<string>]> => [
      [`taskIndicators "${l.taskCode}|${l.indicatorCode}".taskCode`, l.taskCode, tasks],
      [`taskIndicators "${l.taskCode}|${l.indicatorCode}".indicatorCode`, l.indicatorCode, indicators],
    ]),
    ...file.bodySuccessions.flatMap((s): Array<[string, string, Set<string>]> => [
      [`bodySuccessions "${s.predecessorCode}>${s.successorCode}".predecessorCode`, s.predecessorCode, bodies],
      [`bodySuccessions "${s.predecessorCode}>${s.successorCode}".successorCode`, s.successorCode, bodies],
    ]),
    ...file.assignments.flatMap((a): Array<[string, string | null, Set<string>]> => [
      [`assignments "${a.key}".taskCode`, a.taskCode, tasks],
      [`assignments "${a.key}".bodyCode`, a.bodyCode, bodies],
    ]),
  ];
  return refs.filter(([, code, known]) => code !== null && !known.has(code)).map(([where, code]) => `${where}: "${code}" is not in the file`);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
