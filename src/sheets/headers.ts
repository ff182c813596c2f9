/**
 * Header cells as people write them: 'No. KTP', 'Tgl Lahir (dd/mm/yyyy)*', 'NAMA LENGKAP' are
 * compared ignoring case, spaces, punctuation and notes in brackets. Each import names its own
 * fields and their spellings (the roster's columns, the branch's files, bank statements).
 */

/** 'Tgl. Lahir (dd/mm/yyyy)*' → 'tgllahir'. */
export function headerKey(header: string): string {
  return header
    .toLowerCase()
    .replace(/\([^)]*\)|\[[^\]]*\]/g, '')
    .replace(/[^a-z0-9]/g, '');
}

/** Each spelling's key (headerKey) → its field; look a header up with `map.get(headerKey(text))`. */
export function fieldsByHeaderKey<F extends string>(aliases: Readonly<Record<F, readonly string[]>>): Map<string, F> {
  return new Map((Object.entries(aliases) as [F, readonly string[]][]).flatMap(([field, list]) => list.map((alias) => [headerKey(alias), field] as const)));
}
