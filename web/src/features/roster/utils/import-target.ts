/** The import target as one Select value: "agreement:1" or "unit:7". */
import type { ImportTarget } from '../api/types.ts';

export const agreementValue = (id: number) => `agreement:${id}`;
export const unitValue = (id: number) => `unit:${id}`;

export function parseTarget(value: string | null): ImportTarget | null {
  const match = /^(agreement|unit):(\d+)$/.exec(value ?? '');
  if (!match) return null;
  const id = Number(match[2]);
  return match[1] === 'unit' ? { unitId: id } : { agreementId: id };
}
