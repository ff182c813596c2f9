/** The browser tests' fixtures themselves, without a browser: what they create is what they say. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHarness, type Harness } from '../../src/testing/harness.ts';
import { loadDemo } from '../../src/demo.ts';
import { demoAgreement, employee, enrolledEmployee, protectedEmployee, workUnit } from './fixtures.ts';

describe('e2e fixtures', () => {
  let h: Harness;
  let agreementId: number;
  before(async () => {
    h = await createHarness({ today: '2022-06-20' });
    await loadDemo(h.services);
    agreementId = await demoAgreement(h);
  });
  after(() => h.close());

  test('protectedEmployee: enrolled with a KPJ, the month billed and paid, protected in it', async () => {
    const siti = await protectedEmployee(h, {
      agreementId,
      nik: '7409014508900001',
      fullName: 'Siti Aminah',
      sex: 'P',
      birthDate: '1990-08-05',
      unitCode: 'DINKES',
      unitName: 'Dinas Kesehatan',
      kpj: '26133068531',
      registeredOn: '2022-05-01',
      period: '2022-05',
    });
    assert.equal(siti.amountDue, 9_531);
    const verdict = await h.services.contributions.protectionOf(siti.employeeId, '2022-05-02');
    assert.deepEqual([verdict.code, verdict.kpj], ['protected_paid', '26133068531']);
    assert.equal(
      (await h.services.contributions.protectionOf(siti.employeeId, '2022-06-02')).code,
      'awaiting_payment',
      'June is not billed, and not due before 15 July',
    );
    const bill = await h.handle.db
      .selectFrom('payments')
      .select(['bill_id', 'amount', 'paid_on', 'bank_reference'])
      .where('id', '=', siti.paymentId)
      .executeTakeFirstOrThrow();
    assert.deepEqual(bill, { bill_id: siti.billId, amount: 9_531, paid_on: '2022-05-10', bank_reference: 'E2E-2022-05' });

    // The unit is reused by code; an enrolled employee is registered, with no paid month: awaiting payment.
    const budi = await enrolledEmployee(h, {
      agreementId,
      nik: '7409010101850001',
      fullName: 'La Ode Budi',
      sex: 'L',
      birthDate: '1985-01-01',
      unitCode: 'DINKES',
      kpj: '26133068532',
      registeredOn: '2022-06-01',
    });
    assert.equal(budi.unitId, siti.unitId);
    assert.equal(await workUnit(h, { agreementId, unitCode: 'DINKES' }), siti.unitId);
    assert.equal((await h.services.contributions.protectionOf(budi.employeeId, '2022-06-02')).code, 'awaiting_payment');
    const plain = await employee(h, { agreementId, nik: '7409015203920002', fullName: 'Wa Ode Sitti', sex: 'P', birthDate: '1992-03-12', unitCode: 'BKPSDM' });
    assert.notEqual(plain.unitId, siti.unitId);
    assert.equal((await h.services.units.list(h.admin, { agreementId })).find((u) => u.id === plain.unitId)?.name, 'Unit BKPSDM');
  });
});
