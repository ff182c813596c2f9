/** The roster feature's public entry: what other features may use (lint: no deeper imports across features). */
export { useEmployee } from './api/get-employees.ts';
