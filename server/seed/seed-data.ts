import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { BodyKind } from '../bodies/responsible-body.enums';
import type { AdministrativeLevel } from '../territory/administrative-unit.enums';
import type { CatalogueAssignment, CatalogueBodySuccession, CatalogueIndicator, CatalogueObjective, CataloguePlan, CatalogueTarget, CatalogueTask } from '../catalogue/file/catalogue-file';
import { parseCsv } from './csv';
import { dayBefore } from '../platform/dates';

/** The plan as data files in `server/seed/data/` (sources in its README). */
export interface PlanData {
  plan: CataloguePlan & { titleEn: string; signedBy: string };
  objectives: CatalogueObjective[];
  indicators: IndicatorData[];
  tasks: CatalogueTask[];
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
    validFrom: string | null;
    validTo: string | null;
    /** Absent for bodies after the plan (2025): they are not in it. */
    namedInPlan?: boolean;
    listedBecause?: string | null;
  }>;
  bodySuccessions: BodySuccessionData[];
  /** The plan's duties: what a later decision records (its basis, its days) is not in the data files. */
  assignments: Array<Omit<CatalogueAssignment, 'legalBasis' | 'validFrom' | 'validTo'>>;

  units: UnitData[];
  /** Which unit went into which, from the mapping file (1683/NQ-UBTVQH15) and the province merger. */
  unitSuccessions: UnitSuccessionData[];
  /** GSO codes of the units that make up the plan's area, on either side of 1 July 2025. */
  territory: Array<{ code: string; validFrom: string | null }>;
}

/** An indicator as the data files state it: the plan's targets, without later revisions. */
export type IndicatorData = Omit<CatalogueIndicator, 'targets'> & { targets: Array<Omit<CatalogueTarget, 'validFrom' | 'legalBasis' | 'revisions'>> };

export type BodySuccessionData = CatalogueBodySuccession;

export interface UnitData {
  code: string;
  name: string;
  unitType: string;
  level: AdministrativeLevel;
  parentCode: string | null;
  validFrom: string | null;
  validTo: string | null;
}

/** Units are named by code and first day: codes are reused (new 01840 has the code of an old commune). */
export interface UnitRef {
  code: string;
  validFrom: string | null;
}

export interface UnitSuccessionData {
  predecessor: UnitRef;
  successor: UnitRef;
  effectiveDate: string;
  legalBasis: string;
  whole: boolean;
}

/** The day the two-level local government began: Bắc Kạn's units end the day before. */
export const REORGANISATION_DATE = '2025-07-01';
const LAST_DAY_BEFORE = '2025-06-30';

/**
 * The merged province. Only the part of it that came from Bắc Kạn is in the
 * data (the 37 communes of new-units-2025.csv), so its figures are the plan
 * area's. Code 19 from Công văn 915/CTK-CSCL (admin-units/README.md).
 */
const MERGED_PROVINCE = { code: '19', name: 'Tỉnh Thái Nguyên', unitType: 'Tỉnh' };
const PROVINCE_MERGER_BASIS =
  'Nghị quyết 202/2025/QH15 (12/06/2025) về sắp xếp đơn vị hành chính cấp tỉnh: hợp nhất tỉnh Bắc Kạn và tỉnh Thái Nguyên, lấy tên là tỉnh Thái Nguyên';

export function readPlanData(dataDir = findDataDir()): PlanData {
  const json = <T>(file: string): T => JSON.parse(readFileSync(join(dataDir, file), 'utf8')) as T;
  return {
    plan: json('plan.json'),
    objectives: json('objectives.json'),
    indicators: json('indicators.json'),
    tasks: json('tasks.json'),
    taskIndicators: json('task-indicators.json'),
    ...readBodies(json, join(dataDir, 'admin-units')),
    assignments: json('assignments.json'),
    ...readTerritory(join(dataDir, 'admin-units')),
  };
}

type BodyData = PlanData['bodies'][number];

