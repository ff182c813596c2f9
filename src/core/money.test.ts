import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addRates, applyRate, formatPercent, formatRupiah, multiplyFraction, parsePercent, parseRupiah, sumRupiah, terbilang } from './money.ts';
import { AppError } from './errors.ts';

test('0.24% and 0.30% are exact fractions', () => {
  assert.deepEqual(parsePercent('0.24'), { numerator: 24, denominator: 10000 });
  assert.deepEqual(parsePercent('0,30'), { numerator: 30, denominator: 10000 });
  assert.deepEqual(parsePercent('0.125'), { numerator: 125, denominator: 100000 });
  assert.deepEqual(parsePercent('100'), { numerator: 10000, denominator: 10000 });
});

test('PKS contribution on Rp 1.765.000: JKK 4.236 + JKM 5.295 = 9.531', () => {
  const wage = 1_765_000;
  const jkk = applyRate(wage, parsePercent('0.24'), 'down');
  const jkm = applyRate(wage, parsePercent('0.30'), 'down');
  assert.equal(jkk, 4236);
  assert.equal(jkm, 5295);
  assert.equal(jkk + jkm, 9531);
  assert.equal(applyRate(wage, addRates(parsePercent('0.24'), parsePercent('0.30')), 'down'), 9531);
});

test('rounding is a named choice: down truncates, half_up rounds .5 up', () => {
  // UMP Sultra 2021 × 0.24% = 6.124,83
  assert.equal(applyRate(2_552_014, parsePercent('0.24'), 'down'), 6124);
  assert.equal(applyRate(2_552_014, parsePercent('0.24'), 'half_up'), 6125);
  assert.equal(applyRate(2_552_014, parsePercent('0.30'), 'down'), 7656);
  assert.equal(multiplyFraction(5, 1, 2, 'half_up'), 3);
  assert.equal(multiplyFraction(5, 1, 2, 'down'), 2);
  assert.equal(multiplyFraction(1_765_000, 60 * 80, 100, 'down'), 84_720_000);
});

test('rates above 100% and malformed rates are refused', () => {
  assert.throws(
    () => parsePercent('100.01'),
    (e: unknown) => e instanceof AppError && e.message.includes('100%'),
  );
  assert.throws(() => parsePercent('-1'), AppError);
  assert.throws(() => parsePercent('abc'), AppError);
});

test('amounts must be safe integers', () => {
  assert.throws(() => applyRate(1.5, parsePercent('1'), 'down'), AppError);
  assert.throws(() => formatRupiah(Number.MAX_SAFE_INTEGER + 2), AppError);
  assert.equal(sumRupiah([4236, 5295]), 9531);
});

test('formatting for people', () => {
  assert.equal(formatRupiah(1_765_000), 'Rp 1.765.000');
  assert.equal(formatRupiah(0), 'Rp 0');
  assert.equal(formatRupiah(-5000), '-Rp 5.000');
  assert.equal(formatPercent(parsePercent('0.24')), '0,24%');
  assert.equal(formatPercent(parsePercent('0.3')), '0,30%');
  assert.equal(formatPercent({ numerator: 2, denominator: 100 }), '2%');
  assert.equal(parseRupiah('Rp 1.765.000'), 1_765_000);
  assert.equal(parseRupiah('1765000'), 1_765_000);
  assert.throws(() => parseRupiah('1,5'), AppError);
});

test('amounts in Indonesian words', () => {
  assert.equal(terbilang(9531), 'sembilan ribu lima ratus tiga puluh satu rupiah');
  assert.equal(terbilang(9_531_000), 'sembilan juta lima ratus tiga puluh satu ribu rupiah');
  assert.equal(terbilang(1_765_000), 'satu juta tujuh ratus enam puluh lima ribu rupiah');
  assert.equal(terbilang(114_372), 'seratus empat belas ribu tiga ratus tujuh puluh dua rupiah');
  assert.equal(terbilang(1000), 'seribu rupiah');
  assert.equal(terbilang(11), 'sebelas rupiah');
  assert.equal(terbilang(174_000_000), 'seratus tujuh puluh empat juta rupiah');
  assert.equal(terbilang(2_000_000_000), 'dua miliar rupiah');
  assert.equal(terbilang(0), 'nol rupiah');
});
