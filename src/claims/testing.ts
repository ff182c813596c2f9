/**
 * Claims' test vocabulary. The people (`sitiAndBudi`: Siti Aminah protected with May 2022 paid, La Ode
 * Budi never enrolled), the JKK claim body and the documents are the shared builders' (src/testing/builders.ts).
 */
export { claimDocument as doc, jkkClaim, sitiAndBudi } from '../testing/builders.ts';

export const JKK_REQUIRED = ['kartu_peserta', 'ktp', 'laporan_tahap_1', 'surat_dokter'] as const;
