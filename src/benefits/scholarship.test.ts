import { test } from 'node:test';
import assert from 'node:assert/strict';
import { REGULATION_DEFAULT_TERMS, type Terms } from '../agreements/index.ts';
import { quoteBenefits } from './rules.ts';
import { scholarshipSchedule } from './scholarship.ts';

const T = REGULATION_DEFAULT_TERMS;
const S = T.benefits.scholarship.value;
const death = { program: 'JKK', wage: 1_765_000, incidentDate: '2023-05-02', outcome: 'death' } as const;

test('two young children: every level in full, 87.000.000 each, never above 174.000.000', () => {
  const children = [
    { birthDate: '2020-01-01', level: 'TK' as const },
    { birthDate: '2019-09-15', level: 'TK' as const },
  ];
  const q = quoteBenefits({ ...death, children }, T);
  const line = q.items.find((i) => i.code === 'scholarship');
  assert.equal(line?.amount, 174_000_000);
  assert.equal(line?.cap, 174_000_000);
  assert.equal(line?.capped, false);
  assert.equal(q.scholarshipSchedule.length, 2);
  for (const s of q.scholarshipSchedule) {
    assert.equal(s.total, 87_000_000);
    assert.equal(s.years.length, 19);
    assert.deepEqual(s.years.map((y) => y.level).join(','), 'TK,TK,SD,SD,SD,SD,SD,SD,SMP,SMP,SMP,SMA,SMA,SMA,PT,PT,PT,PT,PT');
  }
  const first = q.scholarshipSchedule[0]?.years[0];
  assert.deepEqual(first, { year: 1, from: '2023-05-02', age: 3, level: 'TK', yearOfLevel: 1, amount: 1_500_000, trimmedByCap: false });
  assert.equal(q.scholarshipSchedule[0]?.years[18]?.from, '2041-05-02');
  assert.equal(q.total, 84_720_000 + 10_000_000 + 12_000_000 + 174_000_000);
});

test('the schedule ends at age 23 and starts from the current year of the level', () => {
  // 11 years old in SD year 5: SD 5–6, SMP 3, SMA 3, then PT at 19, 20, 21, 22 — not at 23.
  const { schedule } = scholarshipSchedule([{ birthDate: '2012-01-01', level: 'SD', yearOfLevel: 5 }], '2023-05-02', S);
  const years = schedule[0]?.years ?? [];
  assert.equal(years.length, 12);
  assert.deepEqual(years.at(-1), { year: 12, from: '2034-05-02', age: 22, level: 'PT', yearOfLevel: 4, amount: 12_000_000, trimmedByCap: false });
  assert.equal(schedule[0]?.total, 3_000_000 + 6_000_000 + 9_000_000 + 48_000_000);
  // already 23: nothing
  assert.equal(scholarshipSchedule([{ birthDate: '2000-01-01', level: 'PT', yearOfLevel: 1 }], '2023-05-02', S).schedule[0]?.total, 0);
});

test('the total cap is spent in time order and cuts the year where it runs out', () => {
  const terms: Terms = {
    ...T,
    benefits: { ...T.benefits, scholarship: { ...T.benefits.scholarship, value: { ...S, totalCap: 20_000_000 } } },
  };
  const children = [
    { birthDate: '2006-01-01', level: 'SMA' as const, yearOfLevel: 3 },
    { birthDate: '2008-01-01', level: 'SMA' as const, yearOfLevel: 1 },
  ];
  // year 1: 3.000.000 + 3.000.000; year 2: 12.000.000 (PT) + 2.000.000 of 3.000.000, then nothing.
  const q = quoteBenefits({ ...death, children }, terms);
  const line = q.items.find((i) => i.code === 'scholarship');
  assert.equal(line?.amount, 20_000_000);
  assert.equal(line?.capped, true);
  assert.deepEqual(
    q.scholarshipSchedule.map((s) => s.total),
    [15_000_000, 5_000_000],
  );
  assert.deepEqual(q.scholarshipSchedule[1]?.years.at(-1), {
    year: 2,
    from: '2024-05-02',
    age: 16,
    level: 'SMA',
    yearOfLevel: 2,
    amount: 2_000_000,
    trimmedByCap: true,
  });
  assert.match(line?.formula ?? '', /batas tercapai/);
});