/**
 * The plan's 30 bodies (until 2025), the bodies formed in 2025
 * (bodies-2025.json) with the links between them (body-successions.json),
 * and, from 1 July 2025, one People's Committee per new commune, which takes
 * over the local role of the district committees whose communes it took.
 */
function readBodies(json: <T>(file: string) => T, unitsDir: string): Pick<PlanData, 'bodies' | 'bodySuccessions'> {
  const communes = parseCsv(readFileSync(join(unitsDir, 'new-units-2025.csv'), 'utf8'));
  const committees: BodyData[] = communes.map((commune) => {
    const [type, ...rest] = commune.name.split(' ');
    const name = rest.join(' ');
    return {
      code: `UBND-${commune.code}`,
      name: `Ủy ban nhân dân ${type.toLowerCase()} ${name}`,
      shortName: `UBND ${type.toLowerCase()} ${name}`,
      nameEn: `People's Committee of ${name} ${type === 'Phường' ? 'ward' : 'commune'}`,
      kind: 'COMMUNE_PEOPLES_COMMITTEE' as BodyKind,
      administrativeUnitCode: commune.code,
      expectedToReport: true,
      note: 'Two-level local government from 1 July 2025: the commune committee reports for its commune under section V.7 and carries the plan\'s local duties there (Decree 124/2025/NĐ-CP, Circular 02/2025/TT-BDTTG).',
      validFrom: REORGANISATION_DATE,
      validTo: null,
    };
  });
  const districtOf = new Map(parseCsv(readFileSync(join(unitsDir, 'units-pre-2025.csv'), 'utf8')).map((u) => [u.code, u.parent_code]));
  const districtNames = new Map(parseCsv(readFileSync(join(unitsDir, 'units-pre-2025.csv'), 'utf8')).filter((u) => u.level === 'district').map((u) => [u.code, u.name]));
  const pairs = new Map<string, BodySuccessionData>();
  for (const row of parseCsv(readFileSync(join(unitsDir, 'reorganisation-2025-07-01.csv'), 'utf8'))) {
    const district = districtOf.get(row.old_code)!;
    pairs.set(`${district}>${row.new_code}`, {
      predecessorCode: `UBND-${district}`,
      successorCode: `UBND-${row.new_code}`,
      effectiveDate: REORGANISATION_DATE,
      legalBasis: 'Nghị quyết 202/2025/QH15; Nghị định 124/2025/NĐ-CP; Thông tư 02/2025/TT-BDTTG',
      note: `The district level was abolished: the committee of ${row.new_name} takes over the local role of ${districtNames.get(district)} for the communes of it that it took.`,
      inferred: false,
      whole: false,
    });
  }
  return {
    bodies: [...json<BodyData[]>('bodies.json'), ...json<BodyData[]>('bodies-2025.json'), ...committees],
    bodySuccessions: [...json<BodySuccessionData[]>('body-successions.json'), ...pairs.values()],
  };
}

/**
 * Both maps: Bắc Kạn's units until 30 June 2025, then province 19 and the 37
 * communes formed from Bắc Kạn's 108, each old commune succeeded by the new
 * one it went into whole. Districts were abolished: they have no successor.
 */
