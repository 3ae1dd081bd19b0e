import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { SeedState } from './seed-state.entity';
import { syncByKey } from '../database/sync-by-key';
import { inTransaction } from '../database/transaction';
import { reportingPeriodsBetween } from '../reporting/periods/reporting-periods';
import { AdministrativeUnit } from '../territory/administrative-unit.entity';
import { AdministrativeUnitSuccession } from '../territory/administrative-unit-succession.entity';
import { refreshUnitCover } from '../territory/unit-cover';
import { rebuildKeptFigures } from '../reporting/rollup/kept-figures';
import { CATALOGUE_FORMAT, CatalogueFile, inCatalogueOrder, UnitRef } from '../catalogue/file/catalogue-file';
import { exportCatalogue } from '../catalogue/file/export-catalogue';
import { CatalogueCounts, importCatalogue } from '../catalogue/file/import-catalogue';
import { PlanData, readPlanData, UnitData } from './seed-data';

/** Reporting starts with the first half-year after the plan was issued (June 2022). */
const FIRST_REPORTING_YEAR = 2022;

export type SeedCounts = CatalogueCounts & { administrativeUnits: number; unitSuccessions: number };

/** A hash of the data files' content: what a database was seeded from. */
export function dataHash(data: PlanData): string {
  return createHash('sha256').update(JSON.stringify(data)).digest('hex');
}

/**
 * Seeds an empty database, and one seeded from other data files (an upgrade
 * that changed them: rows are matched by their natural keys, so ids stay);
 * does nothing when the data is what the database was seeded from.
 */
export async function seedIfChanged(em: EntityManager, data: PlanData = readPlanData()): Promise<SeedCounts | null> {
  const hash = dataHash(data);
  const state = await em.findOne(SeedState, { id: 1 });
  if (state?.dataHash === hash) return null;
  const counts = await seedDatabase(em, data);
  await em.upsert(SeedState, { id: 1, dataHash: hash, seededAt: new Date() });
  return counts;
}

/**
 * Loads the whole plan; running it again changes nothing. The units and their
 * successions are the product's reference data; the plan's catalogue goes
 * through the same import as a catalogue file (catalogue/file/).
 */
export async function seedDatabase(em: EntityManager, data: PlanData = readPlanData()): Promise<SeedCounts> {
  return inTransaction(em, async (tx) => {
    const { administrativeUnits, unitSuccessions } = await seedAdministrativeUnits(tx, data);
    const file = catalogueOfData(data);
    const current = await exportCatalogue(tx, file.plan.code);
    const { counts } = await importCatalogue(tx, keepingAdministratorsRecords(file, current), current);
    return { ...counts, administrativeUnits, unitSuccessions };
  });
}

/**
 * The territory both sides of 1 July 2025, without any plan: what a catalogue
 * file's units refer to. What lies in what may have changed: the kept figures
 * follow.
 */
export async function seedAdministrativeUnits(tx: EntityManager, data: PlanData = readPlanData()): Promise<{ administrativeUnits: number; unitSuccessions: number }> {
  const units = await seedUnits(tx, data);
  const unitSuccessions = await seedSuccessions(tx, data, units);
  await refreshUnitCover(tx);
  await rebuildKeptFigures(tx);
  return { administrativeUnits: units.size, unitSuccessions };
}

/**
 * The data files know nothing of what administrators recorded since: a seed
 * after an upgrade keeps the ends of duties and bodies, the revisions and
 * first days of targets, and moved due dates, where the files leave them
 * open. Texts and codes the files change are theirs.
 */
function keepingAdministratorsRecords(file: CatalogueFile, current: CatalogueFile | null): CatalogueFile {
  if (!current) return file;
  const keep = <T extends object>(items: T[], existing: T[], keyOf: (item: T) => string, fields: Array<keyof T>): T[] => {
    const byKey = new Map(existing.map((item) => [keyOf(item), item]));
    return items.map((item) => {
      const old = byKey.get(keyOf(item));
      if (!old) return item;
      const kept = Object.fromEntries(fields.filter((field) => item[field] === null && old[field] !== null).map((field) => [field, old[field]]));
      return { ...item, ...kept };
    });
  };
  const targets = new Map(current.indicators.flatMap((i) => i.targets.map((t) => [`${i.code}|${t.year}`, t] as const)));
  return {
    ...file,
    indicators: file.indicators.map((i) => ({
      ...i,
      targets: i.targets.map((t) => {
        const old = targets.get(`${i.code}|${t.year}`);
        return old && !t.revisions.length ? { ...t, revisions: old.revisions, validFrom: t.validFrom ?? old.validFrom, legalBasis: t.legalBasis ?? old.legalBasis } : t;
      }),
    })),
    assignments: keep(file.assignments, current.assignments, (a) => a.key, ['validFrom', 'validTo', 'legalBasis']),
    bodies: keep(file.bodies, current.bodies, (b) => b.code, ['validTo']),
    periods: file.periods.map((p) => ({ ...p, dueDate: current.periods.find((c) => c.code === p.code)?.dueDate ?? p.dueDate })),
  };
}

