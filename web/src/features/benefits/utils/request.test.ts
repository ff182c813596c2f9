import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applicable, emptyBenefit, toBenefitRequest, withProgramOutcome } from './request.ts';

test('blank fields are left out of the request', () => {
  assert.deepEqual(toBenefitRequest(emptyBenefit()), { program: 'JKK', outcome: 'recovered' });
});

test('a JKK death keeps costs and children, drops disabilities and transport without a cost', () => {
  const v = {
    ...emptyBenefit(),
    outcome: 'death' as const,
    medicalCost: 3_500_000,
    transport: [
      { key: 1, mode: 'sea' as const, cost: 2_000_000 },
      { key: 2, mode: 'air' as const, cost: '' as const },
    ],
    disabilities: [{ key: 3, code: 'jari-kanan-telunjuk', functionLossPercent: '' as const, tablePercent: '' as const, units: '' as const }],
    children: [
      { key: 4, birthDate: '2012-01-01', level: 'SD' as const, yearOfLevel: 4 },
      { key: 5, birthDate: '', level: null, yearOfLevel: '' as const },
    ],
  };
  assert.deepEqual(toBenefitRequest(v), {
    program: 'JKK',
    outcome: 'death',
    medicalCost: 3_500_000,
    transport: [{ mode: 'sea', cost: 2_000_000 }],
    children: [{ birthDate: '2012-01-01', level: 'SD', yearOfLevel: 4 }],
  });
});

test('function loss is sent only for a functional disability', () => {
  const d = { key: 1, code: 'lengan-kanan-bahu', functionLossPercent: 50, tablePercent: '' as const, units: '' as const };
  assert.deepEqual(toBenefitRequest({ ...emptyBenefit(), outcome: 'partial_functional', disabilities: [d] }).disabilities, [
    { code: 'lengan-kanan-bahu', functionLossPercent: 50 },
  ]);
  assert.deepEqual(toBenefitRequest({ ...emptyBenefit(), outcome: 'partial_anatomical', disabilities: [d] }).disabilities, [{ code: 'lengan-kanan-bahu' }]);
});

test('JKM means death, contribution months and no JKK care', () => {
  const v = withProgramOutcome({ ...emptyBenefit(), medicalCost: 100, contributionMonths: 36 }, 'JKM', 'recovered');
  assert.equal(v.outcome, 'death');
  assert.deepEqual(toBenefitRequest(v), { program: 'JKM', outcome: 'death', contributionMonths: 36 });
  assert.deepEqual(applicable(v).outcomes, ['death']);
});

test('hearing aid and home care beyond 12 months are sent; a child not yet in school has no year of level', () => {
  const v = {
    ...emptyBenefit(),
    outcome: 'death' as const,
    hearingAidCost: 2_000_000,
    homeCareCost: 24_000_000,
    homeCareMonths: 18,
    children: [{ key: 1, birthDate: '2022-05-02', level: 'belum_sekolah' as const, yearOfLevel: 1 }],
  };
  assert.deepEqual(toBenefitRequest(v), {
    program: 'JKK',
    outcome: 'death',
    hearingAidCost: 2_000_000,
    homeCareCost: 24_000_000,
    homeCareMonths: 18,
    children: [{ birthDate: '2022-05-02', level: 'belum_sekolah' }],
  });
  assert.equal(toBenefitRequest({ ...v, program: 'JKM' as const, outcome: 'death' as const }).hearingAidCost, undefined, 'not for JKM');
});
