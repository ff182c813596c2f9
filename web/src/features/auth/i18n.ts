/**
 * The words of the sign-in page: Bahasa Indonesia first, English with the same keys (`en: typeof id`). Loaded with
 * the pages that show them (web/src/i18n/features.ts); keys keep their full path (`t('roster.title')`), and empty
 * states live under `empty.<list>`.
 */
export const id = {
  login: {
    title: 'Masuk ke Lindung',
    subtitle: 'Jaminan Kecelakaan Kerja dan Jaminan Kematian BPJS Ketenagakerjaan bagi pegawai pemerintah non-ASN',
    username: 'Nama pengguna',
    password: 'Kata sandi',
    submit: 'Masuk',
    failed: 'Gagal masuk',
  },
};

export const en: typeof id = {
  login: {
    title: 'Sign in to Lindung',
    subtitle: 'BPJS Ketenagakerjaan work-accident and death coverage for non-civil-servant government employees',
    username: 'Username',
    password: 'Password',
    submit: 'Sign in',
    failed: 'Sign-in failed',
  },
};
