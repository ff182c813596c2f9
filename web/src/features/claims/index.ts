/** The claims feature's public entry: what other features may use (lint: no deeper imports across features). */
export { EmployeeClaims } from './components/EmployeeClaims.tsx';
