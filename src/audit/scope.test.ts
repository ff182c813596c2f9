/**
 * Whose audit entries a regency's admin reads (issue #11: audit entries are "under" the agreements
 * like everything else): every entry about its government's agreements and what lies under them,
 * whoever made it — the CLI, the branch's officer — and nothing of the other regency.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Client, Harness } from '../testing/harness.ts';
import { createTwoRegencies, type Side } from '../testing/two-regencies.ts';

interface Item {
  action: string;
  entityType: string;
  entityId: string;
  actor: string;
}

describe('audit entries belong to the institution of what they are about', () => {
  let h: Harness;
  let a: Side;
  let b: Side;
  let adminA: Client;
  let adminB: Client;
  let sistem: Client;

  before(async () => {
    ({ h, a, b } = await createTwoRegencies());
    adminA = await h.login('admin', 'admin-a', { institutionId: a.governmentId });
    adminB = await h.login('admin', 'admin-b', { institutionId: b.governmentId });
    sistem = await h.login('system_admin', 'sistem', { institutionId: null });
    // The branch's officer rejects A's claim: the entry is the regency's to read, not only the branch's.
    const bpjsA = await h.login('bpjs_officer', 'bpjs-a', { institutionId: a.branchId });
    const rejected = await bpjsA.request({ method: 'POST', url: `/api/v1/claims/${a.claimId}/reject`, payload: { reason: 'Bukan kecelakaan kerja' } });
    assert.equal(rejected.statusCode, 200, rejected.body);
  });
  after(() => h.close());

  const items = async (client: Client, query = '') => (await client.request({ method: 'GET', url: `/api/v1/audit?limit=500${query}` })).json().items as Item[];
  const keys = (list: Item[]) => new Set(list.map((i) => `${i.action} ${i.entityType}#${i.entityId}`));

  test("a regency's admin reads what the CLI and the branch's officer did under its agreement, and nothing of the other regency", async () => {
    const seen = keys(await items(adminA));
    // Made at the CLI (the local administrator belongs to no institution) while building side A.
    for (const k of [
      `agreement.create agreement#${a.agreementId}`,
      `work_unit.create work_unit#${a.units[0]}`,
      `employee.create employee#${a.employees[0].id}`,
      `enrolment.batch_create enrolment_batch#${a.batchId}`,
      `enrolment.accept participant#${a.participants[0]}`,
      `bill.create bill#${a.billId}`,
      `payment.record bill#${a.billId}`,
      `claim.file claim#${a.claimId}`,
      `claim.document claim#${a.claimId}`,
      `forum.meeting forum_meeting#${(await h.services.db.selectFrom('forum_meetings').select('id').where('agreement_id', '=', a.agreementId).executeTakeFirstOrThrow()).id}`,
      `force_majeure.create force_majeure#${a.forceMajeureId}`,
      `dispute.open dispute#${a.disputeId}`,
      // The branch's officer.
      `claim.rejected claim#${a.claimId}`,
    ])
      assert.ok(seen.has(k), `admin A does not see ${k}`);
    for (const k of [
      `agreement.create agreement#${b.agreementId}`,
      `bill.create bill#${b.billId}`,
      `claim.file claim#${b.claimId}`,
      `employee.create employee#${b.employees[0].id}`,
    ]) {
      assert.ok(!seen.has(k), `admin A sees B's ${k}`);
    }
    const seenB = keys(await items(adminB));
    assert.ok(seenB.has(`bill.create bill#${b.billId}`) && seenB.has(`claim.file claim#${b.claimId}`));
    assert.ok(!seenB.has(`claim.rejected claim#${a.claimId}`) && !seenB.has(`bill.create bill#${a.billId}`));
    // The branch officer's entry names its actor; the filters work on it as on any other.
    const rejected = await items(adminA, `&action=claim.rejected`);
    assert.deepEqual(
      rejected.map((i) => [i.entityId, i.actor]),
      [[String(a.claimId), 'user:bpjs-a']],
    );
  });

  test('the XLSX export holds the same entries as the list', async () => {
    const total = (await adminA.request({ method: 'GET', url: '/api/v1/audit?entityType=claim' })).json().total as number;
    assert.ok(total >= 3, `${total}`);
    const xlsx = await adminA.request({ method: 'GET', url: '/api/v1/audit/export.xlsx?entityType=claim' });
    assert.equal(xlsx.statusCode, 200);
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    assert.equal(wb.worksheets[0]!.rowCount, total + 1);
  });

  test('the system administrator still reads administrative entries only', async () => {
    const types = new Set((await items(sistem)).map((i) => i.entityType));
    assert.ok(types.has('agreement') && types.has('work_unit'));
    for (const t of ['claim', 'bill', 'employee', 'participant', 'enrolment_batch']) assert.ok(!types.has(t), `system_admin reads ${t} entries`);
  });
});
