/**
 * Every route of the web app, with real ids from the demo dataset (startServer({ dataset: true })), and which
 * demo users may open it (the router's RequireAction and the navigation). Used by the phone and accessibility tests.
 */
import type { Harness } from '../../src/testing/harness.ts';

export interface RouteVisit {
  path: string;
  /** Demo usernames who can open the page (others see "not found" or an empty scope). */
  users: string[];
}

const READERS = ['admin', 'operator', 'pengawas', 'bpjs'];

export async function demoRoutes(harness: Harness): Promise<RouteVisit[]> {
  const { db } = harness.handle;
  const first = async <T extends 'agreements' | 'employees' | 'bills' | 'enrolment_batches' | 'claims'>(table: T) => {
    const row = await db
      .selectFrom(table as 'claims')
      .select('id')
      .orderBy('id')
      .executeTakeFirstOrThrow();
    return row.id;
  };
  const [agreement, employee, bill, batch, claim] = [
    await first('agreements'),
    await first('employees'),
    await first('bills'),
    await first('enrolment_batches'),
    await first('claims'),
  ];
  return [
    { path: '/monitoring', users: READERS },
    { path: '/perjanjian', users: [...READERS, 'sistem'] },
    { path: `/perjanjian/${agreement}`, users: READERS },
    { path: '/perjanjian/baru', users: ['admin'] },
    { path: `/perjanjian/${agreement}/ubah`, users: ['admin'] },
    { path: '/pegawai', users: READERS },
    { path: `/pegawai/${employee}`, users: ['admin', 'pengawas', 'bpjs'] },
    { path: '/pegawai/baru', users: ['admin', 'operator'] },
    { path: `/pegawai/${employee}/ubah`, users: ['admin'] },
    { path: '/pegawai/impor', users: ['admin', 'operator'] },
    { path: '/kepesertaan', users: READERS },
    { path: `/kepesertaan/pengajuan/${batch}`, users: ['admin', 'pengawas', 'bpjs'] },
    { path: '/iuran', users: READERS },
    { path: `/iuran/tagihan/${bill}`, users: READERS },
    { path: '/klaim', users: READERS },
    { path: '/klaim/baru', users: ['admin', 'operator'] },
    { path: `/klaim/${claim}`, users: ['admin', 'pengawas', 'bpjs'] },
    { path: '/lapor', users: ['admin', 'operator'] },
    { path: '/laporan-lapangan', users: READERS },
    { path: '/manfaat', users: READERS },
    { path: '/manfaat/tabel-cacat', users: READERS },
    { path: '/kegiatan', users: READERS },
    { path: '/unit-kerja', users: READERS },
    { path: '/hari-libur', users: [...READERS, 'sistem'] },
    { path: '/pengguna', users: ['admin', 'sistem'] },
    { path: '/instansi', users: ['sistem'] },
    { path: '/audit', users: ['admin'] },
    { path: '/audit/cek-perlindungan', users: ['admin'] },
    { path: '/cek', users: [...READERS, 'sistem'] },
    { path: '/token-api', users: READERS },
    { path: '/ganti-sandi', users: READERS },
  ];
}
