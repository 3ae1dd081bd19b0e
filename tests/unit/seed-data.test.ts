import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPlanData } from '../../server/seed/seed-data';

const data = readPlanData();

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

test('all text is Unicode NFC, without stray spaces', () => {
  for (const text of strings(data)) {
    expect(text).toBe(text.normalize('NFC'));
    expect(text).toBe(text.trim());
  }
});

test('codes are unique and every reference resolves', () => {
  const unique = (codes: string[]) => expect(new Set(codes).size).toBe(codes.length);
  unique(data.objectives.map((o) => o.code));
  unique(data.indicators.map((i) => i.code));
  unique(data.tasks.map((t) => t.code));
  unique(data.bodies.map((b) => b.code));
  const objectives = new Set(data.objectives.map((o) => o.code));
  const tasks = new Set(data.tasks.map((t) => t.code));
  for (const indicator of data.indicators) {
    expect(objectives.has(indicator.objectiveCode)).toBe(true);
    for (const target of indicator.targets) expect(objectives.has(target.objectiveCode)).toBe(true);
  }
  for (const task of data.tasks) if (task.parentCode) expect(tasks.has(task.parentCode)).toBe(true);
});

test('Vietnamese item letters: "đ" is kept and "f" never appears', () => {
  const codes = data.tasks.map((t) => t.code);
  expect(codes).toEqual(expect.arrayContaining(['III.1.đ', 'III.2.đ', 'III.2.đ.1']));
  expect(codes.filter((c) => /\.f(\.|$)/.test(c))).toEqual([]);
});

test('every target of a range has its upper bound above its lower bound, and only ranges have one', () => {
  for (const target of data.indicators.flatMap((i) => i.targets)) {
    if (target.comparator === 'BETWEEN') expect(target.valueMax!).toBeGreaterThan(target.value);
    else expect(target.valueMax).toBeNull();
  }
});

test('the units are those of the GSO list until 30 June 2025: 1 province, 8 districts, 108 communes', () => {
  const before = data.units.filter((u) => u.validTo === '2025-06-30');
  const byLevel = (level: string) => before.filter((u) => u.level === level).length;
  expect([byLevel('PROVINCE'), byLevel('DISTRICT'), byLevel('COMMUNE')]).toEqual([1, 8, 108]);
});

test('from 1 July 2025: province 19 and the 37 communes formed from the 108, each old commune going whole into one', () => {
  const after = data.units.filter((u) => u.validFrom === '2025-07-01');
  expect(after.filter((u) => u.level === 'PROVINCE').map((u) => u.code)).toEqual(['19']);
  expect(after.filter((u) => u.level === 'COMMUNE')).toHaveLength(37);
  const communeSuccessions = data.unitSuccessions.filter((s) => s.predecessor.code.length === 5 && s.effectiveDate === '2025-07-01');
  expect(communeSuccessions).toHaveLength(108);
  expect(new Set(communeSuccessions.map((s) => s.predecessor.code)).size).toBe(108);
  expect(communeSuccessions.every((s) => s.whole && /^1683\/NQ-UBTVQH15 Điều 1 khoản \d+/.test(s.legalBasis))).toBe(true);
  // Districts were abolished: none has a successor.
  expect(data.unitSuccessions.filter((s) => s.predecessor.code.length === 3)).toEqual([]);
});

test('every body succession names bodies that exist, and ends where the next begins', () => {
  const bodies = new Map(data.bodies.map((b) => [b.code, b]));
  for (const link of data.bodySuccessions) {
    const before = bodies.get(link.predecessorCode)!;
    const after = bodies.get(link.successorCode)!;
    expect([link.predecessorCode, before && after ? 'both exist' : 'missing']).toEqual([link.predecessorCode, 'both exist']);
    // A body that absorbs another goes on in its form (Sở Tài chính took in Sở Kế hoạch và Đầu tư).
    expect([null, link.effectiveDate]).toContain(after.validFrom);
    expect(before.validTo! < link.effectiveDate).toBe(true);
  }
});

test('a commune renamed during the plan is one area under two names: Xã Vân Tùng until 9 April 2023 goes whole into Thị trấn Vân Tùng', () => {
  const forms = data.units.filter((u) => u.code === '01954' && u.level === 'COMMUNE' && u.parentCode === '062');
  expect(forms.map((u) => [u.name, u.unitType, u.validFrom, u.validTo])).toEqual([
    ['Xã Vân Tùng', 'Xã', null, '2023-04-09'],
    ['Thị trấn Vân Tùng', 'Thị trấn', '2023-04-10', '2025-06-30'],
  ]);
  expect(data.unitSuccessions.find((s) => s.predecessor.code === '01954' && s.successor.code === '01954')).toMatchObject({
    effectiveDate: '2023-04-10',
    whole: true,
    legalBasis: expect.stringContaining('722/NQ-UBTVQH15'),
  });
});

describe('the duties as the document states them', () => {
  const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
  const document = collapse(readFileSync(join(__dirname, '../../server/seed/data/plan-document/ke-hoach-2022.md'), 'utf8'));

  test('every STATED duty is the document\'s own words, found verbatim in the plan\'s text', () => {
    const stated = data.assignments.filter((a) => a.source === 'STATED');
    expect(stated.length).toBeGreaterThan(100);
    expect(stated.filter((a) => !document.includes(collapse(a.duty))).map((a) => a.key)).toEqual([]);
  });

  test('sections III and IV name no body except on IV.4: a duty tied to another of their items is a reading (INFERRED)', () => {
    const statedOnTasks = data.assignments.filter((a) => a.source === 'STATED' && a.taskCode !== null);
    expect([...new Set(statedOnTasks.map((a) => a.taskCode))]).toEqual(['IV.4']);
  });

  test('each duty has its own key, and the keys of 2026-11 stay (their IDs with them)', () => {
    const keys = data.assignments.map((a) => a.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual(expect.arrayContaining(['*|BDT|LEAD', '*|BDT|SUPERVISE', '*|SKHDT|FUND', 'IV.4|UBND-064|COORDINATE']));
  });

  test('the socio-political organisations supervise with the Fatherland Front (V.6), as a body of their own', () => {
    expect(data.bodies.find((b) => b.code === 'TCCTXH')).toMatchObject({ namedInPlan: true, kind: 'FRONT' });
    expect(data.assignments.filter((a) => a.bodyCode === 'TCCTXH').map((a) => [a.role, a.source, a.sourceRef])).toEqual([['SUPERVISE', 'STATED', 'V.6']]);
  });

  test('a code the plan prints is DOCUMENT, our numbering of sub-items DERIVED; unnamed departments are marked, with why they are listed', () => {
    const source = (code: string) => data.tasks.find((t) => t.code === code)!.codeSource;
    expect([source('III.2.d'), source('IV.4'), source('III.2.d.1')]).toEqual(['DOCUMENT', 'DOCUMENT', 'DERIVED']);
    const plan2022 = data.bodies.filter((b) => b.namedInPlan !== undefined);
    expect(plan2022.filter((b) => b.namedInPlan === false).length).toBe(16);
    expect(plan2022.every((b) => (b.listedBecause ?? '').length > 10)).toBe(true);
  });
});
