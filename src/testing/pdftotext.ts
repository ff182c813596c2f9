/** Text of a PDF for tests, read back with poppler's pdftotext (installed by .ci/run). */
import { spawnSync } from 'node:child_process';

export function pdfToText(pdf: Buffer): string {
  const res = spawnSync('pdftotext', ['-layout', '-', '-'], { input: pdf, encoding: 'utf8' });
  if (res.error || res.status !== 0) throw new Error(`pdftotext failed (apt-get install poppler-utils): ${res.error?.message ?? res.stderr}`);
  return res.stdout;
}

export function pdfPageCount(pdf: Buffer): number {
  const res = spawnSync('pdfinfo', ['-'], { input: pdf, encoding: 'utf8' });
  const m = /Pages:\s+(\d+)/.exec(res.stdout ?? '');
  if (!m) throw new Error(`pdfinfo failed: ${res.stderr}`);
  return Number(m[1]);
}
