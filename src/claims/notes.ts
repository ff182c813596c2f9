/**
 * A claim's history notes are stored as the Bahasa sentence written at the step (claim_events.note).
 * For an English screen the sentences Lindung itself writes are read back into English here; text
 * typed by a person (a rejection reason, a payment note) is shown as typed.
 */
import { textLanguage } from '../core/language.ts';

const RP = 'Rp [\\d.]+';

/** The fixed sentences of claim steps, as [Bahasa pattern, English replacement]. */
const STEP_NOTES: readonly [RegExp, string][] = [
  [new RegExp(`^perkiraan manfaat (${RP})`), 'estimated benefits $1'],
  [/; masa iur dari catatan iuran: (\d+) bulan/, '; contribution period from the contribution records: $1 months'],
  [/; Menunggak: /, '; In arrears: '],
  [/\. Akibat: /, '. Consequence: '],
  [new RegExp(`^disetujui (${RP}) \\((\\d+) butir disesuaikan\\)$`), 'approved $1 ($2 items adjusted)'],
  [new RegExp(`^disetujui (${RP})$`), 'approved $1'],
  [new RegExp(`^dibayar (${RP}) \\(`), 'paid $1 ('],
  [new RegExp(`^angsuran (${RP}) \\(`), 'instalment $1 ('],
];

/** The note in the language of the moment: Lindung's own step sentences in English when asked; anything else as stored. */
export function claimNoteText(note: string | null): string | null {
  if (note === null || textLanguage() !== 'en') return note;
  return STEP_NOTES.reduce((text, [pattern, english]) => text.replace(pattern, english), note);
}
