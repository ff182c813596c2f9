import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emptyDraft, missingFields, newClientId, scaledSize, searchRoster } from './report.ts';

test('photos are scaled to a longest side of 1600 px, never enlarged', () => {
  assert.deepEqual(scaledSize(4000, 3000), { width: 1600, height: 1200 });
  assert.deepEqual(scaledSize(3000, 4000), { width: 1200, height: 1600 });
  assert.deepEqual(scaledSize(800, 600), { width: 800, height: 600 });
});

test("a draft names its missing fields in the form's order", () => {
  const d = emptyDraft('2022-05-10', '14:00');
  assert.deepEqual(missingFields(d), ['employee', 'place', 'chronology']);
  assert.deepEqual(
    missingFields({ ...d, employee: { id: 1, fullName: 'Siti', nik: '1', unitName: 'U' }, place: 'x', chronology: 'y', incidentTime: '25:00' }),
    ['incidentTime'],
  );
});

test('client ids are UUID v4', () => {
  assert.match(newClientId(), /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
});

test('the roster kept on the phone is searched by name or NIK start', () => {
  const list = [
    { id: 1, fullName: 'Siti Aminah', nik: '7409014508900001', unitName: 'Dinkes' },
    { id: 2, fullName: 'La Ode Budi', nik: '7409010101850001', unitName: 'Dinkes' },
  ];
  assert.deepEqual(
    searchRoster(list, 'amin').map((e) => e.id),
    [1],
  );
  assert.deepEqual(
    searchRoster(list, '74090101').map((e) => e.id),
    [2],
  );
  assert.deepEqual(searchRoster(list, 'a'), []);
});
