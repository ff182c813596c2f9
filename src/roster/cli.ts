/** `lindung unit …`, `lindung roster …` and `lindung nik check`. */
import { createWriteStream } from 'node:fs';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from '@commander-js/extra-typings';
import cliProgress from 'cli-progress';
import { cliActor } from '../core/actor.ts';
import { AppError } from '../core/errors.ts';
import { withAnswer, withContext } from '../cli/context.ts';
import { unitByCode } from '../cli/units.ts';
import { printJson, printTable, reportError } from '../cli/output.ts';
import { checkNik } from './nik.ts';

export function progressBar(label: string) {
  return new cliProgress.SingleBar(
    { format: `${label} [{bar}] {value}/{total} baris`, noTTYOutput: !process.stdout.isTTY, notTTYSchedule: 2000, stream: process.stderr },
    cliProgress.Presets.shades_classic,
  );
}

const positiveInt = (value: string | undefined, label: string): number | undefined => {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new AppError('validation_failed', `${label} tidak sah: ${value}`);
  return n;
};

export function registerRosterCommands(program: Command): void {
  program
    .command('nik')
    .description('NIK (Nomor Induk Kependudukan)')
    .command('check')
    .description('Baca arti sebuah NIK: wilayah, tanggal lahir, jenis kelamin, nomor urut')
    .argument('<nik>', 'NIK 16 digit')
    .option('--birth-date <YYYY-MM-DD>', 'bandingkan dengan tanggal lahir')
    .option('--sex <L|P>', 'bandingkan dengan jenis kelamin')
    .option('--json', 'keluaran JSON')
    .action((nik, opts) => {
      const result = checkNik(nik, { ...(opts.birthDate ? { birthDate: opts.birthDate } : {}), ...(opts.sex ? { sex: opts.sex as 'L' | 'P' } : {}) });
      if (opts.json) {
        const out = result.valid
          ? {
              valid: true,
              provinceCode: result.provinceCode,
              regencyCode: result.regencyCode,
              districtCode: result.districtCode,
              birthDate: result.birthDate,
              sex: result.sex,
              serial: result.serial,
              provinceName: result.provinceName,
            }
          : { valid: false, reasons: result.reasons };
        process.stdout.write(JSON.stringify(out) + '\n');
      } else if (result.valid) {
        console.log(
          `NIK sah: provinsi ${result.provinceCode} (${result.provinceName}), kabupaten/kota ${result.regencyCode}, kecamatan ${result.districtCode}, lahir ${result.birthDate}, ${result.sex === 'L' ? 'laki-laki' : 'perempuan'}, nomor urut ${result.serial}`,
        );
      } else {
        console.log(`NIK tidak sah:\n${result.reasons.map((r) => `  - ${r}`).join('\n')}`);
      }
      if (!result.valid) process.exitCode = 1;
    });

  const unit = program.command('unit').description('Unit kerja (OPD) / work units');
  unit
    .command('add')
    .description('Tambah unit kerja')
    .requiredOption('--agreement <id>', 'perjanjian (unit milik PIHAK KESATU-nya)')
    .requiredOption('--code <code>', 'kode unit, mis. DINKES')
    .requiredOption('--name <name>', 'nama unit')
    .option('--parent <id>', 'ID unit induk')
    .option('--json', 'keluaran JSON')
    .action((opts) =>
      withAnswer(
        opts,
        ({ services }) =>
          services.units.create(cliActor(), {
            agreementId: positiveInt(opts.agreement, 'ID perjanjian'),
            code: opts.code,
            name: opts.name,
            parentId: positiveInt(opts.parent, 'ID unit induk') ?? null,
          }),
        (created) => console.log(`Unit kerja dibuat: ID ${created.id} — ${created.code} ${created.name}`),
      ),
    );
  unit
    .command('list')
    .description('Daftar unit kerja')
    .option('--agreement <id>', 'hanya unit pemerintah daerah perjanjian ini')
    .option('--json', 'keluaran JSON')
    .action((opts) =>
      withAnswer(
        opts,
        ({ services }) => services.units.list(cliActor(), { agreementId: positiveInt(opts.agreement, 'ID perjanjian') }),
        (items) => printTable(items.map((u) => ({ ID: u.id, Kode: u.code, Nama: u.name, Instansi: u.institution, 'Pegawai aktif': u.activeEmployees }))),
      ),
    );

  const roster = program.command('roster').description('Daftar pegawai non-ASN / roster');
  roster
    .command('list')
    .description('Daftar pegawai')
    .option('-q, --query <text>', 'cari nama atau awalan NIK')
    .option('--unit <id>', 'ID unit kerja')
    .option('--agreement <id>', 'ID perjanjian')
    .option('--status <status>', 'active | ended | all', 'active')
    .option('--page <n>', 'halaman', '1')
    .option('--page-size <n>', 'baris per halaman', '50')
    .option('--json', 'keluaran JSON')
    .action((opts) =>
      withAnswer(
        opts,
        ({ services }) =>
          services.roster.list(cliActor(), {
            q: opts.query,
            unitId: opts.unit,
            agreementId: opts.agreement,
            status: opts.status,
            page: opts.page,
            pageSize: opts.pageSize,
          }),
        (result) => {
          printTable(
            result.items.map((e) => ({
              ID: e.id,
              NIK: e.nik,
              Nama: e.fullName,
              Unit: e.unitCode,
              Jabatan: e.position,
              Status: e.status === 'active' ? 'aktif' : 'berhenti',
            })),
          );
          console.log(`${result.total} pegawai`);
        },
      ),
    );

  roster
    .command('import')
    .description('Impor daftar pegawai dari XLSX/CSV: pratinjau, lalu tulis semua baris yang baik dalam satu transaksi')
    .argument('<file>', 'berkas .xlsx atau .csv')
    .option('--unit <code>', 'kode unit kerja: semua baris untuk unit ini')
    .option('--agreement <id>', 'perjanjian: baris menyebut unitnya di kolom Kode Unit')
    .option('--dry-run', 'hanya pratinjau; tidak menulis apa pun')
    .option('--report <file.xlsx>', 'tulis laporan baris bermasalah ke berkas ini')
    .option('--json', 'keluaran JSON')
    .addHelpText(
      'after',
      '\nKode keluar: 0 semua baris benar; 2 sebagian baris bermasalah (baris yang benar tetap ditulis); 1 tidak ada baris yang dapat diimpor atau galat.',
    )
    .action(async (file, opts) => {
      await withContext(!!opts.json, async ({ services }) => {
        const info = await stat(file).catch(() => null);
        if (!info?.isFile()) throw new AppError('bad_file', `Berkas ${file} tidak dapat dibaca`);
        const { MAX_IMPORT_BYTES } = await import('./files-service.ts');
        if (info.size > MAX_IMPORT_BYTES)
          throw new AppError('bad_file', `Berkas lebih dari ${MAX_IMPORT_BYTES / 1024 / 1024} MB; pecah menjadi beberapa berkas`);
        const agreementId = positiveInt(opts.agreement, 'ID perjanjian');
        let unitId: number | undefined;
        if (opts.unit) {
          unitId = (await unitByCode(services, opts.unit, agreementId)).id;
        }
        const actor = cliActor();
        const bar = progressBar('Impor');
        let barTotal = 0;
        const onProgress = (p: { phase: 'read' | 'write'; rows: number; total?: number }) => {
          if (opts.json) return;
          if (p.phase === 'write' && p.total !== undefined && barTotal !== p.total) {
            bar.stop();
            process.stderr.write(`Menulis ${p.total} baris ke basis data…\n`);
            barTotal = p.total;
            bar.start(p.total, 0);
          }
          if (p.phase === 'write') bar.update(p.rows);
          else if (p.rows % 10000 === 0 && p.rows > 0) process.stderr.write(`  ${p.rows} baris dibaca\n`);
        };
        const preview = await services.rosterFiles.preview(
          actor,
          { fileName: basename(file), content: await readFile(file), unitId, agreementId: unitId ? undefined : agreementId },
          onProgress,
        );
        if (opts.report && preview.errors.length > 0) await writeFile(opts.report, await services.rosterFiles.errorReport(actor, preview.id));
        const result = opts.dryRun ? preview : await services.rosterFiles.commit(actor, preview.id, onProgress);
        bar.stop();
        const c = result.counts;
        // Exit 0 only when every row was fine; 2 when some rows were written (or would be) and others failed; 1 when none.
        const good = c.total - c.errors;
        if (c.errors > 0) process.exitCode = good > 0 ? 2 : 1;
        if (opts.json) return printJson(result);
        const written = opts.dryRun ? 0 : c.new + c.changed;
        const headline = opts.dryRun ? 'Pratinjau' : c.errors === 0 ? 'Impor selesai' : good > 0 ? 'Impor sebagian' : 'Impor gagal';
        const tail = opts.dryRun
          ? ' (tidak ada yang ditulis)'
          : `; ${written} baris ditulis ke basis data${c.errors > 0 ? `, ${c.errors} baris bermasalah TIDAK diimpor` : ''}`;
        console.log(`${headline}: ${c.total} baris — ${c.new} baru, ${c.changed} berubah, ${c.unchanged} tidak berubah, ${c.errors} bermasalah${tail}`);
        for (const e of result.errors.slice(0, 20)) console.log(`  Baris ${e.row}, kolom ${e.column}: ${e.message}`);
        if (result.errors.length > 20)
          console.log(`  … dan ${result.errors.length - 20} lainnya${opts.report ? ` (lihat ${opts.report})` : ' (pakai --report FILE)'}`);
        // Warnings that do not stop a row (a start date not given) and lines passed over (a JUMLAH row).
        if (preview.notes.length > 0) console.log(`Catatan (tidak menghalangi impor): ${preview.notes.length}`);
        for (const n of preview.notes.slice(0, 20)) console.log(`  Baris ${n.row}: ${n.message}`);
        if (preview.notes.length > 20) console.log(`  … dan ${preview.notes.length - 20} catatan lainnya`);
      });
    });

  roster
    .command('template')
    .description('Tulis templat XLSX kosong untuk impor')
    .argument('<file>', 'berkas tujuan .xlsx')
    .action(async (file) => {
      try {
        const { rosterTemplateXlsx } = await import('./export.ts');
        await writeFile(file, await rosterTemplateXlsx());
        console.log(`Templat ditulis ke ${file}`);
      } catch (error) {
        reportError(error, false);
      }
    });

  roster
    .command('export')
    .description('Ekspor daftar pegawai ke XLSX atau CSV (menurut ekstensi berkas)')
    .argument('<file>', 'berkas tujuan .xlsx atau .csv')
    .option('-q, --query <text>', 'cari nama atau awalan NIK')
    .option('--unit <id>', 'ID unit kerja')
    .option('--agreement <id>', 'ID perjanjian')
    .option('--status <status>', 'active | ended | all', 'all')
    .action(async (file, opts) => {
      await withContext(false, async ({ services }) => {
        const format = file.toLowerCase().endsWith('.csv') ? 'csv' : 'xlsx';
        const bar = progressBar('Ekspor');
        const filter = { q: opts.query, unitId: opts.unit, agreementId: opts.agreement, status: opts.status };
        const total = (await services.roster.list(cliActor(), { ...filter, pageSize: 1 })).total;
        bar.start(total, 0);
        const count = await services.rosterFiles.export(cliActor(), filter, format, createWriteStream(file), (n) => bar.update(n));
        bar.stop();
        console.log(`${count} pegawai diekspor ke ${file}`);
      });
    });
}
