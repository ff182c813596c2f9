import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AppError } from '../core/errors.ts';
import { REGULATION_DEFAULT_TERMS, type Terms } from '../agreements/index.ts';
import { quoteBenefits, quoteWithReportedWage, wageOrReported } from './rules.ts';
import { benefitQuoteSchema, type BenefitQuote, type BenefitQuoteRequest } from './schemas.ts';

const T = REGULATION_DEFAULT_TERMS;
const WAGE = 1_765_000;
const base = { program: 'JKK', wage: WAGE, incidentDate: '2023-05-02' } as const;

const amounts = (q: BenefitQuote): Record<string, number> => Object.fromEntries(q.items.map((i) => [i.code, i.amount]));
const item = (q: BenefitQuote, code: string) => {
  const found = q.items.find((i) => i.code === code);
  assert.ok(found, `item ${code}`);
  return found;
};
const invalid = (request: unknown, pattern: RegExp, terms: Terms = T) =>
  assert.throws(
    () => quoteBenefits(request as BenefitQuoteRequest, terms),
    (e: unknown) => e instanceof AppError && e.code === 'validation_failed' && pattern.test(e.message),
  );
const withBenefits = (changes: Partial<Terms['benefits']>): Terms => ({ ...T, benefits: { ...T.benefits, ...changes } });

test('JKK death: 60% × 80 × wage + funeral + periodic benefit', () => {
  const q = quoteBenefits({ ...base, outcome: 'death' }, T);
  assert.deepEqual(amounts(q), { work_death: 84_720_000, funeral: 10_000_000, periodic: 12_000_000 });
  assert.equal(q.total, 106_720_000);
  const death = item(q, 'work_death');
  assert.match(death.formula, /^60% × 80 × Rp 1\.765\.000 = Rp 84\.720\.000 \(dibulatkan ke bawah\)$/);
  assert.equal(death.basis, 'PKS Pasal 7 ayat (1) huruf e; PP 44/2015 jo. PP 82/2019');
  assert.equal(death.cap, null);
  assert.equal(q.totalInWords, 'seratus enam juta tujuh ratus dua puluh ribu rupiah');
  assert.doesNotThrow(() => benefitQuoteSchema.parse(q));
});

test('JKK death at a tiny wage is raised to the JKM lump sum, unless the terms say otherwise', () => {
  const q = quoteBenefits({ ...base, wage: 100_000, outcome: 'death' }, T);
  const death = item(q, 'work_death');
  assert.equal(death.amount, 20_000_000);
  assert.match(death.formula, /60% × 80 × Rp 100\.000 = Rp 4\.800\.000; kurang dari santunan kematian JKM, dibayar paling sedikit Rp 20\.000\.000/);
  const noFloor = withBenefits({ workDeathFloorIsJkmLumpSum: { value: false, basis: 'Adendum' } });
  assert.equal(item(quoteBenefits({ ...base, wage: 100_000, outcome: 'death' }, noFloor), 'work_death').amount, 4_800_000);
});

test('total permanent disability: 70% × 80 × wage + periodic benefit', () => {
  const q = quoteBenefits({ ...base, outcome: 'total_permanent' }, T);
  assert.deepEqual(amounts(q), { total_permanent_disability: 98_840_000, periodic: 12_000_000 });
  assert.equal(q.total, 110_840_000);
  assert.match(item(q, 'total_permanent_disability').formula, /70% × 80 × Rp 1\.765\.000 = Rp 98\.840\.000/);
});

