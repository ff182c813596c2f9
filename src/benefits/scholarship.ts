/**
 * Children's scholarship (PKS Pasal 7 ayat (1) huruf j; regulation.md §1.4): at most
 * `maxChildren` children, paid YEARLY at the amount of the child's school level, up to the total
 * cap for all children together. It is a maximum over time, not a lump sum.
 *
 * Schedule: year 1 starts on the incident date, year n on the incident date + (n − 1) years.
 * Each child starts at its current level and year of that level (`yearOfLevel`, default 1),
 * moves up one year each year (TK → SD → SMP → SMA → PT, each for its `maxYears` from the
 * terms) and stops after the last year of PT, or once the child's age on the start of a year
 * is `endAge` (23) or more. The total cap is spent in time order (year 1 for child 1, then
 * child 2, then year 2 …); the year where it runs out is cut and later years are dropped.
 */
import { formatDay, tr } from '../core/language.ts';
import { AppError } from '../core/errors.ts';
import { type Temporal, parseDate } from '../core/dates.ts';
import { formatRupiah, sumRupiah, type Rupiah } from '../core/money.ts';
import { SCHOOL_LEVELS, type SchoolLevel, type Terms } from '../agreements/model.ts';
import { NOT_IN_SCHOOL, type ChildSchedule, type ParsedBenefitQuoteRequest, type ScholarshipYear } from './schemas.ts';
import type { QuoteBuilder } from './items.ts';

type Child = ParsedBenefitQuoteRequest['children'][number];
type ScholarshipTerms = Terms['benefits']['scholarship']['value'];
type LevelTerms = ScholarshipTerms['levels'][number];

/** The levels in school order (whatever order the terms list them in). */
function orderedLevels(terms: ScholarshipTerms): LevelTerms[] {
  return SCHOOL_LEVELS.flatMap((level) => terms.levels.filter((l) => l.level === level));
}

/** The child's school years from its current level onward: [level, year of level, amount per year]. */
function schoolYears(child: Child, index: number, levels: readonly LevelTerms[]): { level: SchoolLevel; yearOfLevel: number; perYear: Rupiah }[] {
  if (child.level === NOT_IN_SCHOOL) {
    if (child.yearOfLevel !== 1)
      throw new AppError('validation_failed', `Anak ke-${index + 1}: anak yang belum sekolah tidak memiliki tahun ke- pada jenjang`, {
        child: index + 1,
        yearOfLevel: child.yearOfLevel,
      });
    return schoolYears({ ...child, level: levels[0]?.level ?? 'TK', yearOfLevel: 1 }, index, levels);
  }
  const start = levels.findIndex((l) => l.level === child.level);
  const current = levels[start];
  if (!current) return [];
  if (child.yearOfLevel > current.maxYears) {
    throw new AppError('validation_failed', `Anak ke-${index + 1}: jenjang ${child.level} paling lama ${current.maxYears} tahun`, {
      child: index + 1,
      yearOfLevel: child.yearOfLevel,
    });
  }
  return levels.slice(start).flatMap((l, i) => {
    const first = i === 0 ? child.yearOfLevel : 1;
    return Array.from({ length: l.maxYears - first + 1 }, (_, k) => ({ level: l.level, yearOfLevel: first + k, perYear: l.perYear }));
  });
}

function ageOn(birthDate: string, date: Temporal.PlainDate): number {
  return parseDate(birthDate).until(date, { largestUnit: 'years' }).years;
}

/**
 * The year-by-year schedule for every child, with the total cap applied in time order;
 * `capReached` says whether the cap cut or dropped any year.
 */
/**
 * The first scholarship year (0-based, counted from the incident date) of a child not yet in
 * school: the first whose start finds the child at least `entryAge` years old; 0 for a child at school.
 */
function firstSchoolYear(child: Child, incident: Temporal.PlainDate, entryAge: number): number {
  if (child.level !== NOT_IN_SCHOOL) return 0;
  let y = 0;
  while (ageOn(child.birthDate, incident.add({ years: y })) < entryAge) y += 1;
  return y;
}

export function scholarshipSchedule(
  children: readonly Child[],
  incidentDate: string,
  terms: ScholarshipTerms,
  schoolEntryAge = 4,
): { schedule: ChildSchedule[]; capReached: boolean } {
  const incident = parseDate(incidentDate);
  const levels = orderedLevels(terms);
  const plans = children.map((child, index) => {
    const years: ScholarshipYear[] = [];
    const offset = firstSchoolYear(child, incident, schoolEntryAge);
    for (const [k, school] of schoolYears(child, index, levels).entries()) {
      const y = offset + k;
      const from = incident.add({ years: y });
      const age = ageOn(child.birthDate, from);
      if (age >= terms.endAge) break;
      years.push({
        year: y + 1,
        from: from.toString(),
        age,
        level: school.level,
        yearOfLevel: school.yearOfLevel,
        amount: school.perYear,
        trimmedByCap: false,
      });
    }
    return years;
  });

  let left = terms.totalCap;
  let capReached = false;
  // In time order: scholarship year 1 of every child, then year 2 … (a child not yet in school starts later).
  const longest = Math.max(0, ...plans.flatMap((p) => p.map((e) => e.year)));
  for (let y = 1; y <= longest; y++) {
    for (const years of plans) {
      const entry = years.find((e) => e.year === y);
      if (!entry) continue;
      if (entry.amount > left) {
        Object.assign(entry, { amount: left, trimmedByCap: true });
        capReached = true;
      }
      left -= entry.amount;
    }
  }
  const schedule = plans.map((years, index) => {
    const paid = years.filter((e) => e.amount > 0);
    return { child: index + 1, birthDate: children[index]?.birthDate ?? '', years: paid, total: sumRupiah(paid.map((e) => e.amount)) };
  });
  return { schedule, capReached };
}

