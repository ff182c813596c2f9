/**
 * `lindung claim …`: the claims workflow from the command line, through the same service as the
 * API. Filing is done as the local administrator; the BPJS steps (verify, approve, reject, pay)
 * need `--officer NAME`, recorded in the timeline and the audit log as the branch officer acting.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from '@commander-js/extra-typings';
import { cliActor, type Actor } from '../core/actor.ts';
import { AppError } from '../core/errors.ts';
import { formatDateId } from '../core/dates.ts';
import { formatRupiah } from '../core/money.ts';
import { withAnswer, withDocument } from '../cli/context.ts';
import { printTable } from '../cli/output.ts';
import type { Services } from '../services.ts';
import { formatDue } from './rules.ts';
import { registerClaimFormCommand } from '../claim-forms/index.ts';

const id = (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new AppError('validation_failed', `ID klaim harus bilangan bulat positif: ${value}`);
  return n;
};

/** The branch officer acting at this terminal. */
export function officerActor(name: string | undefined): Actor {
  if (!name?.trim()) throw new AppError('forbidden', 'Langkah BPJS (verifikasi, persetujuan, penolakan, pembayaran) memerlukan --officer NAMA petugas BPJS');
  return { ...cliActor(), label: `${cliActor().label} (petugas BPJS ${name.trim()})`, role: 'bpjs_officer' };
}

async function readJson(file: string): Promise<Record<string, unknown>> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
  } catch (e) {
    throw new AppError('bad_file', `${file} bukan berkas JSON yang sah: ${(e as Error).message}`);
  }
}

/** `nik` in a claim file stands for the employee with that NIK. */
async function resolveEmployee(services: Services, body: Record<string, unknown>): Promise<Record<string, unknown>> {
  if (body.employeeId !== undefined || typeof body.nik !== 'string') return body;
  const { nik, ...rest } = body;
  const found = (await services.roster.list(cliActor(), { q: nik, status: 'all' })).items.find((e) => e.nik === nik);
  if (!found) throw new AppError('not_found', `Pegawai dengan NIK ${String(nik)} tidak ditemukan`);
  return { ...rest, employeeId: found.id };
}

type ClaimOut = Awaited<ReturnType<Services['claims']['get']>>;

function printClaim(c: ClaimOut): void {
  console.log(`Klaim ${c.program} ${c.number ?? ''} (#${c.id}) — ${c.fullName} (${c.nik}): ${c.statusLabel}`);
  console.log(`Kejadian ${formatDateId(c.incidentDate)}${c.incidentTime ? ` ${c.incidentTime}` : ''}, ${c.place}`);
  for (const d of c.deadlines) console.log(`  Tenggat ${d.label}: ${formatDue(d)} (${d.status})${d.consequence ? ` — ${d.consequence}` : ''}`);
  const missing = c.checklist.filter((i) => i.required && !i.uploaded);
  if (missing.length) console.log(`  Dokumen wajib belum ada: ${missing.map((m) => m.code).join(', ')}`);
  for (const i of c.items) {
    console.log(
      `  ${i.label}: ${formatRupiah(i.amount)}${i.adjustment ? ` (dihitung ${formatRupiah(i.computed)}; ${i.adjustment.reason})` : ''}\n    ${i.formula}\n    [${i.basis}]`,
    );
  }
  console.log(`Jumlah: ${formatRupiah(c.total)} (${c.totalInWords}); dibayar ${formatRupiah(c.paid)}, sisa ${formatRupiah(c.outstanding)}`);
}

