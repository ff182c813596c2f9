import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { initialsOf, maskKpj, renderVerifyPage, type VerifyData } from './verify-page.ts';

const siti: Extract<VerifyData, { found: true }> = {
  found: true,
  initials: initialsOf('Siti Aminah'),
  maskedKpj: maskKpj('26133068531'),
  protectedToday: true,
  state: 'protected_paid',
  asOf: '2023-01-10',
  programs: 'JKK + JKM',
  branch: 'BPJS Ketenagakerjaan Kantor Cabang Kendari',
};

describe('card verification page', () => {
  test('initials: one letter per word, at most 4, without titles or degrees', () => {
    assert.equal(initialsOf('Siti Aminah'), 'S. A.');
    assert.equal(initialsOf('La Ode Muhammad Budi'), 'L. O. M. B.');
    assert.equal(initialsOf('La Ode Muhammad Budi Santoso'), 'L. O. M. B.');
    assert.equal(initialsOf('  siti   aminah '), 'S. A.');
    assert.equal(initialsOf("Hj. Wa Ode Nur'aini, S.Pd."), 'W. O. N.');
  });

  test('maskKpj keeps only the last 4 digits', () => {
    assert.equal(maskKpj('26133068531'), '•••••••8531');
  });

  test('a protected participant: initials, masked number, status with its date, programs, branch', () => {
    const html = renderVerifyPage(siti);
    for (const expected of [
      '<html lang="id">',
      'Verifikasi Kartu Peserta',
      'S. A.',
      '•••••••8531',
      'TERLINDUNGI',
      'Iuran bulan ini lunas',
      'per 10 Januari 2023',
      'JKK + JKM',
      'BPJS Ketenagakerjaan Kantor Cabang Kendari',
    ]) {
      assert.ok(html.includes(expected), `missing "${expected}"`);
    }
    assert.ok(!html.includes('TIDAK TERLINDUNGI'));
    assert.doesNotMatch(html, /Siti|Aminah|7409014508900001|26133068531|Dinas Kesehatan/);
  });

  test('the card owner is led on to "Cek perlindungan saya" (/cek); an unknown card is not', () => {
    assert.match(renderVerifyPage(siti), /<a class="self" href="\/cek">Pemilik kartu\? Cek perlindungan, klaim, dan kontak Anda<\/a>/);
    assert.match(renderVerifyPage(siti, 'en'), /href="\/cek">Your card\? Check your protection/);
    assert.doesNotMatch(renderVerifyPage({ found: false }), /\/cek/);
  });

  test('each state: awaiting payment is protected, in arrears is a warning, not covered is not protected; and in English', () => {
    const awaiting = renderVerifyPage({ ...siti, state: 'awaiting_payment' });
    assert.match(awaiting, /class="status ok">TERLINDUNGI<\/p>\n<p class="state">Iuran bulan ini belum jatuh tempo</);
    const arrears = renderVerifyPage({ ...siti, protectedToday: false, state: 'in_arrears' });
    assert.match(arrears, /class="status warn">IURAN MENUNGGAK<\/p>\n<p class="state">Iuran lewat jatuh tempo; manfaat tetap menjadi hak peserta/);
    assert.match(
      renderVerifyPage({ ...siti, protectedToday: false, state: 'not_covered' }),
      /class="status no">TIDAK TERLINDUNGI<\/p>\n<p class="state">Tidak terdaftar, nonaktif, atau di luar masa perjanjian</,
    );
    assert.match(
      renderVerifyPage({ ...siti, protectedToday: false, state: 'in_arrears' }, 'en'),
      />CONTRIBUTIONS IN ARREARS<\/p>\n<p class="state">Contributions past due;/,
    );
    const en = renderVerifyPage({ ...siti, protectedToday: false, state: 'not_covered' }, 'en');
    assert.match(en, /<html lang="en">/);
    assert.match(en, /Participant Card Verification/);
    assert.match(en, />NOT PROTECTED</);
    assert.match(en, /as of 10 January 2023/);
  });

  test('an unknown card says so and shows nothing else', () => {
    const html = renderVerifyPage({ found: false });
    assert.match(html, /Kartu tidak dikenal atau sudah diganti/);
    assert.doesNotMatch(html, /TERLINDUNGI|KPJ|•/);
    assert.match(renderVerifyPage({ found: false }, 'en'), /Card unknown or replaced/);
  });

  test('every text is escaped; the page is self-contained (no scripts, no external assets)', () => {
    const html = renderVerifyPage({ ...siti, initials: '<script>alert(1)</script>', branch: 'Kendari & "Baubau"' });
    assert.ok(!html.includes('<script'), 'no script tag');
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.ok(html.includes('Kendari &amp; &quot;Baubau&quot;'));
    assert.doesNotMatch(renderVerifyPage(siti), /<script|<link|<img|src=|https?:/i);
  });
});
