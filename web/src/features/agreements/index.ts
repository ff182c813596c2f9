/** The agreements feature's public entry: what other features may use (lint: no deeper imports across features). */
export { useTermsFields } from './api/get-terms-fields.ts';
export { useTermsOn } from './api/get-terms-on.ts';