export function registerClaimCommands(program: Command): void {
  const claim = program.command('claim').description('Klaim JKK/JKM / claims (Pasal 5–7)');

  claim
    .command('list')
    .description('Daftar klaim')
    .option('--status <status>', 'submitted|verified|approved|paid|rejected')
    .option('--agreement <id>')
    .option('--json')
    .action((opts) =>
      withAnswer(
        opts,
        ({ services }) => services.claims.list(cliActor(), { status: opts.status, agreementId: opts.agreement ? id(opts.agreement) : undefined }),
        (rows) =>
          printTable(
            rows.map((r) => ({
              ID: r.id,
              Nomor: r.number ?? '',
              Peserta: r.fullName,
              NIK: r.nik,
              Program: r.program,
              Kejadian: r.incidentDate,
              Status: r.status,
              Disetujui: r.approvedTotal === null ? '' : formatRupiah(r.approvedTotal),
            })),
          ),
      ),
    );
  claim
    .command('show')
    .argument('<id>')
    .description('Rincian klaim: tenggat, dokumen, manfaat butir demi butir')
    .option('--json')
    .action((claimId, opts) => withAnswer(opts, ({ services }) => services.claims.get(cliActor(), id(claimId)), printClaim));
  claim
    .command('file')
    .argument('<file>', 'berkas JSON seperti POST /api/v1/claims; "nik" boleh menggantikan "employeeId"')
    .description('Ajukan klaim')
    .option('--json')
    .action((file, opts) =>
      withAnswer(opts, async ({ services }) => services.claims.file(cliActor(), await resolveEmployee(services, await readJson(file))), printClaim),
    );
  claim
    .command('document')
    .argument('<id>')
    .argument('<file>')
    .requiredOption('--code <code>', 'jenis dokumen dari daftar periksa, mis. ktp')
    .option('--mime <type>', 'jenis berkas', 'application/pdf')
    .option('--json')
    .description('Unggah dokumen klaim')
    .action((claimId, file, opts) =>
      withAnswer(
        opts,
        async ({ services }) => {
          const content = await readFile(file).catch(() => {
            throw new AppError('bad_file', `Berkas ${file} tidak dapat dibaca`);
          });
          return services.claims.addDocument(cliActor(), id(claimId), {
            code: opts.code,
            name: basename(file),
            mime: opts.mime,
            contentBase64: content.toString('base64'),
          });
        },
        printClaim,
      ),
    );
  claim
    .command('verify')
    .argument('<id>')
    .requiredOption('--officer <name>', 'petugas BPJS')
    .option('--json')
    .description('Verifikasi (dokumen wajib lengkap)')
    .action((claimId, opts) => withAnswer(opts, ({ services }) => services.claims.verify(officerActor(opts.officer), id(claimId)), printClaim));
  claim
    .command('approve')
    .argument('<id>')
    .requiredOption('--officer <name>', 'petugas BPJS')
    .option('--adjust <code=amount:reason...>', 'sesuaikan butir, mis. medical=3000000:"kuitansi Rp 3.000.000"')
    .option('--json')
    .description('Setujui dengan manfaat terhitung; penyesuaian wajib beralasan')
    .action((claimId, opts) =>
      withAnswer(
        opts,
        async ({ services }) => {
          const adjustments = (opts.adjust ?? []).map(parseAdjustment);
          return services.claims.approve(officerActor(opts.officer), id(claimId), { adjustments });
        },
        printClaim,
      ),
    );
  claim
    .command('reject')
    .argument('<id>')
    .requiredOption('--officer <name>', 'petugas BPJS')
    .requiredOption('--reason <text>')
    .option('--json')
    .description('Tolak dengan alasan')
    .action((claimId, opts) =>
      withAnswer(opts, async ({ services }) => services.claims.reject(officerActor(opts.officer), id(claimId), { reason: opts.reason }), printClaim),
    );
  claim
    .command('pay')
    .argument('<id>')
    .requiredOption('--officer <name>', 'petugas BPJS')
    .requiredOption('--amount <rupiah>')
    .requiredOption('--date <YYYY-MM-DD>')
    .requiredOption('--reference <ref>')
    .option('--note <text>', '', '')
    .option('--json')
    .description('Catat pembayaran (STMB dapat diangsur)')
    .action((claimId, opts) =>
      withAnswer(
        opts,
        async ({ services }) => {
          return services.claims.pay(officerActor(opts.officer), id(claimId), {
            amount: Number(opts.amount),
            paidOn: opts.date,
            reference: opts.reference,
            note: opts.note,
          });
        },
        printClaim,
      ),
    );
  claim
    .command('letter')
    .argument('<id>')
    .argument('<file.pdf>')
    .description('Surat klaim (PDF) dengan manfaat butir demi butir')
    .action((claimId, file) => withDocument(file, 'Surat klaim', ({ services }) => services.claimLetter(cliActor(), id(claimId))));
  claim
    .command('heirs-letter')
    .argument('<id>')
    .argument('<file.pdf>')
    .description('Surat untuk ahli waris (PDF) dari klaim kematian: manfaat, dokumen, batas waktu')
    .action((claimId, file) => withDocument(file, 'Surat untuk ahli waris', ({ services }) => services.heirsLetter(cliActor(), id(claimId))));
  registerClaimFormCommand(claim);
}

/** "medical=3000000:kuitansi hanya Rp 3.000.000" → { code, amount, reason }. */
export function parseAdjustment(text: string): { code: string; amount: number; reason: string } {
  const match = /^([a-z0-9_]+)=(\d+):(.+)$/s.exec(text.trim());
  if (!match) throw new AppError('validation_failed', `Penyesuaian harus berbentuk KODE=JUMLAH:ALASAN, bukan "${text}"`);
  return { code: match[1]!, amount: Number(match[2]), reason: match[3]!.trim() };
}
