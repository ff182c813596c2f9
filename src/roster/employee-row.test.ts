import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EMPLOYEE_DETAIL_FIELDS, employeeColumns, employeeDetails, type EmployeeDetails } from './employee-row.ts';

test('the [column, field] list, employeeColumns and employeeDetails are one mapping, every detail once', () => {
  const details: EmployeeDetails = {
    fullName: 'Wa Ode Sitti',
    sex: 'P',
    birthPlace: 'Ereke',
    birthDate: '1990-05-01',
    position: 'Staf',
    employmentType: 'honorer',
    startDate: '2020-01-02',
    endDate: '2024-12-31',
    endReason: 'Kontrak selesai',
    phone: '081234567890',
    address: 'Jl. Poros Ereke',
  };
  const columns = employeeColumns(details);
  assert.deepEqual(Object.fromEntries(EMPLOYEE_DETAIL_FIELDS.map(([column, field]) => [column, details[field]])), columns);
  assert.deepEqual(employeeDetails(columns), details);
  assert.equal(new Set(Object.values(details)).size, EMPLOYEE_DETAIL_FIELDS.length, 'each field a different value, so a swapped pair would show');
});
