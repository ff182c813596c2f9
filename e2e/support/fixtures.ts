/**
 * Data the browser tests start from: the same builders as the unit and API tests
 * (src/testing/builders.ts), made through the services as a user would. The test server runs in the
 * test's process, so they take its harness; `startServer` loads the demo agreement and returns its id:
 *
 *   const { employeeId } = await protectedEmployee(server.harness, { agreementId: server.agreementId, nik, fullName, sex, birthDate, unitCode: 'DINKES', kpj, registeredOn: '2022-04-01', period: '2022-05' });
 */
export {
  billMonth,
  deactivate,
  demoAgreement,
  employee,
  enrol,
  enrolledEmployee,
  participants,
  protectedEmployee,
  workUnit,
  type EmployeeOptions,
  type EnrolledOptions,
  type ProtectedOptions,
  type UnitOptions,
} from '../../src/testing/builders.ts';
