/**
 * The public verification page a card's QR code opens: only the initials, the masked
 * participant number and whether the person is protected today — nothing else personal.
 */
import { formatDateId } from '../core/dates.ts';

export type VerifyData =
  | { found: true; initials: string; maskedKpj: string; protectedToday: boolean; asOf: string; programs: string; branch: string }
  | { found: false };

/** 'Siti Aminah' → 'S. A.'; at most 4 letters. */
export function initialsOf(fullName: string): string {
  return fullName.split(/\s+/).filter(Boolean).slice(0, 4).map((w) => `${w[0]!.toUpperCase()}.`).join(' ');
}

/** '26133068531' → '•••••••8531'. */
export function maskKpj(kpj: string): string {
  return `${'•'.repeat(Math.max(0, kpj.length - 4))}${kpj.slice(-4)}`;
}

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export function renderVerifyPage(data: VerifyData): string {
  const body = data.found
    ? `<p class="muted">Peserta</p><p class="big">${escape(data.initials)}</p>
       <p class="muted">No. Peserta (KPJ)</p><p class="mono">${escape(data.maskedKpj)}</p>
       <p class="status ${data.protectedToday ? 'ok' : 'no'}">${data.protectedToday ? 'TERLINDUNGI' : 'TIDAK TERLINDUNGI'}</p>
       <p class="muted">per ${escape(formatDateId(data.asOf))} · ${escape(data.programs)} · ${escape(data.branch)}</p>`
    : `<p class="status no">Kartu tidak dikenal atau sudah diganti</p><p class="muted">Card unknown or replaced</p>`;
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Verifikasi Kartu Peserta — Lindung</title>
<style>body{font-family:system-ui,sans-serif;margin:0;background:#f1f5f3;color:#111}main{max-width:420px;margin:40px auto;background:#fff;border-radius:12px;padding:24px;box-shadow:0 1px 4px #0002;text-align:center}
h1{font-size:18px;color:#0b6e4f}.muted{color:#667;font-size:13px;margin:4px 0}.big{font-size:28px;font-weight:700;margin:4px 0 12px}.mono{font-family:monospace;font-size:20px;margin:4px 0 16px}
.status{font-size:22px;font-weight:800;padding:12px;border-radius:8px}.ok{background:#d3f9e5;color:#0b6e4f}.no{background:#ffe3e3;color:#c92a2a}</style></head>
<body><main><h1>Verifikasi Kartu Peserta JKK + JKM</h1>${body}</main></body></html>`;
}
