/**
 * The words of the audit log: Bahasa Indonesia first, English with the same keys (`en: typeof id`). Loaded with
 * the pages that show them (web/src/i18n/features.ts); keys keep their full path (`t('roster.title')`), and empty
 * states live under `empty.<list>`.
 */
export const id = {
  audit: {
    selfCheckLog: 'Log Cek perlindungan',
    title: 'Jejak audit',
    subtitle: 'Siapa mengubah apa dan kapan, dengan data sebelum dan sesudah',
    when: 'Waktu',
    who: 'Pelaku',
    action: 'Tindakan',
    entity: 'Entitas',
    before: 'Sebelum',
    after: 'Sesudah',
    empty: 'Belum ada catatan',
    total: '{{count}} catatan',
    perPage: 'Baris per halaman',
    filterWho: 'Pelaku',
    filterAction: 'Tindakan',
    filterEntity: 'Entitas',
    from: 'Dari tanggal',
    to: 'Sampai tanggal',
    export: 'Ekspor XLSX',
    field: 'Isian',
    noChanges: 'Tidak ada perubahan isian',
    anyone: 'Semua',
  },
  empty: {
    audit: { title: 'Belum ada catatan', hint: 'Setiap perubahan data tercatat di sini: siapa, kapan, apa.' },
  },
};

export const en: typeof id = {
  audit: {
    selfCheckLog: 'Check my protection log',
    title: 'Audit trail',
    subtitle: 'Who changed what and when, with the data before and after',
    when: 'When',
    who: 'Actor',
    action: 'Action',
    entity: 'Entity',
    before: 'Before',
    after: 'After',
    empty: 'No entries yet',
    total: '{{count}} entries',
    perPage: 'Rows per page',
    filterWho: 'Who',
    filterAction: 'Action',
    filterEntity: 'Record',
    from: 'From',
    to: 'To',
    export: 'Export XLSX',
    field: 'Field',
    noChanges: 'No field changed',
    anyone: 'All',
  },
  empty: {
    audit: { title: 'No entries yet', hint: 'Every change to the data is recorded here: who, when, what.' },
  },
};