test('JKM: Rp 42.000.000 in three parts; scholarship only with 36 months of contributions', () => {
  const children = [{ birthDate: '2015-03-01', level: 'SD' as const }];
  const short = quoteBenefits({ ...base, program: 'JKM', outcome: 'death', contributionMonths: 35, children }, T);
  assert.deepEqual(amounts(short), { jkm_death: 20_000_000, jkm_funeral: 10_000_000, jkm_periodic: 12_000_000 });
  assert.equal(short.total, 42_000_000);
  assert.deepEqual(short.scholarshipSchedule, []);
  assert.ok(short.notes.some((n) => n.includes('paling sedikit 36 bulan')));

  const long = quoteBenefits({ ...base, program: 'JKM', outcome: 'death', contributionMonths: 36, children }, T);
  // age 8 on 2023-05-02: SD 6 (8–13) + SMP 3 (14–16) + SMA 3 (17–19) + PT at 20, 21, 22 — stops at 23
  assert.equal(item(long, 'scholarship').amount, 9_000_000 + 6_000_000 + 9_000_000 + 36_000_000);
  assert.equal(long.total, 42_000_000 + 60_000_000);
});

test('transport: each mode up to its own cap; entries of one mode are summed first', () => {
  const land = quoteBenefits({ ...base, outcome: 'recovered', transport: [{ mode: 'land', cost: 7_000_000 }] }, T);
  assert.deepEqual(amounts(land), { transport_land: 5_000_000 });
  assert.equal(item(land, 'transport_land').capped, true);
  assert.equal(item(land, 'transport_land').cap, 5_000_000);

  const two = quoteBenefits(
    {
      ...base,
      outcome: 'recovered',
      transport: [
        { mode: 'land', cost: 1_000_000 },
        { mode: 'sea', cost: 3_000_000 },
      ],
    },
    T,
  );
  assert.deepEqual(amounts(two), { transport_land: 1_000_000, transport_sea: 2_000_000 });
  assert.equal(two.total, 3_000_000);

  const same = quoteBenefits(
    {
      ...base,
      outcome: 'recovered',
      transport: [
        { mode: 'land', cost: 3_000_000 },
        { mode: 'land', cost: 4_000_000 },
        { mode: 'air', cost: 12_000_000 },
      ],
    },
    T,
  );
  assert.deepEqual(amounts(same), { transport_land: 5_000_000, transport_air: 10_000_000 });
  assert.match(item(same, 'transport_land').formula, /^Rp 3\.000\.000 \+ Rp 4\.000\.000 = Rp 7\.000\.000, dibatasi maks\. Rp 5\.000\.000/);
});

test('STMB across the 12-month edge', () => {
  assert.equal(item(quoteBenefits({ ...base, outcome: 'recovered', incapacityDays: 360 }, T), 'stmb').amount, 21_180_000);
  const q = quoteBenefits({ ...base, outcome: 'recovered', incapacityDays: 390 }, T);
  assert.equal(item(q, 'stmb').amount, 21_180_000 + 882_500);
  assert.match(item(q, 'stmb').formula, /12 bulan × 100% × Rp 1\.765\.000 = Rp 21\.180\.000 \+ 1 bulan × 50% × Rp 1\.765\.000 = Rp 882\.500/);
  assert.match(item(q, 'stmb').formula, /1 bulan = 30 hari/);
  assert.match(
    item(quoteBenefits({ ...base, outcome: 'recovered', incapacityDays: 375 }, T), 'stmb').formula,
    /15 hari \/ 30 × 50% × Rp 1\.765\.000 = Rp 441\.250/,
  );
});

test('anatomical disability: table % × 80 × wage for several rows', () => {
  const one = (code: string, extra: object = {}) => quoteBenefits({ ...base, outcome: 'partial_anatomical', disabilities: [{ code, ...extra }] }, T).total;
  assert.equal(one('lengan-kanan-bahu'), 56_480_000);
  assert.equal(one('lengan-kiri-bahu'), 49_420_000);
  assert.equal(one('mata-kedua'), 98_840_000);
  assert.equal(one('dengar-sebelah'), 28_240_000);
  assert.equal(one('ruas-telunjuk-kanan'), 6_354_000); // 4,5%
  assert.equal(one('kaki-memendek-7cm-lebih'), 42_360_000);
  assert.equal(one('kulit-kepala', { tablePercent: 25 }), 35_300_000);
  assert.equal(one('dengar-sebelah-per-10db', { units: 3 }), 12_708_000); // 3 × 3% = 9%
  assert.equal(one('dengar-sebelah-per-10db', { units: 9 }), 28_240_000); // 27% capped at the one-ear row, 20%
  const q = quoteBenefits({ ...base, outcome: 'partial_anatomical', disabilities: [{ code: 'lengan-kanan-bahu' }] }, T);
  assert.match(item(q, 'partial_anatomical_disability').formula, /^40% × 80 × Rp 1\.765\.000 = Rp 56\.480\.000/);
  assert.equal(q.disabilityParts[0]?.confirmed, true);
  assert.deepEqual(q.warnings, []);
});