/** The project's data files as a catalogue file: what the seed imports. */
export function catalogueOfData(data: PlanData): CatalogueFile {
  return {
    format: CATALOGUE_FORMAT,
    plan: data.plan,
    territory: data.territory,
    objectives: data.objectives,
    indicators: data.indicators.map((i) => ({
      ...i,
      targets: i.targets.map((t) => ({ ...t, validFrom: null, legalBasis: null, revisions: [] })),
    })),
    tasks: data.tasks,
    taskIndicators: inCatalogueOrder(data.taskIndicators, data.tasks, data.indicators),
    bodies: data.bodies.map(({ administrativeUnitCode, ...b }) => ({
      ...b,
      administrativeUnit: administrativeUnitCode ? unitOnDay(data, administrativeUnitCode, b.validTo) : null,
      // The bodies of the 2025 files came after the plan: none of them is in it.
      namedInPlan: b.namedInPlan ?? false,
      listedBecause: b.listedBecause ?? (b.namedInPlan === undefined ? 'Carries on the duties of the plan\'s bodies after the 2025 reorganisation (see note).' : null),
    })),
    bodySuccessions: data.bodySuccessions,
    assignments: data.assignments.map((a) => ({ ...a, legalBasis: null, validFrom: null, validTo: null })),
    periods: reportingPeriodsBetween(FIRST_REPORTING_YEAR, data.plan.endYear).map(({ position: _position, ...p }) => p),
  };
}

/** A unit's natural key: its code and first day (codes are reused, so the code alone is not). */
function unitKey(unit: { code: string; validFrom?: string | null }): string {
  return `${unit.code}|${unit.validFrom ?? ''}`;
}

async function seedUnits(em: EntityManager, data: PlanData): Promise<Map<string, AdministrativeUnit>> {
  assertNoOverlap(data.units);
  const units = await syncByKey(em, AdministrativeUnit, data.units, unitKey, unitKey, (u, index) => ({
    code: u.code,
    name: u.name,
    unitType: u.unitType,
    level: u.level,
    validFrom: u.validFrom,
    validTo: u.validTo,
    parent: null,
    position: index + 1,
  }));
  for (const unit of data.units) {
    if (unit.parentCode) units.get(unitKey(unit))!.parent = parentOf(units, data.units, unit) as never;
  }
  await em.flush();
  return units;
}

/** The parent is the version of its code in force on the child's last day (a commune may predate its district's present form). */
function parentOf(units: Map<string, AdministrativeUnit>, all: UnitData[], child: UnitData): AdministrativeUnit {
  const day = child.validTo ?? '9999-12-31';
  const parent = all.find((u) => u.code === child.parentCode && (u.validFrom ?? '0001-01-01') <= day && (u.validTo ?? '9999-12-31') >= day);
  if (!parent) throw new Error(`seed data: no unit ${child.parentCode} in force on ${day} for ${child.code}`);
  return units.get(unitKey(parent))!;
}

function assertNoOverlap(units: UnitData[]): void {
  const byCode = new Map<string, UnitData[]>();
  for (const unit of units) byCode.set(unit.code, [...(byCode.get(unit.code) ?? []), unit]);
  for (const [code, versions] of byCode) {
    const sorted = [...versions].sort((a, b) => (a.validFrom ?? '').localeCompare(b.validFrom ?? ''));
    for (let i = 1; i < sorted.length; i++) {
      if (!sorted[i - 1].validTo || sorted[i - 1].validTo! >= (sorted[i].validFrom ?? '')) throw new Error(`seed data: versions of unit ${code} overlap`);
    }
  }
}

async function seedSuccessions(em: EntityManager, data: PlanData, units: Map<string, AdministrativeUnit>): Promise<number> {
  const synced = await syncByKey(
    em,
    AdministrativeUnitSuccession,
    data.unitSuccessions,
    (s) => `${units.get(unitKey(s.predecessor))!.id}>${units.get(unitKey(s.successor))!.id}`,
    (s) => `${s.predecessor.id}>${s.successor.id}`,
    (s) => ({
      predecessor: required(units, unitKey(s.predecessor), 'unit'),
      successor: required(units, unitKey(s.successor), 'unit'),
      effectiveDate: s.effectiveDate,
      legalBasis: s.legalBasis,
      whole: s.whole,
    }),
  );
  return synced.size;
}

/** A body's unit: the version of the code in force on the body's last day (UBND-01840 has the new 01840). */
function unitOnDay(data: PlanData, code: string, lastDay: string | null): UnitRef {
  const day = lastDay ?? '9999-12-31';
  const version = data.units.find((u) => u.code === code && (u.validFrom ?? '0001-01-01') <= day && (u.validTo ?? '9999-12-31') >= day);
  if (!version) throw new Error(`seed data refers to unknown unit "${code}" on ${day}`);
  return { code: version.code, validFrom: version.validFrom };
}

function required<T>(map: Map<string, T>, code: string, what: string): T {
  const value = map.get(code);
  if (!value) throw new Error(`seed data refers to unknown ${what} "${code}"`);
  return value;
}
