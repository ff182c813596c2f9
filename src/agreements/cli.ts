/** `lindung agreement import|list|show`: the same service as the API, as the local administrator. */
import type { Command } from '@commander-js/extra-typings';
import { cliActor } from '../core/actor.ts';
import { AppError } from '../core/errors.ts';
import { formatDateId, todayIn } from '../core/dates.ts';
import { formatRupiah } from '../core/money.ts';
import { withAnswer, withContext } from '../cli/context.ts';
import { printJson, printTable, readJsonFile } from '../cli/output.ts';
import { TERMS_FIELDS, formatPaymentDestination, formatTermValue, getCited } from './terms-fields.ts';
import type { AgreementOut } from './schemas.ts';

const STATUS_ID = { draft: 'draf', active: 'berlaku', ended: 'berakhir', terminated: 'diakhiri' } as const;

function printAgreement(a: AgreementOut): void {
  console.log(`${a.title}`);
  console.log(`  ID                 : ${a.id}`);
  console.log(`  Nomor PIHAK KESATU : ${a.numberPartyOne}`);
  console.log(`  Nomor PIHAK KEDUA  : ${a.numberPartyTwo}`);
  console.log(`  PIHAK KESATU       : ${a.parties.one.institution} — ${a.parties.one.signatory}, ${a.parties.one.position}`);
  console.log(`  PIHAK KEDUA        : ${a.parties.two.institution} — ${a.parties.two.signatory}, ${a.parties.two.position}`);
  const from = a.validFrom ? formatDateId(a.validFrom) : '-';
  const until = a.validUntil ? formatDateId(a.validUntil) : '-';
  console.log(
    `  Masa berlaku       : ${from} s.d. ${until} (${a.durationMonths} bulan) — ${STATUS_ID[a.status]}${a.daysRemaining !== null ? `, sisa ${a.daysRemaining} hari` : ''}`,
  );
  if (a.signedOn && a.validFrom && a.signedOn !== a.validFrom) console.log(`  Ditandatangani     : ${formatDateId(a.signedOn)}`);
  if (a.predecessorId) console.log(`  Perpanjangan dari  : perjanjian ${a.predecessorNumber} (ID ${a.predecessorId})`);
  if (a.successorId) console.log(`  Diperpanjang oleh  : perjanjian ${a.successorNumber} (ID ${a.successorId})`);
  else if (a.renewalDue) console.log(`  Perhatian          : berakhir dalam ${a.daysRemaining} hari; siapkan perpanjangan (lindung agreement renew ${a.id} …)`);
  if (a.terminatedOn) console.log(`  Diakhiri           : ${formatDateId(a.terminatedOn)} — ${a.terminationReason ?? ''}`);
  if (a.currentTerms) {
    console.log(`  Ketentuan berlaku sejak ${formatDateId(a.currentTerms.effectiveFrom)}:`);
    for (const field of TERMS_FIELDS) {
      if (field.kind === 'json') continue;
      const cited = getCited(a.currentTerms.terms, field.path);
      console.log(`    ${field.label.id}: ${formatTermValue(field, cited.value)}  [${cited.basis}]`);
    }
  }
  for (const m of a.amendments) console.log(`  ${m.kind} ${m.number} (${formatDateId(m.signedOn)}), berlaku ${formatDateId(m.effectiveFrom)}: ${m.summary}`);
}

function positiveId(id: string): number {
  const n = Number(id);
  if (!Number.isInteger(n) || n <= 0) throw new AppError('validation_failed', `ID perjanjian tidak sah: ${id}`);
  return n;
}

function printRenewal(r: { agreement: AgreementOut; carriedOver: number | null; warnings: string[] }): void {
  printAgreement(r.agreement);
  for (const w of r.warnings) console.log(`Peringatan: ${w}`);
  if (r.carriedOver === null) console.log('Belum ditandatangani: peserta dilanjutkan setelah `lindung agreement sign ID --date TANGGAL`.');
  else console.log(`Peserta dilanjutkan dengan KPJ yang sama: ${r.carriedOver}`);
}

