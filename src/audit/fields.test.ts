/** The audit page's changed fields in words: the catalogue, and that it knows every field Lindung records. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHarness } from '../testing/harness.ts';
import { createTwoRegencies } from '../testing/two-regencies.ts';
import { loadDemo } from '../demo.ts';
import { auditDiff } from './diff.ts';
import { fieldLabel, fieldWords } from './fields.ts';
import { valueId } from './service.ts';

test('a field path in words, list positions as numbers, the terms by their catalogue', () => {
  assert.deepEqual(fieldLabel('fullName'), { id: 'Nama lengkap', en: 'Full name' });
  assert.deepEqual(fieldLabel('followUps[2].dueOn'), { id: 'Tindak lanjut 2 › Batas waktu', en: 'Follow-ups 2 › Due on' });
  assert.deepEqual(fieldLabel('partyOne.signatory'), { id: 'PIHAK PERTAMA › Penanda tangan', en: 'Party one › Signatory' });
  assert.deepEqual(fieldLabel('terms.benefits.funeral.value'), { id: 'Ketentuan › Biaya pemakaman (JKK) › Nilai', en: 'Terms › Funeral (JKK) › Value' });
  assert.deepEqual(fieldLabel('terms.contribution.jkkRate.basis'), { id: 'Ketentuan › Tarif iuran JKK › Dasar', en: 'Terms › JKK contribution rate › Basis' });
  assert.equal(fieldWords('belumAda'), null);
  assert.deepEqual(fieldLabel('belumAda'), { id: 'belumAda', en: 'belumAda' });
  assert.equal(valueId('2023-01-01'), '1 Januari 2023');
  assert.equal(valueId('true'), 'Ya');
  assert.equal(valueId(null), '—');
});

test('every field of the entries Lindung records has its words (demo dataset, two regencies, administrative changes)', async () => {
  const unknown = new Set<string>();
  const collect = async (db: Awaited<ReturnType<typeof createHarness>>['services']['db']) => {
    const rows = await db.selectFrom('audit_log').select(['action', 'before_json', 'after_json']).execute();
    for (const r of rows) {
      for (const c of auditDiff(r.before_json ? JSON.parse(r.before_json) : null, r.after_json ? JSON.parse(r.after_json) : null)) {
        if (!fieldWords(c.field)) unknown.add(`${r.action}: ${c.field}`);
      }
    }
  };
  const h = await createHarness({ today: '2026-12-01' });
  try {
    await loadDemo(h.services, { dataset: true });
    const { services } = h;
    const cli = h.admin;
    const employee = (await services.roster.list(cli, { status: 'all' })).items[0]!;
    await services.roster.update(cli, employee.id, { position: 'Staf pelaksana', phone: '081234567890' });
    const units = await services.units.list(cli, {});
    await services.units.update(cli, units[0]!.id, { name: 'Badan Kepegawaian' });
    await services.units.close(cli, units[1]!.id, { closedOn: '2027-01-01' });
    const institutions = await services.institutions.list(cli);
    await services.institutions.update(cli, institutions[0]!.id, { address: 'Jalan Poros Ereke' });
    const users = await services.auth.listUsers(cli);
    await services.auth.updateUser(cli, users.find((u) => u.username === 'pengawas')!.id, { fullName: 'Pengawas Baru', status: 'disabled' });
    await services.agreements.update(cli, 1, { title: 'PKS Jaminan Sosial Ketenagakerjaan' });
    await collect(services.db);
  } finally {
    await h.close();
  }
  const two = await createTwoRegencies();
  try {
    await collect(two.h.services.db);
  } finally {
    await two.h.close();
  }
  assert.deepEqual([...unknown].sort(), []);
});
