/** Institutions' public entry: which institution an actor administers, and one institution's row. */
export { administeredInstitution, administeredOrNotFound, isInstallationAdmin } from './access.ts';
export { getInstitution } from './repo.ts';