test('unconfirmed rows carry a warning', () => {
  const q = quoteBenefits({ ...base, outcome: 'partial_anatomical', disabilities: [{ code: 'ibu-jari-kanan' }] }, T);
  assert.equal(q.total, 21_180_000); // 15%
  assert.equal(q.warnings.length, 1);
  assert.match(q.warnings[0] ?? '', /belum dikonfirmasi/);
});

test('functional disability: % lost × table % × 80 × wage', () => {
  const q = quoteBenefits({ ...base, outcome: 'partial_functional', disabilities: [{ code: 'lengan-kanan-bahu', functionLossPercent: 50 }] }, T);
  assert.equal(q.total, 28_240_000);
  assert.match(item(q, 'partial_functional_disability').formula, /^50% × 40% × 80 × Rp 1\.765\.000 = Rp 28\.240\.000/);
  const fraction = quoteBenefits({ ...base, outcome: 'partial_functional', disabilities: [{ code: 'lengan-kanan-bahu', functionLossPercent: 12.5 }] }, T);
  assert.equal(fraction.total, 7_060_000);
});

test('several body parts add up, never above the total-permanent amount', () => {
  const two = quoteBenefits({ ...base, outcome: 'partial_anatomical', disabilities: [{ code: 'lengan-kanan-bahu' }, { code: 'jari-lain-kiri' }] }, T);
  assert.equal(two.total, 56_480_000 + 4_236_000);
  assert.equal(item(two, 'partial_anatomical_disability').capped, false);

  const many = quoteBenefits(
    { ...base, outcome: 'partial_anatomical', disabilities: [{ code: 'lengan-kanan-bahu' }, { code: 'lengan-kiri-bahu' }, { code: 'mata-sebelah' }] },
    T,
  );
  const line = item(many, 'partial_anatomical_disability');
  assert.deepEqual(
    many.disabilityParts.map((p) => p.amount),
    [56_480_000, 49_420_000, 49_420_000],
  );
  assert.equal(line.amount, 98_840_000);
  assert.equal(line.cap, 98_840_000);
  assert.equal(line.capped, true);
  assert.match(
    line.formula,
    /jumlah .* = Rp 155\.320\.000; melebihi santunan cacat total tetap 70% × 80 × Rp 1\.765\.000 = Rp 98\.840\.000, dibayar Rp 98\.840\.000/,
  );
});

test('left-handed: right and left rows swap', () => {
  const right = quoteBenefits({ ...base, outcome: 'partial_anatomical', leftHanded: true, disabilities: [{ code: 'lengan-kanan-bahu' }] }, T);
  const left = quoteBenefits({ ...base, outcome: 'partial_anatomical', leftHanded: true, disabilities: [{ code: 'lengan-kiri-bahu' }] }, T);
  assert.equal(right.total, 49_420_000);
  assert.equal(left.total, 56_480_000);
  assert.match(right.disabilityParts[0]?.label ?? '', /kidal/);
});

