/** Histories name people: the user's full name beside the actor label, in a claim's timeline and an employee's history. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHarness, type Client, type Harness } from '../testing/harness.ts';
import { jkkClaim, sitiAndBudi } from '../testing/builders.ts';
import { actorName } from './actor-names.ts';
import { withTextLanguage } from '../core/language.ts';

describe("people's names in histories", () => {
  let h: Harness;
  let clerk: Client;
  let employeeId: number;

  before(async () => {
    h = await createHarness({ today: '2022-06-20' });
    clerk = await h.login('admin', 'andi');
    ({ employeeId } = await sitiAndBudi(h));
  });
  after(() => h.close());

  test('the actor labels: a user, an API token acting for a user, a BPJS officer at the terminal, the terminal', () => {
    const names = new Map([['andi', 'Andi Pratama']]);
    assert.equal(actorName('user:andi', names), 'Andi Pratama');
    assert.equal(actorName('token:skrip-bpjs (andi)', names), 'Andi Pratama');
    assert.equal(actorName('user:hilang', names), 'hilang');
    assert.equal(actorName('cli:root (petugas BPJS Wa Ode Rina)', names), 'Wa Ode Rina (petugas BPJS)');
    assert.equal(
      withTextLanguage('en', () => actorName('cli:root (petugas BPJS Wa Ode Rina)', names)),
      'Wa Ode Rina (BPJS officer)',
    );
    assert.equal(actorName('cli:root', names), 'root');
  });

  test("a claim filed through the API: its timeline names the filer; so does the employee's history", async () => {
    const filed = await clerk.request({ method: 'POST', url: '/api/v1/claims', payload: jkkClaim(employeeId) });
    assert.equal(filed.statusCode, 201);
    const claim = (await clerk.request({ method: 'GET', url: `/api/v1/claims/${filed.json().id}` })).json() as {
      timeline: { actor: string; actorName: string }[];
    };
    assert.deepEqual(
      claim.timeline.map((e) => [e.actor, e.actorName]),
      [['user:andi', 'Pengguna andi']],
    );

    const changed = await clerk.request({ method: 'PATCH', url: `/api/v1/employees/${employeeId}`, payload: { position: 'Pengelola Arsip' } });
    assert.equal(changed.statusCode, 200, changed.body);
    const employee = (await clerk.request({ method: 'GET', url: `/api/v1/employees/${employeeId}` })).json() as {
      history: { actor: string; actorName: string }[];
    };
    assert.equal(employee.history.find((e) => e.actor === 'user:andi')?.actorName, 'Pengguna andi', 'the change is by Andi, by name');
    assert.ok(
      employee.history.every((e) => !e.actorName.startsWith('user:') && !e.actorName.startsWith('cli:')),
      JSON.stringify(employee.history.map((e) => e.actorName)),
    );
  });
});
