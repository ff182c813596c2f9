/** `lindung contribution quote`, `lindung bill …`, `lindung payment …`, `lindung protection check`. */
import type { Command } from '@commander-js/extra-typings';
import { cliActor } from '../core/actor.ts';
import { AppError } from '../core/errors.ts';
import { formatDateId } from '../core/dates.ts';
import { formatRupiah } from '../core/money.ts';
import { withAnswer, withContext, withDocument } from '../cli/context.ts';
import { printJson, printTable } from '../cli/output.ts';
import { STATE_LABEL } from './protection.ts';

const int = (value: string | undefined, label: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n)) throw new AppError('validation_failed', `${label} harus bilangan bulat: ${value ?? '(kosong)'}`);
  return n;
};

export function registerContributionCommands(program: Command): void {
  program
    .command('contribution')
    .description('Iuran / contributions (Pasal 4)')
    .command('quote')
    .description('Hitung iuran: upah × (JKK + JKM) per bulan dan untuk N bulan (tarif dalam persen)')
    .option('--wage <rupiah>', 'upah pelaporan (bawaan: dari ketentuan)')
    .option('--jkk <percent>', 'tarif JKK, mis. 0.24')
    .option('--jkm <percent>', 'tarif JKM, mis. 0.30')
    .option('--months <n>', 'jumlah bulan', '1')
    .option('--people <n>', 'jumlah peserta', '1')
    .option('--agreement <id>', 'pakai ketentuan perjanjian ini')
    .option('--date <YYYY-MM-DD>', 'tanggal ketentuan yang berlaku (bersama --agreement)')
    .option('--json', 'keluaran JSON')
    .action(async (opts) => {
      await withContext(!!opts.json, async ({ services }) => {
        const q = await services.contributions.quote({
          ...(opts.wage ? { wage: int(opts.wage, 'Upah') } : {}),
          ...(opts.jkk ? { jkk: opts.jkk } : {}),
          ...(opts.jkm ? { jkm: opts.jkm } : {}),
          months: int(opts.months, 'Jumlah bulan'),
          people: int(opts.people, 'Jumlah peserta'),
          ...(opts.agreement ? { agreementId: int(opts.agreement, 'ID perjanjian') } : {}),
          ...(opts.date ? { date: opts.date } : {}),
        });
        if (opts.json) {
          process.stdout.write(JSON.stringify(q) + '\n');
          return;
        }
        console.log(
          `Upah ${formatRupiah(q.wage)}: JKK ${q.rates.jkk}% = ${formatRupiah(q.monthly.jkk)}, JKM ${q.rates.jkm}% = ${formatRupiah(q.monthly.jkm)}, per bulan ${formatRupiah(q.monthly.total)}`,
        );
        console.log(`${q.months} bulan × ${q.people} peserta = ${formatRupiah(q.total)} (${q.totalInWords})`);
        for (const b of q.basis) console.log(`  ${b}`);
      });
    });

  const bill = program.command('bill').description('Tagihan iuran / bills');
  bill
    .command('create')
    .description('Terbitkan tagihan bulan (atau 12 bulan sekaligus dengan --yearly, atau susulan)')
    .requiredOption('--agreement <id>', 'ID perjanjian')
    .requiredOption('--period <YYYY-MM>', 'bulan (pertama)')
    .option('--yearly', '12 bulan dibayar sekaligus')
    .option('--supplementary', 'tagihan susulan untuk peserta yang terlambat didaftarkan')
    .option('--issue-date <YYYY-MM-DD>', 'tanggal terbit (bawaan: hari ini)')
    .option('--json', 'keluaran JSON')
    .action((opts) =>
      withAnswer(
        opts,
        ({ services }) =>
          services.contributions.createBill(cliActor(), {
            agreementId: int(opts.agreement, 'ID perjanjian'),
            period: opts.period,
            mode: opts.yearly ? 'yearly' : 'monthly',
            supplementary: !!opts.supplementary,
            ...(opts.issueDate ? { issueDate: opts.issueDate } : {}),
          }),
        (b) => {
          console.log(`Tagihan ${b.number}: ${formatRupiah(b.amountDue)} (${b.amountInWords}), jatuh tempo ${formatDateId(b.dueDate)}`);
          if (b.creditsApplied) console.log(`  setelah dikurangi kredit ${formatRupiah(b.creditsApplied)}`);
        },
      ),
    );
  bill
    .command('show')
    .description('Rincian tagihan (ID atau nomor)')
    .argument('<bill>', 'ID atau nomor tagihan')
    .option('--json', 'keluaran JSON')
    .action((ref, opts) =>
      withAnswer(
        opts,
        ({ services }) => services.contributions.getBill(cliActor(), /^\d+$/.test(ref) ? Number(ref) : ref),
        (b) => {
          console.log(
            `${b.number} — ${b.kind}, ${b.months} bulan sejak ${b.firstPeriod}; terbit ${formatDateId(b.issueDate)}, jatuh tempo ${formatDateId(b.dueDate)}`,
          );
          console.log(
            `Tagihan ${formatRupiah(b.charges)}, kredit ${formatRupiah(b.creditsApplied)}, harus dibayar ${formatRupiah(b.amountDue)}, dibayar ${formatRupiah(b.paid)}, sisa ${formatRupiah(b.outstanding)}${b.fine.amount ? `, denda ${formatRupiah(b.fine.amount)}` : ''}`,
          );
          printTable(b.monthsStatus.map((m) => ({ Bulan: m.label, Baris: m.lines, Jumlah: formatRupiah(m.due), Lunas: m.paid ? 'ya' : 'belum' })));
          printTable(b.units.map((u) => ({ Unit: u.code, Nama: u.name, Peserta: u.people, Jumlah: formatRupiah(u.total) })));
        },
      ),
    );
  bill
    .command('list')
    .description('Daftar tagihan perjanjian')
    .requiredOption('--agreement <id>', 'ID perjanjian')
    .option('--json', 'keluaran JSON')
    .action((opts) =>
      withAnswer(
        opts,
        ({ services }) => services.contributions.listBills(cliActor(), int(opts.agreement, 'ID perjanjian')),
        (items) =>
          printTable(
            items.map((b) => ({
              ID: b.id,
              Nomor: b.number,
              Jenis: b.kind,
              Bulan: `${b.firstPeriod} (${b.months})`,
              'Harus dibayar': formatRupiah(b.amountDue),
              Dibayar: formatRupiah(b.paid),
              Status: b.status,
            })),
          ),
      ),
    );

  bill
    .command('export')
    .description('Tulis tagihan sebagai PDF atau rinciannya sebagai XLSX (menurut ekstensi)')
    .argument('<bill>', 'ID tagihan')
    .argument('<file>', 'berkas tujuan .pdf atau .xlsx')
    .action((ref, file) =>
      withDocument(file, 'Tagihan', ({ services }) => {
        const id = int(ref, 'ID tagihan');
        return file.toLowerCase().endsWith('.xlsx') ? services.billDocuments.billXlsx(cliActor(), id) : services.billDocuments.billPdf(cliActor(), id);
      }),
    );

  bill
    .command('arrears')
    .description('Tunggakan per unit dengan umur 30/60/90+ hari')
    .requiredOption('--agreement <id>', 'ID perjanjian')
    .option('--as-of <YYYY-MM-DD>', 'per tanggal (bawaan: hari ini, atau hari terakhir perjanjian yang telah berakhir)')
    .option('--json', 'keluaran JSON')
    .action((opts) =>
      withAnswer(
        opts,
        ({ services }) => services.contributionReports.arrears(cliActor(), int(opts.agreement, 'ID perjanjian'), opts.asOf),
        (r) => {
          if (r.note) console.log(r.note);
          printTable(
            r.units.map((u) => ({
              Unit: u.code,
              Nama: u.name,
              'Belum jatuh tempo': formatRupiah(u.buckets.not_due),
              '0-30': formatRupiah(u.buckets['0-30']),
              '31-60': formatRupiah(u.buckets['31-60']),
              '61-90': formatRupiah(u.buckets['61-90']),
              '90+': formatRupiah(u.buckets['90+']),
              Total: formatRupiah(u.total),
            })),
          );
          console.log(`Total tunggakan per ${formatDateId(r.asOf)}: ${formatRupiah(r.total)}`);
        },
      ),
    );
  bill
    .command('budget')
    .description('Proyeksi anggaran iuran satu tahun anggaran')
    .requiredOption('--agreement <id>', 'ID perjanjian')
    .requiredOption('--year <YYYY>', 'tahun anggaran')
    .option('--growth <percent>', 'skenario pertumbuhan jumlah peserta (persen)', '0')
    .option('--json', 'keluaran JSON')
    .action((opts) =>
      withAnswer(
        opts,
        ({ services }) => services.contributionReports.budget(cliActor(), int(opts.agreement, 'ID perjanjian'), int(opts.year, 'Tahun'), Number(opts.growth)),
        (r) => {
          printTable(
            r.months.map((m) => ({
              Bulan: m.label,
              Peserta: m.participants,
              Proyeksi: m.projected,
              'Per orang': formatRupiah(m.perPerson),
              Jumlah: formatRupiah(m.amount),
            })),
          );
          console.log(`Total ${r.year}: ${formatRupiah(r.total)}`);
        },
      ),
    );

  const payment = program.command('payment').description('Pembayaran iuran / payments');
  payment
    .command('record')
    .description('Catat pembayaran (idempoten pada nomor referensi bank)')
    .requiredOption('--bill <id or number>', 'tagihan')
    .requiredOption('--amount <rupiah>', 'jumlah')
    .requiredOption('--date <YYYY-MM-DD>', 'tanggal bayar')
    .requiredOption('--reference <ref>', 'nomor referensi bank / SP2D')
    .option('--method <method>', 'transfer | sp2d | tunai | lainnya', 'transfer')
    .option('--budget-line <code>', 'kode rekening anggaran')
    .option('--json', 'keluaran JSON')
    .action((opts) =>
      withAnswer(
        opts,
        ({ services }) =>
          services.contributions.recordPayment(cliActor(), {
            ...(/^\d+$/.test(opts.bill) ? { billId: Number(opts.bill) } : { billNumber: opts.bill }),
            amount: int(opts.amount, 'Jumlah'),
            paidOn: opts.date,
            bankReference: opts.reference,
            method: opts.method,
            budgetLine: opts.budgetLine ?? '',
          }),
        (p) => {
          console.log(
            p.duplicate
              ? `Pembayaran ${p.bankReference} sudah tercatat (tanda terima ${p.receiptNumber ?? '-'}); tidak dicatat dua kali`
              : `Pembayaran ${formatRupiah(p.amount)} (${p.bankReference}) dicatat; tanda terima ${p.receiptNumber}`,
          );
        },
      ),
    );

  payment
    .command('import')
    .description('Catat banyak pembayaran dari rekening koran (CSV/XLSX: Tanggal, Keterangan berisi nomor tagihan, Jumlah, Referensi)')
    .argument('<file>', 'rekening koran')
    .requiredOption('--agreement <id>', 'ID perjanjian')
    .option('--json', 'keluaran JSON')
    .action((file, opts) =>
      withAnswer(
        opts,
        async ({ services }) => {
          const { readFile } = await import('node:fs/promises');
          const content = await readFile(file).catch(() => {
            throw new AppError('bad_file', `Berkas ${file} tidak dapat dibaca`);
          });
          return services.contributions.importBankStatement(cliActor(), int(opts.agreement, 'ID perjanjian'), { fileName: file, content });
        },
        (r) => console.log(`${r.recorded} pembayaran dicatat (${formatRupiah(r.total)}), ${r.duplicates} sudah tercatat sebelumnya`),
      ),
    );

  program
    .command('protection')
    .description('Perlindungan / protection')
    .command('check')
    .description('Apakah pegawai terlindungi pada suatu tanggal, dan alasannya')
    .option('--nik <nik>', 'NIK pegawai')
    .option('--kpj <kpj>', 'nomor peserta (KPJ, 11 digit)')
    .option('--name <nama>', 'nama (atau sebagian); bila beberapa cocok, daftar pilihan ditampilkan')
    .option('--employee <id>', 'ID pegawai')
    .option('--date <YYYY-MM-DD>', 'tanggal (bawaan: hari ini)')
    .option('--json', 'keluaran JSON')
    .action(async (opts) => {
      await withContext(!!opts.json, async ({ services }) => {
        let employeeId = opts.employee ? int(opts.employee, 'ID pegawai') : undefined;
        const search = opts.kpj ?? opts.name;
        if (search && !employeeId) {
          const found = await services.contributions.lookup(cliActor(), search);
          if (found.items.length === 0) throw new AppError('not_found', `Tidak ada pegawai dengan ${opts.kpj ? 'KPJ' : 'nama'} "${search}"`);
          if (found.items.length > 1) {
            if (opts.json) printJson(found);
            else {
              console.log(`${found.items.length} pegawai cocok; pilih dengan --employee ID:`);
              printTable(found.items.map((p) => ({ ID: p.employeeId, NIK: p.nik, KPJ: p.kpj ?? '-', Nama: p.fullName, Unit: p.unitCode })));
            }
            process.exitCode = 1;
            return;
          }
          employeeId = found.items[0]!.employeeId;
        }
        const r = await services.contributions.protection(
          cliActor(),
          { ...(opts.nik ? { nik: opts.nik } : {}), ...(employeeId ? { employeeId } : {}) },
          opts.date ?? services.today(),
        );
        if (opts.json) return printJson(r);
        console.log(`${r.fullName} (${r.nik}) pada ${formatDateId(r.date)}: ${STATE_LABEL[r.state].toUpperCase()} — ${r.reason}`);
        if (r.consequence) console.log(`Akibat: ${r.consequence.text}\nDasar: ${r.consequence.basis}`);
        if (!r.protected) process.exitCode = 2;
      });
    });
}
