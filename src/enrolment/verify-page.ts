/**
 * The public verification page a card's QR code opens: only the initials, the masked
 * participant number and the person's protection state today — nothing else personal (no
 * name, NIK or work unit). One small self-contained HTML page: inline CSS, no scripts, no
 * external assets, readable on a phone. The card's owner is led on to "Cek perlindungan saya" (/cek),
 * where NIK, birth date and KPJ digits unlock their own details.
 */
import { formatDateId, parseDate } from '../core/dates.ts';
import type { ProtectionState } from '../contributions/index.ts';

export type VerifyData =
  | { found: true; initials: string; maskedKpj: string; protectedToday: boolean; state: ProtectionState; asOf: string; programs: string; branch: string }
  | { found: false };

export type VerifyLang = 'id' | 'en';

/** Titles written before a name (Haji, Hajah, doctor, engineer…) are not part of the initials. */
const FRONT_TITLES = /^(h|hj|dr|drs|dra|ir|prof)\.$/i;

/** 'Siti Aminah' → 'S. A.'; 'La Ode Muhammad Budi' → 'L. O. M. B.'; at most 4 letters. Degrees after a comma are dropped. */
export function initialsOf(fullName: string): string {
  const words = (fullName.split(',')[0] ?? '').split(/\s+/).filter((w) => w && !FRONT_TITLES.test(w));
  const letters = words.map((w) => /\p{L}/u.exec(w)?.[0]).filter((l): l is string => !!l);
  return letters
    .slice(0, 4)
    .map((l) => `${l.toLocaleUpperCase('id')}.`)
    .join(' ');
}

/** '26133068531' → '•••••••8531': only the last 4 digits are shown. */
export function maskKpj(kpj: string): string {
  return `${'•'.repeat(Math.max(0, kpj.length - 4))}${kpj.slice(-4)}`;
}

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const TEXT = {
  id: {
    title: 'Verifikasi Kartu Peserta',
    participant: 'Peserta',
    number: 'No. Peserta (KPJ)',
    protected: 'TERLINDUNGI',
    notProtected: 'TIDAK TERLINDUNGI',
    inArrears: 'IURAN MENUNGGAK',
    states: {
      protected_paid: 'Iuran bulan ini lunas',
      awaiting_payment: 'Iuran bulan ini belum jatuh tempo',
      in_arrears: 'Iuran lewat jatuh tempo; manfaat tetap menjadi hak peserta, pembayarnya bergantung pada lama tunggakan',
      not_covered: 'Tidak terdaftar, nonaktif, atau di luar masa perjanjian',
    },
    asOf: (date: string) => `per ${formatDateId(date)}`,
    programs: 'Program',
    branch: 'Kantor cabang',
    unknown: 'Kartu tidak dikenal atau sudah diganti',
    unknownHint: 'Periksa kembali kartu yang dipindai. Kartu lama tidak berlaku lagi setelah kartu baru diterbitkan.',
    selfCheck: 'Pemilik kartu? Cek perlindungan, klaim, dan kontak Anda',
  },
  en: {
    title: 'Participant Card Verification',
    participant: 'Participant',
    number: 'Participant no. (KPJ)',
    protected: 'PROTECTED',
    notProtected: 'NOT PROTECTED',
    inArrears: 'CONTRIBUTIONS IN ARREARS',
    states: {
      protected_paid: 'This month’s contributions are paid',
      awaiting_payment: 'This month’s contributions are not yet due',
      in_arrears: 'Contributions past due; benefits remain the participant’s right, who pays first depends on how long the arrears last',
      not_covered: 'Not enrolled, deactivated, or outside the agreement’s term',
    },
    asOf: (date: string) => {
      const d = parseDate(date);
      return `as of ${d.day} ${MONTHS_EN[d.month - 1]} ${d.year}`;
    },
    programs: 'Programmes',
    branch: 'Branch office',
    unknown: 'Card unknown or replaced',
    unknownHint: 'Check the card you scanned. An old card is no longer valid once a new one is issued.',
    selfCheck: 'Your card? Check your protection, claims and contacts',
  },
} as const;

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const STYLE = `body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;padding:16px;background:#eef5f1;color:#1a1a1a}
main{max-width:420px;margin:24px auto;background:#fff;border-radius:14px;overflow:hidden;box-shadow:0 1px 4px #0002;text-align:center}
header{background:#0b6e4f;color:#fff;padding:14px 16px;border-bottom:3px solid #3fae49}h1{font-size:18px;margin:0}
section{padding:18px 20px 22px}.label{color:#6b7a73;font-size:13px;margin:14px 0 2px}.value{font-size:18px;margin:0}
.initials{font-size:30px;font-weight:700;margin:0}.number{font-family:ui-monospace,monospace;font-size:22px;letter-spacing:1px;margin:0}
.status{font-size:26px;font-weight:800;padding:14px;border-radius:10px;margin:20px 0 4px}.ok{background:#d3f9e0;color:#1b7a3d}.no{background:#ffe3e3;color:#c92a2a}.warn{background:#fff0d6;color:#a15c00}
.state{font-size:14px;margin:0 0 6px}
.asof{color:#444;font-size:15px;margin:0}
.self{display:block;margin:22px 0 0;padding:12px;border-radius:10px;background:#0b6e4f;color:#fff;font-weight:600;text-decoration:none}`;

/** The verification page as a complete HTML document, in Bahasa Indonesia (or English). */
export function renderVerifyPage(data: VerifyData, lang: VerifyLang = 'id'): string {
  const t = TEXT[lang];
  const e = escapeHtml;
  const body = data.found
    ? `<p class="label">${e(t.participant)}</p><p class="initials">${e(data.initials)}</p>
<p class="label">${e(t.number)}</p><p class="number">${e(data.maskedKpj)}</p>
<p class="status ${data.protectedToday ? 'ok' : data.state === 'in_arrears' ? 'warn' : 'no'}">${e(data.protectedToday ? t.protected : data.state === 'in_arrears' ? t.inArrears : t.notProtected)}</p>
<p class="state">${e(t.states[data.state])}</p>
<p class="asof">${e(t.asOf(data.asOf))}</p>
<p class="label">${e(t.programs)}</p><p class="value">${e(data.programs)}</p>
<p class="label">${e(t.branch)}</p><p class="value">${e(data.branch)}</p>
<a class="self" href="/cek">${e(t.selfCheck)}</a>`
    : `<p class="status no">${e(t.unknown)}</p><p class="asof">${e(t.unknownHint)}</p>`;
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex,nofollow"><meta name="referrer" content="no-referrer">
<title>${e(t.title)} — Lindung</title><style>${STYLE}</style></head>
<body><main><header><h1>${e(t.title)}</h1></header><section>
${body}
</section></main></body></html>
`;
}
