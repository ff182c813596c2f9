import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emptyBenefit } from '../../benefits/model.ts';
import { checkIncident, emptyIncident, toFileClaim } from './intake.ts';

test('an empty intake names every required field', () => {
  assert.deepEqual(checkIncident(emptyIncident(), '2023-06-01'), {
    employeeId: 'employee',
    incidentDate: 'date',
    place: 'required',
    chronology: 'required',
    reporter: 'required',
  });
});

test('future incidents, bad times and reports before the incident are caught', () => {
  const v = {
    ...emptyIncident(),
    employeeId: 7,
    incidentDate: '2023-05-02',
    incidentTime: '25:00',
    place: 'Kantor',
    chronology: 'Jatuh',
    reporter: 'Kasubag',
    stage1ReportedOn: '2023-05-01',
  };
  assert.deepEqual(checkIncident(v, '2023-06-01'), { incidentTime: 'time', stage1ReportedOn: 'beforeIncident' });
  assert.deepEqual(checkIncident({ ...v, incidentTime: '', stage1ReportedOn: '', incidentDate: '2023-06-02' }, '2023-06-01'), { incidentDate: 'future' });
});

test('the request carries program and outcome at the top and the benefit fields apart', () => {
  const v = {
    ...emptyIncident(),
    employeeId: 7,
    incidentDate: '2023-05-02',
    place: ' Kantor ',
    chronology: 'Jatuh',
    reporter: 'Kasubag',
    stage1ReportedOn: '2023-05-03',
  };
  assert.deepEqual(toFileClaim(v, { ...emptyBenefit(), medicalCost: 3_500_000, incapacityDays: 30 }), {
    employeeId: 7,
    program: 'JKK',
    outcome: 'recovered',
    incidentDate: '2023-05-02',
    incidentTime: '',
    place: 'Kantor',
    chronology: 'Jatuh',
    reporter: 'Kasubag',
    stage1ReportedOn: '2023-05-03',
    doctorStatementOn: null,
    stage2ReportedOn: null,
    benefit: { medicalCost: 3_500_000, incapacityDays: 30 },
  });
});