test('rehabilitation, dentures, glasses and home care', () => {
  const q = quoteBenefits(
    {
      ...base,
      outcome: 'recovered',
      medicalCost: 35_000_000,
      orthosisPrice: 1_000_000,
      denturesCost: 6_000_000,
      glassesCost: 800_000,
      homeCareCost: 25_000_000,
      homeCareMonths: 6,
    },
    T,
  );
  assert.deepEqual(amounts(q), { medical: 35_000_000, orthosis: 1_400_000, dentures: 5_000_000, glasses: 800_000, home_care: 20_000_000 });
  assert.equal(item(q, 'home_care').capped, true);
  assert.equal(item(q, 'medical').cap, null);
  assert.match(item(q, 'orthosis').formula, /Rp 1\.000\.000 \+ 40% × Rp 1\.000\.000 = Rp 1\.400\.000/);
  // Recommended for 13 months: the first 12 are paid, pro rata (issue #12), no longer an error.
  assert.equal(amounts(quoteBenefits({ ...base, outcome: 'recovered', homeCareCost: 5_000_000, homeCareMonths: 13 }, T)).home_care, 4_615_384);
});

test('medical care: no cap by default, its citation from the terms; a cap set by the terms caps it', () => {
  const request = { ...base, outcome: 'recovered', medicalCost: 35_000_000 } as const;
  const open = item(quoteBenefits(request, T), 'medical');
  assert.deepEqual([open.amount, open.cap, open.capped], [35_000_000, null, false]);
  assert.equal(open.basis, 'PKS Pasal 7 ayat (1) huruf a; PP 44/2015 jo. PP 82/2019');
  assert.match(open.formula, /tanpa batas: Rp 35\.000\.000$/);

  const cited = withBenefits({ medicalCareCap: { value: null, basis: 'PKS Kabupaten X Pasal 7 huruf a', note: 'Sesuai kebutuhan medis.' } });
  const fromTerms = quoteBenefits(request, cited);
  assert.equal(item(fromTerms, 'medical').basis, 'PKS Kabupaten X Pasal 7 huruf a', 'the basis is read from the terms, not from the engine');
  assert.ok(fromTerms.notes.includes('Sesuai kebutuhan medis.'));

  const cap = withBenefits({ medicalCareCap: { value: 20_000_000, basis: 'Adendum II Pasal 1' } });
  const over = item(quoteBenefits(request, cap), 'medical');
  assert.deepEqual([over.amount, over.cap, over.capped, over.basis], [20_000_000, 20_000_000, true, 'Adendum II Pasal 1']);
  assert.match(over.formula, /^Rp 35\.000\.000, dibatasi maks\. Rp 20\.000\.000, dibayar Rp 20\.000\.000$/);
  const under = item(quoteBenefits({ ...request, medicalCost: 3_500_000 }, cap), 'medical');
  assert.deepEqual([under.amount, under.cap, under.capped], [3_500_000, 20_000_000, false]);
});

test('a custom terms object changes the result: no amount is hard-coded', () => {
  const custom = withBenefits({
    funeral: { value: 15_000_000, basis: 'Adendum I Pasal 1' },
    transportCap: { ...T.benefits.transportCap, land: { value: 6_000_000, basis: 'Adendum I Pasal 2' } },
  });
  const q = quoteBenefits({ ...base, outcome: 'death', transport: [{ mode: 'land', cost: 7_000_000 }] }, custom);
  assert.equal(item(q, 'funeral').amount, 15_000_000);
  assert.equal(item(q, 'funeral').basis, 'Adendum I Pasal 1');
  assert.equal(item(q, 'transport_land').amount, 6_000_000);
  assert.equal(q.total, 84_720_000 + 15_000_000 + 12_000_000 + 6_000_000);
});

test('the wage falls back to the reported wage of the terms', () => {
  assert.equal(wageOrReported(undefined, T), 1_765_000);
  assert.equal(wageOrReported(2_000_000, T), 2_000_000);
  const q = quoteWithReportedWage({ program: 'JKK', incidentDate: '2023-05-02', outcome: 'total_permanent' }, T);
  assert.equal(q.wage, 1_765_000);
  assert.equal(item(q, 'total_permanent_disability').amount, 98_840_000);
  invalid({ program: 'JKK', incidentDate: '2023-05-02', outcome: 'death' }, /Upah wajib diisi/);
});

