/**
 * The words of the holiday calendar: Bahasa Indonesia first, English with the same keys (`en: typeof id`). Loaded
 * with the pages that show them (web/src/i18n/features.ts); keys keep their full path (`t('roster.title')`), and
 * empty states live under `empty.<list>`.
 */
export const id = {
  holidays: {
    title: 'Hari libur',
    subtitle: 'Libur nasional dan cuti bersama menurut SKB 3 Menteri; jatuh tempo iuran dan batas waktu hari kerja melewati hari-hari ini',
    add: 'Tambah hari libur',
    date: 'Tanggal',
    name: 'Nama',
    kind: 'Jenis',
    kinds: { national: 'Libur nasional', cuti_bersama: 'Cuti bersama' },
    decree: 'Dasar penetapan',
    note: 'Catatan',
    year: 'Tahun',
    allYears: 'Semua tahun',
    count: '{{count}} hari',
    empty: 'Belum ada hari libur tercatat',
    unconfirmed: 'belum terkonfirmasi',
    remove: 'Hapus hari libur',
    removeConfirm: 'Hapus {{name}} ({{date}}) dari kalender? Jatuh tempo dan batas waktu yang belum ditetapkan akan dihitung tanpa hari ini.',
    saved: 'Hari libur disimpan',
    removed: 'Hari libur dihapus',
  },
  empty: {
    holidays: {
      title: 'Belum ada hari libur tercatat',
      hint: 'Hari libur nasional dan cuti bersama menggeser tenggat yang dihitung dalam hari kerja.',
      readOnly: 'Hari libur dicatat oleh admin sistem.',
      add: 'Catat hari libur pertama',
    },
  },
};

export const en: typeof id = {
  holidays: {
    title: 'Holidays',
    subtitle:
      'National holidays and collective leave (cuti bersama) per the joint ministerial decree; contribution due dates and working-day deadlines skip these days',
    add: 'Add holiday',
    date: 'Date',
    name: 'Name',
    kind: 'Kind',
    kinds: { national: 'National holiday', cuti_bersama: 'Collective leave' },
    decree: 'Decree',
    note: 'Note',
    year: 'Year',
    allYears: 'All years',
    count: '{{count}} day(s)',
    empty: 'No holidays recorded yet',
    unconfirmed: 'unconfirmed',
    remove: 'Remove holiday',
    removeConfirm: 'Remove {{name}} ({{date}}) from the calendar? Due dates and deadlines not yet fixed will be computed without this day.',
    saved: 'Holiday saved',
    removed: 'Holiday removed',
  },
  empty: {
    holidays: {
      title: 'No holidays recorded yet',
      hint: 'National holidays and collective leave move deadlines counted in working days.',
      readOnly: 'Holidays are recorded by the system admin.',
      add: 'Record the first holiday',
    },
  },
};
