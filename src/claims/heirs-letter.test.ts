/** The letter for heirs of a death claim, read back with pdfjs-dist: the quote's items with their real amounts, the documents to bring, the deadlines; over HTTP and the CLI's service; refused for a claim that is not a death. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { createHarness, type Client, type Harness } from '../testing/harness.ts';
import { pdfPages, pdfToText, textBeyondMargins } from '../testing/pdftotext.ts';
import { formatRupiah } from '../core/money.ts';
import { doc, jkkClaim, sitiAndBudi } from './testing.ts';

const TODAY = '2022-06-20';

describe('letter for heirs', () => {
  let h: Harness;
  let admin: Client;
  let employeeId: number;

  before(async () => {
    h = await createHarness({ today: TODAY });
    admin = await h.login('admin');
    ({ employeeId } = await sitiAndBudi(h));
  });
  after(() => h.close());

  test('a JKM claim: each benefit of the quote with its amount, the total in words, the documents (received or not), the deadlines, signed today', async () => {
    const filed = await h.services.claims.file(
      h.admin,
      jkkClaim(employeeId, {
        program: 'JKM',
        outcome: 'death',
        incidentDate: '2022-06-01',
        stage1ReportedOn: null,
        doctorStatementOn: null,
        stage2ReportedOn: null,
        benefit: {},
      }),
    );
    assert.equal((await admin.request({ method: 'POST', url: `/api/v1/claims/${filed.id}/documents`, payload: doc('akta_kematian') })).statusCode, 200);
    const claim = await h.services.claims.get(h.admin, filed.id);
    assert.ok(claim.items.length >= 3, JSON.stringify(claim.items));

    const res = await admin.request({ method: 'GET', url: `/api/v1/claims/${filed.id}/heirs-letter.pdf` });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.headers['content-type'], 'application/pdf');
    if (process.env.LETTER_OUT) writeFileSync(process.env.LETTER_OUT, res.rawPayload);
    const text = await pdfToText(res.rawPayload);
    const flat = text.replace(/\s+/g, ' ');

    assert.match(flat, /SURAT PEMBERITAHUAN KEPADA AHLI WARIS/);
    assert.match(flat, /Keluarga dan ahli waris almarhum\/almarhumah Siti Aminah/);
    assert.match(flat, /Tanggal meninggal : 1 Juni 2022/);
    // The quote's items, each with its amount from the benefit engine, and the total.
    for (const item of claim.items) {
      const line = text.split('\n').find((l) => l.startsWith(item.label.slice(0, 20)));
      assert.ok(line, `no line for ${item.label}`);
      assert.ok(line.includes(formatRupiah(item.amount)), `${item.label}: ${line}`);
    }
    assert.equal(claim.total, 42_000_000);
    assert.match(flat, /JUMLAH Rp 42\.000\.000/);
    assert.match(flat, /Terbilang : empat puluh dua juta rupiah/);
    // Documents: the received death certificate and those still to bring.
    assert.match(flat, /Akta atau surat keterangan kematian sudah/);
    assert.match(flat, /Kartu Keluarga BELUM/);
    assert.match(flat, /paling lambat 3 hari kerja setelah semua dokumen lengkap/);
    // Deadlines: the last day to claim (5 years from the death).
    assert.match(flat, /Batas hak mengajukan klaim \(5 tahun\) 1 Juni 2027 masih berjalan/);
    assert.match(flat, /Buton Utara, 20 Juni 2022/);
    assert.deepEqual(textBeyondMargins(await pdfPages(res.rawPayload), 40), []);

    // The CLI writes the same letter through the same service.
    const fromService = await pdfToText(await h.services.heirsLetter(h.admin, filed.id));
    assert.equal(fromService, text);
  });

  test('a claim that is not a death is refused with a Bahasa reason; a foreign unit sees nothing', async () => {
    const filed = await h.services.claims.file(h.admin, jkkClaim(employeeId));
    const res = await admin.request({ method: 'GET', url: `/api/v1/claims/${filed.id}/heirs-letter.pdf` });
    assert.equal(res.statusCode, 409);
    assert.equal(res.json().error.message, 'Surat untuk ahli waris hanya untuk klaim kematian (JKM, atau JKK yang berakibat meninggal dunia)');
    const death = (await h.services.claims.list(h.admin, { employeeId })).find((c) => c.program === 'JKM')!;
    const foreignOperator = await h.login('opd_operator');
    assert.equal((await foreignOperator.request({ method: 'GET', url: `/api/v1/claims/${death.id}/heirs-letter.pdf` })).statusCode, 404);
  });
});
