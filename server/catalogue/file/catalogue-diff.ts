import { CATALOGUE_KEYS, CatalogueFile, CatalogueList } from './catalogue-file';

export type DifferenceKind = 'added' | 'changed' | 'ended' | 'absent';

/** One object of the catalogue that a file adds, changes or ends, or that the database has and the file leaves out. */
export interface CatalogueDifference {
  list: string;
  key: string;
  kind: DifferenceKind;
  /** For a change or an end: each field that differs. */
  fields: Array<{ field: string; before: unknown; after: unknown }>;
}

/** Lists with an end date: setting it ends the object rather than changing it. */
const ENDING_LISTS = new Set(['bodies', 'assignments']);

/** What applying `after` to a catalogue that is `before` (null: none yet) would do, list by list, in the file's order. */
export function diffCatalogues(before: CatalogueFile | null, after: CatalogueFile): CatalogueDifference[] {
  const differences = diffList('plan', before ? [before.plan] : [], [after.plan], (p) => p.code);
  for (const list of Object.keys(CATALOGUE_KEYS) as CatalogueList[]) {
    const keyOf = CATALOGUE_KEYS[list] as (item: unknown) => string;
    const omit = list === 'indicators' ? ['targets'] : [];
    differences.push(...diffList(list, (before?.[list] ?? []) as unknown[], after[list] as unknown[], keyOf, omit));
  }
  differences.push(...diffList('targets', targetsOf(before), targetsOf(after), (t) => t.key, ['revisions']));
  differences.push(...diffList('targetRevisions', revisionsOf(before), revisionsOf(after), (r) => r.key));
  return differences;
}

function diffList<T>(list: string, before: T[], after: T[], keyOf: (item: T) => string, omit: string[] = []): CatalogueDifference[] {
  const existing = new Map(before.map((item) => [keyOf(item), item]));
  const kept = new Set(after.map(keyOf));
  const differences: CatalogueDifference[] = [];
  for (const item of after) {
    const key = keyOf(item);
    const old = existing.get(key);
    if (!old) {
      differences.push({ list, key, kind: 'added', fields: [] });
      continue;
    }
    const fields = changedFields(old as Record<string, unknown>, item as Record<string, unknown>, omit);
    if (!fields.length) continue;
    const ends = ENDING_LISTS.has(list) && fields.some((f) => f.field === 'validTo' && f.before === null && f.after !== null);
    differences.push({ list, key, kind: ends ? 'ended' : 'changed', fields });
  }
  for (const [key] of existing) if (!kept.has(key)) differences.push({ list, key, kind: 'absent', fields: [] });
  return differences;
}

function changedFields(before: Record<string, unknown>, after: Record<string, unknown>, omit: string[]): CatalogueDifference['fields'] {
  return Object.keys(after)
    .filter((field) => !omit.includes(field) && JSON.stringify(before[field] ?? null) !== JSON.stringify(after[field] ?? null))
    .map((field) => ({ field, before: before[field] ?? null, after: after[field] }));
}

function targetsOf(file: CatalogueFile | null) {
  return (file?.indicators ?? []).flatMap((i) => i.targets.map((t) => ({ key: `${i.code}|${t.year}`, ...t })));
}

function revisionsOf(file: CatalogueFile | null) {
  return (file?.indicators ?? []).flatMap((i) => i.targets.flatMap((t) => t.revisions.map((r) => ({ key: `${i.code}|${t.year}|${r.effectiveDate}`, ...r }))));
}

/** The difference as a reviewer reads it: a summary line, then one line per object (+ added, ~ changed, - ended, ? not in the file). */
export function describeDifferences(planCode: string, differences: CatalogueDifference[]): string {
  const count = (kind: DifferenceKind) => differences.filter((d) => d.kind === kind).length;
  const lines = [
    `catalogue ${planCode}: ${count('added')} added, ${count('changed')} changed, ${count('ended')} ended, ${count('absent')} in the database but not in the file (left as they are)`,
  ];
  const marks: Record<DifferenceKind, string> = { added: '+', changed: '~', ended: '-', absent: '?' };
  for (const difference of differences) {
    const fields = difference.fields.map((f) => `${f.field}: ${short(f.before)} -> ${short(f.after)}`).join('; ');
    lines.push(`${marks[difference.kind]} ${difference.list} ${difference.key}${fields ? ` (${fields})` : ''}`);
  }
  return lines.join('\n');
}

function short(value: unknown): string {
  const text = JSON.stringify(value ?? null);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