test('bad input is a validation error in Bahasa Indonesia', () => {
  invalid({ ...base, outcome: 'partial_anatomical', disabilities: [{ code: 'sayap' }] }, /Kode cacat "sayap" tidak ada/);
  invalid({ ...base, outcome: 'partial_functional', disabilities: [{ code: 'lengan-kanan-bahu', functionLossPercent: 101 }] }, /antara 0 dan 100/);
  invalid({ ...base, outcome: 'partial_functional', disabilities: [{ code: 'lengan-kanan-bahu', functionLossPercent: -1 }] }, /antara 0 dan 100/);
  invalid({ ...base, outcome: 'partial_functional', disabilities: [{ code: 'lengan-kanan-bahu' }] }, /isi functionLossPercent/);
  invalid(
    { ...base, outcome: 'partial_anatomical', disabilities: [{ code: 'lengan-kanan-bahu', functionLossPercent: 50 }] },
    /hanya untuk cacat sebagian fungsi/,
  );
  invalid({ ...base, outcome: 'partial_anatomical', disabilities: [] }, /minimal satu bagian tubuh/);
  invalid({ ...base, outcome: 'death', disabilities: [{ code: 'lengan-kanan-bahu' }] }, /hanya diisi untuk cacat sebagian/);
  invalid({ ...base, outcome: 'recovered', medicalCost: -5 }, /Biaya pengobatan tidak boleh negatif/);
  invalid({ ...base, outcome: 'recovered', transport: [{ mode: 'land', cost: -1 }] }, /Biaya angkut tidak boleh negatif/);
  invalid({ ...base, outcome: 'recovered', transport: [{ mode: 'rail', cost: 1 }] }, /Moda angkutan/);
  invalid({ ...base, incidentDate: '2023-02-30', outcome: 'death' }, /bukan tanggal yang ada/);
  invalid({ ...base, outcome: 'broken' }, /Akibat harus salah satu/);
  const child = { birthDate: '2015-01-01', level: 'SD' };
  invalid({ ...base, outcome: 'death', children: [child, child, child] }, /paling banyak untuk 2 anak/);
  invalid({ ...base, outcome: 'death', children: [{ birthDate: '2023-06-01', level: 'TK' }] }, /anak ke-1 tidak boleh setelah tanggal kejadian/);
  invalid({ ...base, outcome: 'death', children: [{ birthDate: '2015-13-01', level: 'SD' }] }, /Tanggal lahir anak/);
  invalid({ ...base, outcome: 'death', children: [{ birthDate: '2015-01-01', level: 'SD', yearOfLevel: 7 }] }, /SD paling lama 6 tahun/);
  invalid({ ...base, outcome: 'partial_anatomical', disabilities: [{ code: 'kulit-kepala' }] }, /rentang 10%–30%/);
  invalid({ ...base, outcome: 'partial_anatomical', disabilities: [{ code: 'kulit-kepala', tablePercent: 35 }] }, /harus dalam rentang 10%–30%/);
  invalid({ ...base, outcome: 'partial_anatomical', disabilities: [{ code: 'mata-kedua', tablePercent: 50 }] }, /persentase tabel tetap/);
  invalid({ ...base, outcome: 'partial_anatomical', disabilities: [{ code: 'dengar-kedua-per-10db' }] }, /isi units/);
  invalid({ ...base, program: 'JKM', outcome: 'total_permanent' }, /JKM hanya untuk peserta yang meninggal/);
  invalid({ ...base, program: 'JKM', outcome: 'death', medicalCost: 1_000_000 }, /medicalCost hanya untuk program JKK/);
  const err = (() => {
    try {
      quoteBenefits({ ...base, outcome: 'partial_anatomical', disabilities: [{ code: 'sayap' }] }, T);
    } catch (e) {
      return e as AppError;
    }
  })();
  assert.deepEqual(err?.details, { code: 'sayap' });
});

