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

test('the units are those of the GSO list: 1 province, 8 districts, 108 communes', () => {
  const byLevel = (level: string) => data.units.filter((u) => u.level === level).length;
  expect([byLevel('PROVINCE'), byLevel('DISTRICT'), byLevel('COMMUNE')]).toEqual([1, 8, 108]);
});
