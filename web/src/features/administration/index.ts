/** The administration feature's public entry: what other features may use (lint: no deeper imports across features). */
export { useUsers } from './api/admin-api.ts';
