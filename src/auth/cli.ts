/** `lindung user add|list|password|token`. */
import type { Command } from '@commander-js/extra-typings';
import { cliActor } from '../core/actor.ts';
import { AppError } from '../core/errors.ts';
import { withAnswer, withContext } from '../cli/context.ts';
import { printTable } from '../cli/output.ts';
import { actorOf } from './service.ts';
import { ROLE_WORDS } from '../core/policy.ts';

function passwordFrom(opts: { password?: string }): string {
  const password = opts.password ?? process.env.LINDUNG_PASSWORD;
  if (!password) throw new AppError('validation_failed', 'Kata sandi wajib: --password atau variabel LINDUNG_PASSWORD');
  return password;
}

export function registerUserCommands(program: Command): void {
  const user = program.command('user').description('Pengguna / users');

  user
    .command('add')
    .description('Tambah pengguna')
    .requiredOption('--username <name>', 'nama pengguna (huruf kecil)')
    .requiredOption('--role <role>', 'system_admin | admin | opd_operator | bpjs_officer | viewer')
    .option('--name <full name>', 'nama lengkap')
    .option('--password <password>', 'kata sandi (atau LINDUNG_PASSWORD); tanpa itu dibuatkan kata sandi sekali pakai')
    .option('--unit <id>', 'ID unit kerja (wajib untuk opd_operator; pemantau (viewer) boleh dibatasi pada satu unit)')
    .option('--institution <id>', 'ID instansi (wajib kecuali system_admin; operator: boleh diturunkan dari --unit)')
    .option('--json', 'keluaran JSON')
    .action((opts) =>
      withAnswer(
        opts,
        ({ services }) =>
          services.auth.createUser(cliActor(), {
            username: opts.username,
            fullName: opts.name ?? opts.username,
            password: opts.password ?? process.env.LINDUNG_PASSWORD,
            role: opts.role,
            workUnitId: opts.unit ? Number(opts.unit) : null,
            institutionId: opts.institution ? Number(opts.institution) : null,
          }),
        (created) => {
          console.log(`Pengguna dibuat: ${created.username} (${created.role})`);
          if (created.oneTimePassword)
            console.log(`Kata sandi sekali pakai: ${created.oneTimePassword}\nTampil sekali ini saja; pengguna wajib menggantinya saat pertama masuk.`);
        },
      ),
    );

  user
    .command('list')
    .description('Daftar pengguna')
    .option('--json', 'keluaran JSON')
    .action((opts) =>
      withAnswer(
        opts,
        ({ services }) => services.auth.listUsers(cliActor()),
        (items) => {
          // Labels for people, with the role's code that --role takes.
          printTable(
            items.map((u) => ({
              ID: u.id,
              Pengguna: u.username,
              Nama: u.fullName,
              Peran: `${ROLE_WORDS[u.role].id} (${u.role})`,
              Instansi: u.institution ?? '',
              Unit: u.workUnit ?? '',
              Status: u.status === 'active' ? 'aktif' : 'nonaktif',
              'Terakhir masuk': u.lastLoginAt ?? '',
            })),
          );
        },
      ),
    );

  user
    .command('password')
    .description('Setel ulang kata sandi (mengakhiri semua sesi pengguna itu)')
    .requiredOption('--username <name>', 'nama pengguna')
    .option('--password <password>', 'kata sandi baru (atau LINDUNG_PASSWORD)')
    .action(async (opts) => {
      await withContext(false, async ({ services }) => {
        const found = await services.auth.findByUsername(opts.username);
        if (!found) throw new AppError('not_found', `Pengguna "${opts.username}" tidak ditemukan`);
        await services.auth.setPassword(cliActor(), found.id, passwordFrom(opts));
        console.log(`Kata sandi ${opts.username} diganti`);
      });
    });

  user
    .command('token')
    .description('Buat token API untuk skrip (ditampilkan sekali)')
    .requiredOption('--username <name>', 'pemilik token')
    .requiredOption('--name <token name>', 'nama token, mis. "skrip-bpjs"')
    .option('--json', 'keluaran JSON')
    .action((opts) =>
      withAnswer(
        opts,
        async ({ services }) => {
          const found = await services.auth.findByUsername(opts.username);
          if (!found) throw new AppError('not_found', `Pengguna "${opts.username}" tidak ditemukan`);
          return services.auth.createApiToken(
            actorOf({ ...found, full_name: found.fullName, work_unit_id: found.workUnitId, institution_id: found.institutionId }),
            { name: opts.name },
          );
        },
        (token) =>
          console.log(
            `Token "${token.name}": ${token.token}\nSimpan sekarang; token tidak dapat ditampilkan lagi. Pakai sebagai: Authorization: Bearer <token>`,
          ),
      ),
    );
}
