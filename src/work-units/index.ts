/** Work units' public entry: a unit and an agreement's government read by id, and the contact phone schema. */
export { getUnit, governmentOfAgreement } from './repo.ts';
export { contactPhone } from './schemas.ts';
