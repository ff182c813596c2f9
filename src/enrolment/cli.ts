/** `lindung enrolment …`: the same service as the API, as the local administrator. */
import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from '@commander-js/extra-typings';
import { cliActor } from '../core/actor.ts';
import { AppError } from '../core/errors.ts';
import { withAnswer, withContext, withDocument, type CliContext } from '../cli/context.ts';
import { unitByCode } from '../cli/units.ts';
import { printTable } from '../cli/output.ts';
import { STATUS_LABEL } from './rules.ts';

const id = (value: string | undefined, label: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new AppError('validation_failed', `${label} tidak sah: ${value ?? '(kosong)'}`);
  return n;
};

async function readInput(file: string) {
  try {
    return { fileName: basename(file), content: await readFile(file) };
  } catch {
    throw new AppError('bad_file', `Berkas ${file} tidak dapat dibaca`);
  }
}

/** A participant by --participant ID, or by --nik within --agreement. */
async function participantId(ctx: CliContext, opts: { participant?: string; nik?: string; agreement?: string }): Promise<number> {
  if (opts.participant) return id(opts.participant, 'ID peserta');
  if (!opts.nik || !opts.agreement) throw new AppError('validation_failed', 'Sebutkan --participant ID, atau --nik NIK bersama --agreement ID');
  const found = await ctx.services.enrolment.listParticipants(cliActor(), { agreementId: id(opts.agreement, 'ID perjanjian'), q: opts.nik });
  const match = found.items.find((p) => p.nik === opts.nik);
  if (!match) throw new AppError('not_found', `NIK ${opts.nik} tidak ada dalam kepesertaan perjanjian ini`);
  return match.id;
}