function readTerritory(dir: string): Pick<PlanData, 'units' | 'unitSuccessions' | 'territory'> {
  const earlier = readUnits(dir);
  const before = earlier.units.map((unit) => ({ ...unit, validTo: unit.validTo ?? LAST_DAY_BEFORE }));
  const province = before.find((u) => u.level === 'PROVINCE')!;
  const after: UnitData[] = [
    { ...MERGED_PROVINCE, level: 'PROVINCE' as AdministrativeLevel, parentCode: null, validFrom: REORGANISATION_DATE, validTo: null },
    ...parseCsv(readFileSync(join(dir, 'new-units-2025.csv'), 'utf8')).map((row) => ({
      code: row.code,
      name: row.name,
      unitType: row.type,
      level: 'COMMUNE' as AdministrativeLevel,
      parentCode: row.province_code,
      validFrom: REORGANISATION_DATE,
      validTo: null,
    })),
  ];
  const ref = (unit: UnitData): UnitRef => ({ code: unit.code, validFrom: unit.validFrom });
  // The forms in force on 30 June 2025 are the ones that went into the new communes.
  const oldByCode = new Map(before.filter((u) => u.validTo === LAST_DAY_BEFORE).map((u) => [u.code, u]));
  const newByCode = new Map(after.map((u) => [u.code, u]));
  const communes = parseCsv(readFileSync(join(dir, 'reorganisation-2025-07-01.csv'), 'utf8')).map((row) => ({
    predecessor: ref(oldByCode.get(row.old_code)!),
    successor: ref(newByCode.get(row.new_code)!),
    effectiveDate: REORGANISATION_DATE,
    legalBasis: row.legal_basis,
    // Every Bắc Kạn commune went whole into one new commune (admin-units/README.md).
    whole: true,
  }));
  const merger = { predecessor: ref(province), successor: ref(after[0]), effectiveDate: REORGANISATION_DATE, legalBasis: PROVINCE_MERGER_BASIS, whole: true };
  const territory = [ref(province), ...after.filter((u) => u.level === 'COMMUNE').map(ref)];
  return { units: [...before, ...after], unitSuccessions: [...earlier.successions, merger, ...communes], territory };
}

/**
 * Units before 1 July 2025, each in the forms the sources record: a unit
 * renamed or changed in type (changes-pre-2025.csv) is one area under two
 * names, so its earlier form ends the day before the change and goes whole
 * into the later one (Xã Vân Tùng, until 9 April 2023, then Thị trấn Vân
 * Tùng): a 2022 report names the commune as it then was. Forms that ended
 * before the plan began (2015, 2020) are not loaded. The 14 communes the
 * 2020 merger (855/NQ-UBTVQH14) removed are not loaded: the sources do not
 * say which commune absorbed each, so no figure could be carried from them.
 */
function readUnits(dir: string): { units: UnitData[]; successions: UnitSuccessionData[] } {
  const changes = new Map<string, Record<string, string>>();
  for (const change of parseCsv(readFileSync(join(dir, 'changes-pre-2025.csv'), 'utf8'))) {
    if (change.name_after) changes.set(change.code, change);
  }
  const units: UnitData[] = [];
  const successions: UnitSuccessionData[] = [];
  for (const row of parseCsv(readFileSync(join(dir, 'units-pre-2025.csv'), 'utf8'))) {
    const level = row.level.toUpperCase() as AdministrativeLevel;
    const change = changes.get(row.code);
    const current: UnitData = { code: row.code, name: row.name, unitType: row.type, level, parentCode: row.parent_code || null, validFrom: change?.effective_date ?? null, validTo: null };
    // Only a form the plan's reports can name (changes from 2021 on): earlier forms ended before it began.
    if (change && change.effective_date >= PLAN_START) {
      const earlier: UnitData = { ...current, name: change.name_before, unitType: unitTypeOf(change.name_before), validFrom: null, validTo: dayBefore(change.effective_date) };
      units.push(earlier);
      successions.push({ predecessor: { code: row.code, validFrom: null }, successor: { code: row.code, validFrom: change.effective_date }, effectiveDate: change.effective_date, legalBasis: change.legal_basis, whole: true });
    }
    units.push(current);
  }
  return { units, successions };
}

const PLAN_START = '2021-01-01';

/** The kind of unit a name starts with ("Xã Vân Tùng": "Xã"). */
const UNIT_TYPES = ['Thành phố', 'Thị xã', 'Thị trấn', 'Phường', 'Huyện', 'Tỉnh', 'Xã'];
function unitTypeOf(name: string): string {
  const type = UNIT_TYPES.find((t) => name.startsWith(`${t} `));
  if (!type) throw new Error(`seed data: no unit type in the name "${name}"`);
  return type;
}


/** Works from the TypeScript sources and from the compiled `dist/` alike. */
function findDataDir(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return resolve(dir, 'server/seed/data');
}
