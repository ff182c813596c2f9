/**
 * Text search with LIKE where `%` and `_` in what a person typed are literal characters, not
 * wildcards: they (and the escape character itself) are escaped and the pattern says ESCAPE '\'.
 */
import { sql, type Expression, type RawBuilder } from 'kysely';

export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}

/** lower(column) contains the lower-cased text. */
export function containsText(column: Expression<unknown> | RawBuilder<unknown>, text: string): RawBuilder<boolean> {
  return sql<boolean>`lower(${column}) like ${`%${escapeLike(text.toLowerCase())}%`} escape '\\'`;
}
