/** Display helpers of the claim page. */
import type { TFunction } from 'i18next';
import { formatNumber } from '../../../lib/format.ts';
import type { ClaimStatus } from '../api/types.ts';

export const statusLabel = (t: TFunction, status: ClaimStatus): string => t(`claims.status.${status}`);

/** 512 → "512 B", 12 800 → "12,5 KB", 3 500 000 → "3,3 MB". */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const kb = bytes / 1024;
  if (kb < 1024) return `${formatNumber(Math.round(kb * 10) / 10)} KB`;
  return `${formatNumber(Math.round((kb / 1024) * 10) / 10)} MB`;
}

/** A claim is open for documents until it is paid or rejected (as the API allows). */
export const acceptsDocuments = (status: ClaimStatus): boolean => status !== 'paid' && status !== 'rejected';

/** How a claim is named in a confirmation: its document number, else its id. */
export const claimName = (c: { number: string | null; id: number }): string => c.number ?? `#${c.id}`;
