/** The claim workflow's guards: document codes, adjustments, payment dates, and the download headers. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHarness, type Client, type Harness } from '../testing/harness.ts';
import { doc, JKK_REQUIRED, jkkClaim, sitiAndBudi } from './testing.ts';

interface Item {
  code: string;
  amount: number;
  computed: number;
}

describe('claim workflow checks', () => {
  let h: Harness;
  let admin: Client;
  let officer: Client;
  let employeeId: number;

  before(async () => {
    h = await createHarness({ today: '2022-06-20' });
    admin = await h.login('admin');
    officer = await h.login('bpjs_officer');
    ({ employeeId } = await sitiAndBudi(h));
  });
  after(() => h.close());

  /** Files a JKK claim (a new incident date each time), uploads its required documents and verifies it. */
  let day = 2;
  async function verifiedClaim() {
    const filed = await admin.request({
      method: 'POST',
      url: '/api/v1/claims',
      payload: jkkClaim(employeeId, { incidentDate: `2022-05-${String(day++).padStart(2, '0')}`, stage1ReportedOn: null }),
    });
    assert.equal(filed.statusCode, 201, filed.body);
    const id = filed.json().id as number;
    for (const code of JKK_REQUIRED)
      assert.equal((await admin.request({ method: 'POST', url: `/api/v1/claims/${id}/documents`, payload: doc(code) })).statusCode, 200);
    const verified = await officer.request({ method: 'POST', url: `/api/v1/claims/${id}/verify` });
    assert.equal(verified.statusCode, 200, verified.body);
    return verified.json() as { id: number; items: Item[]; total: number };
  }

  test('a document outside the claim’s checklist is refused with the list of allowed codes', async () => {
    const c = await verifiedClaim();
    const res = await admin.request({ method: 'POST', url: `/api/v1/claims/${c.id}/documents`, payload: doc('akta_kematian') });
    assert.equal(res.statusCode, 400);
    assert.equal(res.json().error.code, 'validation_failed');
    assert.match(res.json().error.message, /Jenis dokumen "akta_kematian" tidak ada dalam daftar dokumen klaim ini \(kartu_peserta, ktp, laporan_tahap_1/);
    const badMime = await admin.request({ method: 'POST', url: `/api/v1/claims/${c.id}/documents`, payload: doc('ktp', 'ktp.pdf', 'text/html\r\nx: y') });
    assert.equal(badMime.statusCode, 400);
    const count = await h.handle.db
      .selectFrom('claim_documents')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('claim_id', '=', c.id)
      .executeTakeFirstOrThrow();
    assert.equal(Number(count.n), JKK_REQUIRED.length, 'nothing stored for refused documents');
  });

  test('a download carries the original name (ASCII fallback + RFC 5987 filename*) and the stored type', async () => {
    const c = await verifiedClaim();
    const name = 'Kuitansi angkut — Siti Aminah (Juni).jpg';
    const added = await admin.request({ method: 'POST', url: `/api/v1/claims/${c.id}/documents`, payload: doc('kuitansi_angkut', name, 'image/jpeg') });
    assert.equal(added.statusCode, 200, added.body);
    const stored = added.json().documents.find((d: { code: string }) => d.code === 'kuitansi_angkut');
    const res = await officer.request({ method: 'GET', url: `/api/v1/claims/${c.id}/documents/${stored.id}` });
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['content-type'], 'image/jpeg');
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
    assert.equal(
      res.headers['content-disposition'],
      `attachment; filename="Kuitansi angkut _ Siti Aminah (Juni).jpg"; filename*=UTF-8''Kuitansi%20angkut%20%E2%80%94%20Siti%20Aminah%20%28Juni%29.jpg`,
    );
    assert.equal(res.body, '%PDF kuitansi_angkut');
    const plain = added.json().documents.find((d: { code: string }) => d.code === 'ktp');
    const ktp = await officer.request({ method: 'GET', url: `/api/v1/claims/${c.id}/documents/${plain.id}` });
    assert.equal(ktp.headers['content-disposition'], 'attachment; filename="ktp.pdf"');
    assert.equal(ktp.headers['content-type'], 'application/pdf');
    assert.equal((await officer.request({ method: 'GET', url: `/api/v1/claims/${c.id}/documents/999999` })).statusCode, 404);
  });

  test('approval: an item adjusted twice is refused; an adjustment equal to the computed amount is accepted', async () => {
    const c = await verifiedClaim();
    const first = c.items[0]!;
    const twice = await officer.request({
      method: 'POST',
      url: `/api/v1/claims/${c.id}/approve`,
      payload: {
        adjustments: [
          { code: first.code, amount: 1, reason: 'a' },
          { code: first.code, amount: 2, reason: 'b' },
        ],
      },
    });
    assert.equal(twice.statusCode, 400);
    assert.equal(twice.json().error.message, `Butir ${first.code} disesuaikan lebih dari sekali; satu penyesuaian per butir`);
    const noReason = await officer.request({
      method: 'POST',
      url: `/api/v1/claims/${c.id}/approve`,
      payload: { adjustments: [{ code: first.code, amount: 1, reason: ' ' }] },
    });
    assert.equal(noReason.statusCode, 400);
    assert.match(noReason.json().error.message, /Alasan penyesuaian wajib diisi/);
    const same = await officer.request({
      method: 'POST',
      url: `/api/v1/claims/${c.id}/approve`,
      payload: { adjustments: [{ code: first.code, amount: first.computed, reason: 'Diperiksa ulang: sesuai kuitansi' }] },
    });
    assert.equal(same.statusCode, 200, same.body);
    assert.equal(same.json().approvedTotal, c.total);
  });

  test('payment dates: not after today, not before the office day of the approval', async () => {
    const c = await verifiedClaim();
    assert.equal((await officer.request({ method: 'POST', url: `/api/v1/claims/${c.id}/approve`, payload: {} })).statusCode, 200);
    // Approved at 20:00 UTC on 17 June = 04:00 WITA on 18 June (Asia/Makassar).
    await h.handle.db
      .updateTable('claim_events')
      .set({ at: '2022-06-17T20:00:00.000Z' })
      .where('claim_id', '=', c.id)
      .where('to_status', '=', 'approved')
      .execute();
    const pay = (paidOn: string, amount = 1_000_000) =>
      officer.request({ method: 'POST', url: `/api/v1/claims/${c.id}/payments`, payload: { amount, paidOn, reference: `R-${paidOn}` } });
    const future = await pay('2022-06-21');
    assert.equal(future.statusCode, 400);
    assert.equal(future.json().error.message, 'Tanggal bayar 21 Juni 2022 ada di masa depan (hari ini 20 Juni 2022)');
    const early = await pay('2022-06-17');
    assert.equal(early.statusCode, 400);
    assert.equal(early.json().error.message, 'Tanggal bayar 17 Juni 2022 sebelum klaim disetujui (18 Juni 2022)');
    assert.deepEqual(
      early.json().error.details.issues.map((i: { path: string }) => i.path),
      ['paidOn'],
    );
    assert.equal((await pay('2022-06-18')).statusCode, 200);
    const over = await pay('2022-06-20', c.total);
    assert.equal(over.statusCode, 400);
    assert.match(over.json().error.message, /Pembayaran melebihi sisa manfaat yang disetujui \(Rp /);
    const rest = await pay('2022-06-20', c.total - 1_000_000);
    assert.equal(rest.json().status, 'paid');
    assert.deepEqual(
      rest.json().payments.map((p: { paidOn: string }) => p.paidOn),
      ['2022-06-18', '2022-06-20'],
    );
  });
});