/** "SD 6 × Rp 1.500.000 + SMP 3 × Rp 2.000.000 = Rp 15.000.000" (a cut year is shown on its own). */
function childFormula(schedule: ChildSchedule): string {
  const groups: { level: SchoolLevel; count: number; amount: Rupiah }[] = [];
  for (const e of schedule.years) {
    const last = groups.at(-1);
    if (last && last.level === e.level && last.amount === e.amount) last.count += 1;
    else groups.push({ level: e.level, count: 1, amount: e.amount });
  }
  const parts = groups.map((g) => `${g.level} ${g.count} × ${formatRupiah(g.amount)}`);
  return `${tr(`Anak ke-${schedule.child}`, `Child ${schedule.child}`)}: ${parts.length ? parts.join(' + ') : tr('tidak ada tahun yang dibayar', 'no year paid')} = ${formatRupiah(schedule.total)}`;
}

/** Adds the scholarship line and returns the schedule. */
export function addScholarship(q: QuoteBuilder, req: ParsedBenefitQuoteRequest, terms: Terms): ChildSchedule[] {
  const cited = terms.benefits.scholarship;
  const entryAge = terms.benefits.schoolEntryAge;
  const { schedule, capReached: isCapped } = scholarshipSchedule(req.children, req.incidentDate, cited.value, entryAge.value);
  // JKM: the right is the regulation's JKM benefit (the PKS is silent), the amounts those of the scholarship table.
  const citations =
    req.program === 'JKM' ? [terms.benefits.jkmScholarship, { basis: 'PP 44/2015 jo. PP 82/2019 (besaran beasiswa)', note: cited.note }] : [cited];
  const notYet = req.children.some((c) => c.level === NOT_IN_SCHOOL);
  const amount = sumRupiah(schedule.map((s) => s.total));
  q.add(
    {
      code: 'scholarship',
      label: tr(
        `Beasiswa pendidikan ${req.children.length} anak (dibayar per tahun sesuai jenjang)`,
        `Education scholarship for ${req.children.length} ${req.children.length === 1 ? 'child' : 'children'} (paid yearly by school level)`,
      ),
      amount,
      cap: cited.value.totalCap,
      capped: isCapped,
      formula:
        `${schedule.map(childFormula).join('; ')}; ` +
        tr(
          `jumlah ${formatRupiah(amount)} (paling banyak ${formatRupiah(cited.value.totalCap)}${isCapped ? ', batas tercapai' : ''}; berhenti pada usia ${cited.value.endAge} tahun)`,
          `total ${formatRupiah(amount)} (at most ${formatRupiah(cited.value.totalCap)}${isCapped ? ', limit reached' : ''}; ends at age ${cited.value.endAge})`,
        ),
    },
    notYet ? [...citations, entryAge] : citations,
  );
  req.children.forEach((c, i) => {
    const first = schedule[i]?.years[0];
    if (c.level === NOT_IN_SCHOOL && first)
      q.notes.add(
        tr(
          `Anak ke-${i + 1} belum sekolah: beasiswa mulai ${formatDay(first.from)} saat berusia ${first.age} tahun dan masuk TK (usia masuk ${entryAge.value} tahun).`,
          `Child ${i + 1} is not yet in school: the scholarship starts on ${formatDay(first.from)} at age ${first.age}, entering kindergarten (TK; entry age ${entryAge.value}).`,
        ),
      );
  });
  q.notes.add(
    tr(
      'Beasiswa dibayar setiap tahun sesuai jenjang pendidikan anak dan diajukan setiap tahun; berhenti bila anak mencapai usia batas, menikah, atau bekerja.',
      "The scholarship is paid every year by the child's school level and claimed every year; it ends when the child reaches the age limit, marries or starts work.",
    ),
  );
  for (const s of schedule) {
    if (s.years.length === 0)
      q.notes.add(
        tr(
          `Anak ke-${s.child} tidak mendapat beasiswa (usia batas atau batas total sudah tercapai).`,
          `Child ${s.child} receives no scholarship (the age limit or the total limit is reached).`,
        ),
      );
  }
  return schedule;
}
