/**
 * Every business-rule message a service can throw has English (issue #16): the source is walked for the messages
 * of AppError and its helpers (src/testing/error-messages.ts), each becomes a sample (its parts as "7"), and the
 * English table of src/core/errors-en.ts must translate it. A new message without English fails here, naming it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { englishMessage } from './errors-en.ts';
import { producerMessages, thrownMessages } from '../testing/error-messages.ts';
import { ACTION_WORDS, refusal, ROLE_WORDS } from './policy.ts';

/** The command line stays Bahasa by design (README, "Languages"): its own refusals never reach the HTTP edge. */
const CLI_ONLY = /(^|\/)cli\.ts$|^src\/cli\/|^src\/db\/backup\.ts$|^src\/monitoring\/mailer\.ts$/;
/** Validation (zod) messages take the other path: the edge parses the input again in English (src/core/validation.ts). */
const OTHER_PATH = new Set(['src/core/validation.ts', 'src/http/errors.ts']);
/** The role-and-action refusal (src/core/policy.ts `refusal`) is checked for every role and action below. */
const TESTED_APART = new Set(['src/core/policy.ts']);
/** Messages built elsewhere and thrown here: the functions that write them. */
const PRODUCERS: Record<string, [file: string, fn: string][]> = {
  'src/agreements/lifecycle-service.ts check.message': [['src/agreements/rules.ts', 'checkRenewalDates']],
  'src/agreements/service.ts check.message': [['src/agreements/rules.ts', 'checkRenewalDates']],
  'src/auth/passwords.ts problem': [['src/auth/passwords.ts', 'passwordProblem']],
  'src/auth/service.ts refusal.message': [['src/core/bindings.ts', 'accountBindingProblem']],
  'src/auth/service.ts loginLimitMessage(Date.parse(blockedSince) + LOGIN_WINDOW_MS - now)': [['src/auth/service.ts', 'loginLimitMessage']],
  'src/benefits/service.ts refusal': [['src/benefits/service.ts', 'validityRefusal']],
  'src/claim-forms/service.ts refusal': [['src/claim-forms/rules.ts', 'formRefusal']],
  'src/claims/decisions-service.ts dateProblem': [['src/claims/rules.ts', 'paymentDateProblem']],
  'src/core/scope.ts problem': [['src/core/scope.ts', 'bindingProblem']],
  "src/enrolment/batches-service.ts problems.map((p) => p.message).join('; ')": [['src/enrolment/batches-service.ts', 'batchProblems']],
  'src/field-reports/service.ts problem': [['src/field-reports/rules.ts', 'photoProblem']],
  "src/roster/service.ts blocking.map((i) => i.message).join('; ')": [
    ['src/roster/facts.ts', 'checkEmployeeFacts'],
    ['src/roster/nik.ts', 'checkNik'],
  ],
  'src/roster/service.ts closed': [['src/roster/closed-units.ts', 'closedUnitProblem']],
  'src/self-check/service.ts limitMessage(Date.parse(blockedSince) + WINDOW_MS - now)': [['src/self-check/rules.ts', 'limitMessage']],
  'src/self-check/service.ts noMatchMessage()': [['src/self-check/rules.ts', 'noMatchMessage']],
  'src/sheets/dates.ts result.message': [['src/sheets/dates.ts', 'readFlexibleDate']],
};

test('every business-rule message thrown in src/ has English at the HTTP edge', () => {
  const found = thrownMessages('src');
  assert.ok(found.length > 300, `messages found: ${found.length}`);
  const missing: string[] = [];
  const unknownDynamic: string[] = [];
  let checked = 0;
  for (const m of found) {
    if (CLI_ONLY.test(m.file) || OTHER_PATH.has(m.file) || TESTED_APART.has(m.file)) continue;
    let samples = m.samples;
    if (m.dynamic !== undefined) {
      const producers = PRODUCERS[`${m.file} ${m.dynamic}`];
      if (!producers) {
        unknownDynamic.push(`${m.file}:${m.line} ${m.dynamic}`);
        continue;
      }
      samples = producers.flatMap(([file, fn]) => producerMessages(file, fn));
    }
    for (const sample of samples) {
      if (!/[a-z]{3}/i.test(sample.replace(/\b7\b/g, ''))) continue; // nothing but its parts
      checked++;
      if (englishMessage(sample) === sample) missing.push(`${m.file}:${m.line} ${JSON.stringify(sample)}`);
    }
  }
  assert.deepEqual(unknownDynamic, [], 'a message built elsewhere: name its producer in PRODUCERS');
  assert.deepEqual(missing, [], `${missing.length} of ${checked} messages have no English in src/core/errors-en.ts`);
});

test('templates carry their parts over, translate the words and dates inside, and split joined refusals', () => {
  assert.equal(
    englishMessage(
      'Tanggal kejadian 2 Mei 2022 di luar masa berlaku perjanjian 119/323/SETDA/III/2022 (14 Maret 2022 s.d. 13 Maret 2024); manfaat tidak dihitung menurut perjanjian ini (PKS Pasal 10)',
    ),
    'The incident date 2 May 2022 is outside the term of agreement 119/323/SETDA/III/2022 (14 March 2022 to 13 March 2024); benefits are not computed under this agreement (PKS Pasal 10)',
  );
  assert.equal(
    englishMessage('Budi sudah berhenti sejak 1 Juni 2022; Ani sudah terdaftar pada perjanjian ini'),
    'Budi has left since 1 June 2022; Ani is already registered under this agreement',
  );
  assert.equal(
    englishMessage('Perjanjian belum ditandatangani; pendaftaran peserta belum dapat dilakukan'),
    'The agreement has not been signed; participants cannot be registered yet',
  );
  assert.equal(englishMessage('Upah wajib diisi'), 'The wage is required', 'the specific sentence before the general "{} wajib diisi"');
  assert.equal(englishMessage('Kode unit "DINKES" sudah ada'), 'The unit code "DINKES" already exists');
});

test('every refusal of a role for an action has English', () => {
  const missing: string[] = [];
  for (const role of Object.keys(ROLE_WORDS) as (keyof typeof ROLE_WORDS)[]) {
    for (const action of Object.keys(ACTION_WORDS) as (keyof typeof ACTION_WORDS)[]) {
      const message = refusal(role, action);
      if (englishMessage(message) === message) missing.push(message);
    }
  }
  assert.deepEqual(missing, []);
  assert.equal(englishMessage(refusal('viewer', 'contributions:bill')), 'A supervisor (read only) may not issue contribution bills');
});
