/**
 * People's names for the actor labels kept in histories ("user:andi", "token:skrip (andi)", "cli:root (petugas BPJS Andi)"):
 * the user's full name, so screens say "oleh Andi Pratama", never a user code. One lookup for every feature's history.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { tr } from '../core/language.ts';
import { userFullNames } from './repo.ts';

/** The username an actor label stands for: "user:andi" and "token:skrip (andi)" → "andi"; else null. */
export function usernameOf(label: string): string | null {
  return /^user:(.+)$/.exec(label)?.[1] ?? /^token:.+ \((.+)\)$/.exec(label)?.[1] ?? null;
}

/** Who an actor label names: "user:andi" → the user's full name; "cli:root (petugas BPJS Andi)" → "Andi (petugas BPJS)"; "cli:root" → "root". */
export function actorName(label: string, names: ReadonlyMap<string, string>): string {
  const officer = /\(petugas BPJS (.+)\)$/.exec(label);
  if (officer) return `${officer[1]} (${tr('petugas BPJS', 'BPJS officer')})`;
  const username = usernameOf(label);
  if (username) return names.get(username) ?? username;
  return label.replace(/^cli:/, '');
}

/** A namer for these labels, with the users' full names read once. */
export async function actorNamer(db: Kysely<DB>, labels: readonly string[]): Promise<(label: string) => string> {
  const names = await userFullNames(
    db,
    labels.map(usernameOf).filter((u): u is string => !!u),
  );
  return (label) => actorName(label, names);
}
