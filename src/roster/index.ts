/** The roster's public entry: employees read by id. */
export { employeesByIds, getEmployee } from './repo.ts';
