/** Forward-only migrations, in order. A static record works under tsx, tsc and bundlers alike. */
import type { Migration } from 'kysely';
import * as m0001 from './0001_foundation.ts';
import * as m0002 from './0002_agreements.ts';

export const migrations: Record<string, Migration> = {
  '0001_foundation': m0001,
  '0002_agreements': m0002,
};