export function registerAgreementCommands(program: Command): void {
  const agreement = program.command('agreement').description('Perjanjian kerjasama (PKS) / agreements');

  agreement
    .command('renew')
    .description('Perpanjang: buat perjanjian penerus (nomor baru; mulai sehari setelah perjanjian ini berakhir; ketentuan disalin)')
    .argument('<id>', 'ID perjanjian yang diperpanjang')
    .requiredOption('--number-one <nomor>', 'nomor perjanjian PIHAK KESATU')
    .requiredOption('--number-two <nomor>', 'nomor perjanjian PIHAK KEDUA')
    .option('--signed <YYYY-MM-DD>', 'tanggal penandatanganan (tanpa ini: draf sampai ditandatangani)')
    .option('--start <YYYY-MM-DD>', 'tanggal mulai berlaku (bawaan: sehari setelah perjanjian lama berakhir)')
    .option('--months <n>', 'jangka waktu dalam bulan (bawaan: sama dengan perjanjian lama)')
    .option('--changes <file>', 'berkas JSON berisi daftar perubahan ketentuan [{ "path", "value", "basis" }]')
    .option('--json', 'keluaran JSON')
    .action((id, opts) =>
      withAnswer(
        opts,
        async ({ services }) => {
          const body: Record<string, unknown> = { numberPartyOne: opts.numberOne, numberPartyTwo: opts.numberTwo, signedOn: opts.signed ?? null };
          if (opts.start) body.startsOn = opts.start;
          if (opts.months !== undefined) body.durationMonths = Number(opts.months);
          if (opts.changes) body.termsChanges = readJsonFile(opts.changes);
          return services.agreements.renew(cliActor(), positiveId(id), body);
        },
        (r) => printRenewal(r),
      ),
    );

  agreement
    .command('payment-destination')
    .description('Tujuan pembayaran iuran (rekening/virtual account) yang berlaku; dengan --bank: tetapkan lewat adendum (ketentuan berpasal)')
    .argument('<id>', 'ID perjanjian')
    .option('--date <YYYY-MM-DD>', 'tampilkan yang berlaku pada tanggal ini (bawaan: hari ini)')
    .option('--bank <name>', 'nama bank')
    .option('--account <number>', 'nomor rekening')
    .option('--account-name <name>', 'nama pemilik rekening')
    .option('--virtual-account <number>', 'nomor virtual account')
    .option('--basis <text>', 'dasar (Pasal adendum/perjanjian), wajib saat menetapkan')
    .option('--number <text>', 'nomor adendum')
    .option('--signed <YYYY-MM-DD>', 'tanggal penandatanganan adendum')
    .option('--effective <YYYY-MM-DD>', 'berlaku mulai (bawaan: tanggal penandatanganan)')
    .option('--json', 'keluaran JSON')
    .action((id, opts) =>
      withAnswer(
        opts,
        async ({ services, config }) => {
          const agreementId = positiveId(id);
          if (opts.bank !== undefined) {
            if (!opts.number || !opts.signed)
              throw new AppError('validation_failed', 'Menetapkan tujuan pembayaran dicatat sebagai adendum: --number dan --signed wajib diisi');
            const value = {
              bank: opts.bank,
              accountNumber: opts.account ?? null,
              accountName: opts.accountName ?? null,
              virtualAccount: opts.virtualAccount ?? null,
            };
            await services.agreements.addAmendment(cliActor(), agreementId, {
              kind: 'adendum',
              number: opts.number,
              signedOn: opts.signed,
              effectiveFrom: opts.effective ?? opts.signed,
              summary: `Tujuan pembayaran iuran: ${formatPaymentDestination(value)}`,
              termsChanges: [{ path: 'contribution.paymentDestination', value, basis: opts.basis ?? '' }],
            });
          }
          const date = opts.date ?? opts.effective ?? opts.signed ?? todayIn(config.timeZone);
          const version = (await services.agreements.termsOn(cliActor(), agreementId, date)).version;
          if (!version) throw new AppError('not_found', `Perjanjian ${agreementId} belum berlaku pada ${formatDateId(date)}`);
          return { date, ...version.terms.contribution.paymentDestination };
        },
        (cited) => console.log(`Tujuan pembayaran per ${formatDateId(cited.date)}: ${formatPaymentDestination(cited.value)}  [${cited.basis}]`),
      ),
    );

  agreement
    .command('sign')
    .description('Catat tanggal penandatanganan; perpanjangan lalu melanjutkan peserta perjanjian lama')
    .argument('<id>', 'ID perjanjian')
    .requiredOption('--date <YYYY-MM-DD>', 'tanggal penandatanganan')
    .option('--json', 'keluaran JSON')
    .action((id, opts) =>
      withAnswer(
        opts,
        ({ services }) => services.agreements.sign(cliActor(), positiveId(id), { signedOn: opts.date }),
        (r) => printRenewal(r),
      ),
    );

  agreement
    .command('carry-over')
    .description('Lanjutkan peserta yang terdaftar pada perjanjian lama setelah perpanjangan ditandatangani')
    .argument('<id>', 'ID perjanjian perpanjangan')
    .option('--json', 'keluaran JSON')
    .action((id, opts) =>
      withAnswer(
        opts,
        ({ services }) => services.agreements.carryOver(cliActor(), positiveId(id)),
        (r) => printRenewal(r),
      ),
    );

  agreement
    .command('import')
    .description('Muat perjanjian dari berkas data JSON (format lindung.agreement/v1)')
    .argument('<file>', 'berkas JSON')
    .option('--json', 'keluaran JSON')
    .action((file, opts) =>
      withAnswer(
        opts,
        ({ services }) => services.agreements.importFile(cliActor(), readJsonFile(file)),
        (a) => console.log(`Perjanjian dimuat: ID ${a.id} — ${a.numberPartyOne} / ${a.numberPartyTwo}`),
      ),
    );

  agreement
    .command('list')
    .description('Daftar perjanjian')
    .option('--json', 'keluaran JSON')
    .option('-q, --query <text>', 'cari judul, nomor atau pihak')
    .action((opts) =>
      withAnswer(
        opts,
        ({ services }) => services.agreements.list(cliActor(), { q: opts.query }),
        (items) =>
          printTable(
            items.map((a) => ({
              ID: a.id,
              'Nomor PIHAK KESATU': a.numberPartyOne,
              'PIHAK KESATU': a.partyOne,
              'PIHAK KEDUA': a.partyTwo,
              Berlaku: a.validFrom && a.validUntil ? `${a.validFrom} s.d. ${a.validUntil}` : '-',
              Status: STATUS_ID[a.status],
              Upah: a.reportedWage === null ? '-' : formatRupiah(a.reportedWage),
            })),
          ),
      ),
    );

  agreement
    .command('show')
    .description('Rincian perjanjian (dengan --date: ketentuan yang berlaku pada tanggal itu)')
    .argument('<id>', 'ID perjanjian')
    .option('--date <YYYY-MM-DD>', 'tanggal untuk ketentuan yang berlaku')
    .option('--json', 'keluaran JSON')
    .action(async (id, opts) => {
      await withContext(!!opts.json, async ({ services }) => {
        const n = Number(id);
        if (!Number.isInteger(n) || n <= 0) throw new AppError('validation_failed', `ID perjanjian tidak sah: ${id}`);
        if (opts.date) {
          const result = await services.agreements.termsOn(cliActor(), n, opts.date);
          if (opts.json) return printJson(result);
          if (!result.version) return console.log(`Tidak ada ketentuan yang berlaku pada ${formatDateId(opts.date)}`);
          console.log(
            `Ketentuan yang berlaku pada ${formatDateId(opts.date)} (sejak ${formatDateId(result.version.effectiveFrom)})${result.withinValidity ? '' : ' — di luar masa berlaku perjanjian'}:`,
          );
          for (const field of TERMS_FIELDS) {
            if (field.kind === 'json') continue;
            const cited = getCited(result.version.terms, field.path);
            console.log(`  ${field.label.id}: ${formatTermValue(field, cited.value)}  [${cited.basis}]`);
          }
          return;
        }
        const a = await services.agreements.get(cliActor(), n);
        if (opts.json) printJson(a);
        else printAgreement(a);
      });
    });
}