test('children named for a JKK case without death or total permanent disability get a note, not money', () => {
  const q = quoteBenefits({ ...base, outcome: 'recovered', children: [{ birthDate: '2015-01-01', level: 'SD' }] }, T);
  assert.equal(q.total, 0);
  assert.deepEqual(q.scholarshipSchedule, []);
  assert.ok(q.notes.some((n) => n.includes('Beasiswa JKK hanya')));
});

test('hearing aid: up to Rp 2.500.000 (regulation, unconfirmed amount); the PKS omits it like glasses; not for JKM', () => {
  const q = quoteBenefits({ ...base, outcome: 'recovered', hearingAidCost: 3_000_000, glassesCost: 800_000 }, T);
  assert.deepEqual(amounts(q), { glasses: 800_000, hearing_aid: 2_500_000 });
  const aid = item(q, 'hearing_aid');
  assert.deepEqual(
    [aid.label, aid.cap, aid.capped, aid.formula],
    ['Penggantian alat bantu dengar', 2_500_000, true, 'Rp 3.000.000, dibatasi maks. Rp 2.500.000, dibayar Rp 2.500.000'],
  );
  assert.equal(aid.basis, 'PP 44/2015 jo. PP 82/2019; Permenaker 5/2021 (alat bantu dengar)');
  assert.ok(q.notes.some((n) => /Belum terkonfirmasi.*PKS tidak menyebut alat bantu dengar, seperti kacamata/.test(n)));
  assert.equal(amounts(quoteBenefits({ ...base, outcome: 'recovered', hearingAidCost: 1_800_000 }, T)).hearing_aid, 1_800_000);
  invalid({ ...base, program: 'JKM', outcome: 'death', hearingAidCost: 1_000_000 }, /hearingAidCost hanya untuk program JKK/);
});

test('home care recommended beyond 12 months pays the first 12 months pro rata, at most the cap', () => {
  const q = quoteBenefits({ ...base, outcome: 'recovered', homeCareCost: 24_000_000, homeCareMonths: 18 }, T);
  const care = item(q, 'home_care');
  // 24.000.000 × 12/18 = 16.000.000 (under the cap of 20.000.000)
  assert.deepEqual([care.amount, care.capped, care.label], [16_000_000, false, 'Perawatan di rumah (home care) 12 bulan pertama dari 18 bulan']);
  assert.equal(care.formula, 'Rp 24.000.000 × 12/18 bulan = Rp 16.000.000 (dibulatkan ke bawah) (maks. Rp 20.000.000) = Rp 16.000.000');
  assert.ok(q.warnings.some((w) => /direkomendasikan 18 bulan; dibayar paling lama 12 bulan/.test(w)));
  // 36.000.000 × 12/18 = 24.000.000 → capped at 20.000.000
  const capped = item(quoteBenefits({ ...base, outcome: 'recovered', homeCareCost: 36_000_000, homeCareMonths: 18 }, T), 'home_care');
  assert.deepEqual([capped.amount, capped.capped], [20_000_000, true]);
  // 10.000.000 × 12/13 = 9.230.769,23 → Rp 9.230.769
  assert.equal(amounts(quoteBenefits({ ...base, outcome: 'recovered', homeCareCost: 10_000_000, homeCareMonths: 13 }, T)).home_care, 9_230_769);
});

