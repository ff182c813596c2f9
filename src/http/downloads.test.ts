/** Download headers: Content-Disposition from one helper, so any stored name (—, é, quotes, line breaks) is safe. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHarness, demoAgreementData, type Client, type Harness } from '../testing/harness.ts';
import { attachmentDisposition } from './common.ts';

describe('download headers', () => {
  let h: Harness;
  let admin: Client;
  let viewer: Client;

  before(async () => {
    h = await createHarness({ today: '2023-01-10' });
    admin = await h.login('admin');
    viewer = await h.login('viewer');
  });
  after(() => h.close());

  test('attachmentDisposition: plain ASCII as is; otherwise an ASCII fallback and the exact name as filename*', () => {
    assert.equal(attachmentDisposition('tagihan-1.pdf', 'inline'), 'inline; filename="tagihan-1.pdf"');
    assert.equal(
      attachmentDisposition('Adendum I — Café.pdf'),
      `attachment; filename="Adendum I _ Cafe.pdf"; filename*=UTF-8''Adendum%20I%20%E2%80%94%20Caf%C3%A9.pdf`,
    );
    assert.equal(attachmentDisposition('a"b\\c\r\nd.pdf'), `attachment; filename="a_b_c__d.pdf"; filename*=UTF-8''a%22b%5Cc%0D%0Ad.pdf`);
    assert.equal(attachmentDisposition('x\ud800.pdf'), `attachment; filename="x_.pdf"; filename*=UTF-8''x%EF%BF%BD.pdf`, 'a lone surrogate does not throw');
  });

  test('an addendum document named with "—" and "é" downloads (200) under its name', async () => {
    const { format: _f, amendments: _a, ...body } = demoAgreementData();
    const created = await admin.request({ method: 'POST', url: '/api/v1/agreements', payload: body });
    assert.equal(created.statusCode, 201, created.body);
    const id = created.json().id as number;
    const name = 'Adendum I — Perubahan upah (Café).pdf';
    const added = await admin.request({
      method: 'POST',
      url: `/api/v1/agreements/${id}/amendments`,
      payload: {
        kind: 'adendum',
        number: 'ADD/01/VI/2023',
        signedOn: '2023-06-15',
        effectiveFrom: '2023-07-01',
        summary: 'Penyesuaian upah pelaporan',
        termsChanges: [{ path: 'contribution.reportedWage', value: 2000000, basis: 'Adendum I Pasal 1' }],
        document: { name, mime: 'application/pdf', contentBase64: Buffer.from('%PDF-1.4 adendum').toString('base64') },
      },
    });
    assert.equal(added.statusCode, 201, added.body);
    const res = await viewer.request({ method: 'GET', url: `/api/v1/agreements/${id}/amendments/${added.json().amendments[0].id}/document` });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.body, '%PDF-1.4 adendum');
    assert.equal(
      res.headers['content-disposition'],
      `attachment; filename="Adendum I _ Perubahan upah (Cafe).pdf"; filename*=UTF-8''Adendum%20I%20%E2%80%94%20Perubahan%20upah%20%28Caf%C3%A9%29.pdf`,
    );
  });
});
