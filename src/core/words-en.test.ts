import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inWordsEn } from './words-en.ts';
import { amountInWords, formatDay, formatMonth, tr, withTextLanguage } from './language.ts';

test('rupiah amounts in English words', () => {
  assert.equal(inWordsEn(106_720_000), 'one hundred six million seven hundred twenty thousand rupiah');
  assert.equal(inWordsEn(10_000), 'ten thousand rupiah');
  assert.equal(inWordsEn(9_531), 'nine thousand five hundred thirty-one rupiah');
  assert.equal(inWordsEn(114_372), 'one hundred fourteen thousand three hundred seventy-two rupiah');
  assert.equal(inWordsEn(0), 'zero rupiah');
  assert.equal(inWordsEn(-18_124), 'minus eighteen thousand one hundred twenty-four rupiah');
  assert.equal(inWordsEn(1_000_000_000_000), 'one trillion rupiah');
  assert.equal(inWordsEn(2_500_011), 'two million five hundred thousand eleven rupiah');
});

test('texts follow the language of the moment, Bahasa by default, across awaits', async () => {
  assert.equal(amountInWords(10_000), 'sepuluh ribu rupiah');
  assert.equal(formatDay('2024-05-13'), '13 Mei 2024');
  const english = await withTextLanguage('en', async () => {
    await new Promise((resolve) => setTimeout(resolve, 1));
    return [amountInWords(106_720_000), formatDay('2024-05-13'), formatMonth('2023-08'), tr('dibayar', 'paid')];
  });
  assert.deepEqual(english, ['one hundred six million seven hundred twenty thousand rupiah', '13 May 2024', 'August 2023', 'paid']);
  assert.equal(tr('dibayar', 'paid'), 'dibayar');
});
