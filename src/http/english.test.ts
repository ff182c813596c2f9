/** Screens in English: an English request gets English benefit items, deadlines, checklist, history and amounts in words; documents stay Bahasa. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHarness, type Client, type Harness } from '../testing/harness.ts';
import { doc, JKK_REQUIRED, jkkClaim, sitiAndBudi } from '../claims/testing.ts';

const EN = { 'accept-language': 'en' };

describe('English answers', () => {
  let h: Harness;
  let admin: Client;
  let officer: Client;
  let employeeId: number;
  let agreementId: number;

  before(async () => {
    h = await createHarness({ today: '2022-06-20' });
    admin = await h.login('admin');
    officer = await h.login('bpjs_officer');
    ({ employeeId, agreementId } = await sitiAndBudi(h));
  });
  after(() => h.close());

  test('a benefit quote in English: item labels, formulas and the total in words', async () => {
    const payload = {
      program: 'JKK',
      incidentDate: '2022-05-02',
      outcome: 'recovered',
      medicalCost: 3_500_000,
      transport: [{ mode: 'land', cost: 7_000_000 }],
      incapacityDays: 39,
      agreement: agreementId,
    };
    const en = (await admin.request({ method: 'POST', url: '/api/v1/benefits/quote', payload, headers: EN })).json();
    const labels = Object.fromEntries(en.items.map((i: { code: string; label: string; formula: string }) => [i.code, [i.label, i.formula]]));
    assert.deepEqual(labels.medical, ['Medical care as medically needed', 'As medically needed, no cap: Rp 3.500.000']);
    assert.deepEqual(labels.transport_land, ['Transport by land, river or lake', 'Rp 7.000.000, capped at max. Rp 5.000.000, paid Rp 5.000.000']);
    assert.equal(labels.stmb[0], 'Temporary incapacity benefit (STMB) 39 days');
    assert.equal(
      labels.stmb[1],
      '39 days / 30 × 100% × Rp 1.765.000 = Rp 2.294.500 (1 month = 30 days; remaining days paid wage × % × days / 30, rounded down)',
    );
    assert.equal(en.total, 3_500_000 + 5_000_000 + 2_294_500);
    assert.equal(en.totalInWords, 'ten million seven hundred ninety-four thousand five hundred rupiah');
    // The same request without the header stays Bahasa.
    const id = (await admin.request({ method: 'POST', url: '/api/v1/benefits/quote', payload })).json();
    assert.equal(id.items.find((i: { code: string }) => i.code === 'medical').label, 'Pelayanan kesehatan sesuai kebutuhan medis');
    assert.equal(id.totalInWords, 'sepuluh juta tujuh ratus sembilan puluh empat ribu lima ratus rupiah');
  });

  test('a claim in English: deadlines, checklist, status and history; its letter stays Bahasa', async () => {
    const filed = await admin.request({ method: 'POST', url: '/api/v1/claims', payload: jkkClaim(employeeId), headers: EN });
    assert.equal(filed.statusCode, 201, filed.body);
    const c = filed.json();
    assert.deepEqual(
      c.deadlines.map((d: { label: string }) => d.label),
      [
        'Stage I report (2 × 24 hours from the accident or diagnosis)',
        'BPJS decides whether it is a work accident (30 days from the stage I report)',
        "Stage II report = the claim (2 × 24 hours from the doctor's statement)",
        'Last day to claim (5 years)',
      ],
    );
    assert.deepEqual(
      c.checklist.slice(0, 4).map((i: { label: string }) => i.label),
      [
        'BPJS Ketenagakerjaan participant card',
        "Participant's identity card (KTP)",
        'Stage I work accident report form',
        'Statement of the examining and/or advising doctor',
      ],
    );
    assert.equal(c.statusLabel, 'submitted');
    assert.equal(c.timeline[0].note, 'estimated benefits Rp 10.794.500');
    for (const code of JKK_REQUIRED) await admin.request({ method: 'POST', url: `/api/v1/claims/${c.id}/documents`, payload: doc(code) });
    await officer.request({ method: 'POST', url: `/api/v1/claims/${c.id}/verify` });
    await officer.request({ method: 'POST', url: `/api/v1/claims/${c.id}/approve`, payload: { adjustments: [] } });
    const approved = (await admin.request({ method: 'GET', url: `/api/v1/claims/${c.id}`, headers: EN })).json();
    assert.equal(approved.statusLabel, 'approved');
    assert.deepEqual(
      approved.timeline.map((e: { note: string | null }) => e.note),
      ['estimated benefits Rp 10.794.500', null, 'approved Rp 10.794.500'],
    );
    const payment = approved.deadlines.find((d: { code: string }) => d.code === 'payment');
    assert.equal(payment.label, 'BPJS pays the benefits (7 working days from complete requirements)');
    // Stored at approval in Bahasa, the items still read in English.
    assert.equal(approved.items.find((i: { code: string }) => i.code === 'medical').label, 'Medical care as medically needed');
    assert.equal(approved.totalInWords, 'ten million seven hundred ninety-four thousand five hundred rupiah');
    const { pdfToText } = await import('../testing/pdftotext.ts');
    const letter = await admin.request({ method: 'GET', url: `/api/v1/claims/${c.id}/letter.pdf`, headers: EN });
    const text = (await pdfToText(letter.rawPayload)).replace(/\s+/g, ' ');
    assert.match(text, /Laporan tahap I/);
    assert.match(text, /sepuluh juta tujuh ratus sembilan puluh empat ribu lima ratus rupiah/);
    assert.doesNotMatch(text, /Stage I report|ten million/);
  });
});