export function registerEnrolmentCommands(program: Command): void {
  const enrolment = program.command('enrolment').description('Kepesertaan JKK + JKM / enrolment (Pasal 3)');

  enrolment
    .command('submit')
    .description('Buat dan ajukan pengajuan: pegawai tertentu (--employees) atau semua yang belum terdaftar di satu unit (--unit)')
    .requiredOption('--agreement <id>', 'ID perjanjian')
    .option('--employees <ids>', 'ID pegawai, dipisah koma')
    .option('--unit <code>', 'kode unit kerja: semua pegawai aktif yang belum terdaftar')
    .option('--draft', 'simpan sebagai draf, jangan ajukan')
    .option('--json', 'keluaran JSON')
    .action((opts) =>
      withAnswer(
        opts,
        async (ctx) => {
          const agreementId = id(opts.agreement, 'ID perjanjian');
          let employeeIds: number[];
          if (opts.employees) employeeIds = opts.employees.split(',').map((x) => id(x.trim(), 'ID pegawai'));
          else if (opts.unit) {
            const unit = await unitByCode(ctx.services, opts.unit, agreementId);
            employeeIds = (await ctx.services.enrolment.eligibleEmployees(cliActor(), agreementId, unit.id)).map((e) => e.id);
            if (employeeIds.length === 0) throw new AppError('invalid_state', `Semua pegawai aktif unit ${opts.unit} sudah terdaftar atau diajukan`);
          } else throw new AppError('validation_failed', 'Sebutkan --employees atau --unit');
          let batch = await ctx.services.enrolment.createBatch(cliActor(), { agreementId, employeeIds });
          if (!opts.draft) batch = await ctx.services.enrolment.submitBatch(cliActor(), batch.id);
          return batch;
        },
        (batch) =>
          console.log(`Pengajuan ${batch.number} (ID ${batch.id}): ${batch.counts.total} pegawai, status ${batch.status === 'draft' ? 'draf' : 'diajukan'}`),
      ),
    );

  enrolment
    .command('accept')
    .description('Terima peserta dan catat nomor peserta (KPJ, 11 digit)')
    .option('--participant <id>', 'ID peserta')
    .option('--nik <nik>', 'NIK pegawai (bersama --agreement)')
    .option('--agreement <id>', 'ID perjanjian')
    .requiredOption('--kpj <number>', 'nomor peserta 11 digit')
    .option('--date <YYYY-MM-DD>', 'tanggal kepesertaan (bawaan: hari ini)')
    .option('--json', 'keluaran JSON')
    .action((opts) =>
      withAnswer(
        opts,
        async (ctx) =>
          ctx.services.enrolment.accept(cliActor(), await participantId(ctx, opts), {
            kpj: opts.kpj,
            ...(opts.date ? { registeredOn: opts.date } : {}),
          }),
        (p) => console.log(`${p.fullName} terdaftar: KPJ ${p.kpj}, sejak ${p.registeredOn}`),
      ),
    );

  enrolment
    .command('reject')
    .description('Tolak peserta dengan alasan')
    .option('--participant <id>', 'ID peserta')
    .option('--nik <nik>', 'NIK pegawai (bersama --agreement)')
    .option('--agreement <id>', 'ID perjanjian')
    .requiredOption('--reason <text>', 'alasan penolakan')
    .action(async (opts) => {
      await withContext(false, async (ctx) => {
        const p = await ctx.services.enrolment.reject(cliActor(), await participantId(ctx, opts), { reason: opts.reason });
        console.log(`${p.fullName} ditolak: ${p.rejectionReason}`);
      });
    });

  enrolment
    .command('import-numbers')
    .description('Catat nomor peserta dari berkas hasil kantor cabang (kolom NIK dan KPJ/No Peserta); semua baris atau tidak sama sekali')
    .argument('<file>', 'berkas .xlsx atau .csv')
    .requiredOption('--agreement <id>', 'ID perjanjian')
    .option('--json', 'keluaran JSON')
    .action((file, opts) =>
      withAnswer(
        opts,
        async (ctx) => ctx.services.enrolment.importNumbers(cliActor(), id(opts.agreement, 'ID perjanjian'), await readInput(file)),
        (result) => console.log(`${result.assigned} nomor peserta dicatat, ${result.unchanged} sudah tercatat (${result.rows} baris)`),
      ),
    );

  enrolment
    .command('reconcile')
    .description('Bandingkan daftar peserta kantor cabang dengan Lindung')
    .argument('<file>', 'daftar peserta dari kantor cabang (.xlsx atau .csv)')
    .requiredOption('--agreement <id>', 'ID perjanjian')
    .option('--json', 'keluaran JSON')
    .action((file, opts) =>
      withAnswer(
        opts,
        async (ctx) => ctx.services.enrolment.reconcile(cliActor(), id(opts.agreement, 'ID perjanjian'), await readInput(file)),
        (r) => {
          console.log(`Cocok: ${r.matching.length}`);
          console.log(`Berbeda: ${r.differing.length}`);
          for (const d of r.differing) console.log(`  ${d.lindung.nik} ${d.lindung.fullName}: ${d.details.join('; ')}`);
          console.log(`Hanya di Lindung: ${r.onlyInLindung.length}`);
          for (const l of r.onlyInLindung) console.log(`  ${l.nik} ${l.fullName} (${l.unitName})`);
          console.log(`Hanya di kantor cabang: ${r.onlyInBranch.length}`);
          for (const b of r.onlyInBranch) console.log(`  baris ${b.row}: ${b.nik ?? '-'} ${b.fullName}`);
        },
      ),
    );

  enrolment
    .command('list')
    .description('Daftar peserta')
    .requiredOption('--agreement <id>', 'ID perjanjian')
    .option('--status <status>', 'draft | submitted | registered | rejected')
    .option('-q, --query <text>', 'nama, awalan NIK atau KPJ')
    .option('--json', 'keluaran JSON')
    .action((opts) =>
      withAnswer(
        opts,
        (ctx) => ctx.services.enrolment.listParticipants(cliActor(), { agreementId: opts.agreement, status: opts.status, q: opts.query, pageSize: 500 }),
        (r) => {
          printTable(
            r.items.map((p) => ({
              ID: p.id,
              NIK: p.nik,
              Nama: p.fullName,
              Unit: p.unitCode,
              Status: STATUS_LABEL[p.status],
              KPJ: p.kpj,
              Sejak: p.registeredOn,
              Nonaktif: p.deactivatedOn,
            })),
          );
          console.log(`${r.total} peserta`);
        },
      ),
    );

  enrolment
    .command('export')
    .description('Tulis pengajuan dalam format pendaftaran massal kantor cabang (XLSX)')
    .argument('<batch>', 'ID pengajuan')
    .argument('<file>', 'berkas tujuan .xlsx')
    .action((batch, file) =>
      withDocument(file, 'Pengajuan', async ({ services }) => (await services.enrolment.exportBatch(cliActor(), id(batch, 'ID pengajuan'))).content),
    );

  enrolment
    .command('deactivate')
    .description('Nonaktifkan peserta mulai tanggal (tidak ada iuran/perlindungan sejak itu)')
    .option('--participant <id>', 'ID peserta')
    .option('--nik <nik>', 'NIK pegawai (bersama --agreement)')
    .option('--agreement <id>', 'ID perjanjian')
    .requiredOption('--from <YYYY-MM-DD>', 'hari pertama tanpa perlindungan')
    .requiredOption('--reason <text>', 'alasan')
    .action(async (opts) => {
      await withContext(false, async (ctx) => {
        const p = await ctx.services.enrolment.deactivate(cliActor(), await participantId(ctx, opts), { from: opts.from, reason: opts.reason });
        console.log(`${p.fullName} nonaktif mulai ${p.deactivatedOn}`);
      });
    });

  program
    .command('card')
    .description('Kartu peserta / participant cards')
    .command('print')
    .description('Cetak kartu peserta ke PDF: satu peserta (ukuran kartu), atau semua kartu satu pengajuan / perjanjian / unit (8 per A4)')
    .argument('<file>', 'berkas tujuan .pdf')
    .option('--participant <id>', 'ID peserta')
    .option('--batch <id>', 'ID pengajuan')
    .option('--agreement <id>', 'ID perjanjian')
    .option('--unit <code>', 'kode unit kerja (bersama --agreement)')
    .option('--base-url <url>', 'alamat publik untuk kode QR (bawaan LINDUNG_PUBLIC_URL atau http://localhost:3000)')
    .action(async (file, opts) => {
      await withContext(false, async (ctx) => {
        const selection: { participantIds?: number[]; batchId?: number; agreementId?: number; unitId?: number } = {};
        if (opts.participant) selection.participantIds = [id(opts.participant, 'ID peserta')];
        if (opts.batch) selection.batchId = id(opts.batch, 'ID pengajuan');
        if (opts.agreement) selection.agreementId = id(opts.agreement, 'ID perjanjian');
        if (opts.unit) {
          if (!selection.agreementId) throw new AppError('validation_failed', 'Sebutkan --agreement bersama --unit');
          selection.unitId = (await unitByCode(ctx.services, opts.unit, selection.agreementId)).id;
        }
        const baseUrl = opts.baseUrl ?? ctx.config.publicUrl ?? `http://localhost:${ctx.config.port}`;
        const { pages } = await ctx.services.cards.renderPdf(cliActor(), selection, baseUrl, opts.participant ? 'single' : 'sheet', createWriteStream(file));
        console.log(`Kartu ditulis ke ${file} (${pages} halaman)`);
      });
    });
}
