/** A work unit named on the command line by its code (`--unit KODE`), within an agreement's government when one is named. */
import { AppError } from '../core/errors.ts';
import type { Services } from '../services.ts';

export async function unitByCode(services: Services, code: string, agreementId?: number) {
  const institutionId = agreementId ? await services.units.resolveInstitution(services.db, { agreementId }) : undefined;
  const unit = await services.units.findByCode(code, institutionId);
  if (!unit) throw new AppError('not_found', `Unit kerja dengan kode "${code}" tidak ditemukan`);
  return unit;
}
