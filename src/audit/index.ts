/** The audit log's public entry: every feature records its changes with recordAudit, in its own transaction. */
export { recordAudit } from './repo.ts';