test('JKM scholarship: cited to the JKM benefit of the regulation, the PKS silent on it', () => {
  // one child in SD year 1, born 1 Januari 2015, age 8 on 2 Mei 2023: SD 6 × 1.500.000 + SMP 3 × 2.000.000 + SMA 3 × 3.000.000
  // + PT 3 × 12.000.000 (age 23 reached on 2 Mei 2038) = 60.000.000
  const q = quoteBenefits({ ...base, program: 'JKM', outcome: 'death', contributionMonths: 36, children: [{ birthDate: '2015-01-01', level: 'SD' }] }, T);
  const s = item(q, 'scholarship');
  assert.equal(s.amount, 60_000_000);
  assert.equal(q.total, 102_000_000);
  assert.equal(
    s.basis,
    'PP 44/2015 Pasal 34 jo. PP 82/2019 (manfaat JKM: beasiswa pendidikan anak, masa iur paling singkat 3 tahun); PP 44/2015 jo. PP 82/2019 (besaran beasiswa)',
  );
  assert.doesNotMatch(s.basis, /Pasal 7 ayat \(1\) huruf j/);
  assert.ok(q.notes.some((n) => n.startsWith('PKS Pasal 7 ayat (2) tidak menyebut beasiswa JKM')));
  const jkk = item(quoteBenefits({ ...base, outcome: 'death', children: [{ birthDate: '2015-01-01', level: 'SD' }] }, T), 'scholarship');
  assert.equal(jkk.basis, 'PKS Pasal 7 ayat (1) huruf j (beasiswa JKK); PP 44/2015 jo. PP 82/2019; Permenaker 5/2021');
  const off = quoteBenefits(
    { ...base, program: 'JKM', outcome: 'death', contributionMonths: 36, children: [{ birthDate: '2015-01-01', level: 'SD' }] },
    withBenefits({ jkmScholarship: { value: false, basis: 'Adendum II Pasal 1' } }),
  );
  assert.deepEqual([off.total, off.items.some((i) => i.code === 'scholarship')], [42_000_000, false]);
});

test('a child not yet in school: the scholarship starts when it enters TK at age 4', () => {
  // born 2 Mei 2022, age 1 at the accident on 2 Mei 2023: years 1–3 unpaid; TK from 2 Mei 2026 (age 4)
  const q = quoteBenefits({ ...base, outcome: 'death', children: [{ birthDate: '2022-05-02', level: 'belum_sekolah' }] }, T);
  const years = q.scholarshipSchedule[0]!.years;
  assert.deepEqual(
    years.slice(0, 3).map((y) => [y.year, y.from, y.age, y.level, y.yearOfLevel, y.amount]),
    [
      [4, '2026-05-02', 4, 'TK', 1, 1_500_000],
      [5, '2027-05-02', 5, 'TK', 2, 1_500_000],
      [6, '2028-05-02', 6, 'SD', 1, 1_500_000],
    ],
  );
  // TK 2 × 1.500.000 + SD 6 × 1.500.000 + SMP 3 × 2.000.000 + SMA 3 × 3.000.000 + PT 5 × 12.000.000 = 87.000.000 (19 school years, the last at age 22)
  assert.equal(item(q, 'scholarship').amount, 87_000_000);
  assert.deepEqual([years.length, years.at(-1)!.from, years.at(-1)!.age], [19, '2044-05-02', 22]);
  assert.match(item(q, 'scholarship').basis, /Permendikbud 1\/2021 Pasal 6/);
  assert.ok(q.notes.includes('Anak ke-1 belum sekolah: beasiswa mulai 2 Mei 2026 saat berusia 4 tahun dan masuk TK (usia masuk 4 tahun).'));
  // the same child entered as TK (the old way) started at age 1: same total, wrong dates
  const asTk = quoteBenefits({ ...base, outcome: 'death', children: [{ birthDate: '2022-05-02', level: 'TK' }] }, T);
  assert.deepEqual([asTk.scholarshipSchedule[0]!.years[0]!.from, asTk.scholarshipSchedule[0]!.years[0]!.age], ['2023-05-02', 1]);
  invalid(
    { ...base, outcome: 'death', children: [{ birthDate: '2022-05-02', level: 'belum_sekolah', yearOfLevel: 2 }] },
    /belum sekolah tidak memiliki tahun ke-/,
  );
});
