/**
 * The holiday calendar: national holidays and cuti bersama with the decree (SKB 3 Menteri) that
 * sets them. Loaded from data-files/holidays/ by migration 0013; the system administrator keeps it
 * current (a new year's SKB, a changed date). Bill due dates move past these days.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { Actor } from '../core/actor.ts';
import { authorize } from '../core/policy.ts';
import { AppError, notFound } from '../core/errors.ts';
import { formatDateId, isValidDate } from '../core/dates.ts';
import { parseOrThrow } from '../core/validation.ts';
import { recordAudit } from '../audit/index.ts';
import * as repo from './repo.ts';
import { calendarOf, type HolidayCalendar } from './rules.ts';
import { holidayFileSchema, holidayInputSchema, KIND_LABEL, listHolidaysQuery, type HolidayOut } from './schemas.ts';

function present(r: Awaited<ReturnType<typeof repo.listHolidays>>[number]): HolidayOut {
  return { id: r.id, date: r.date, name: r.name, kind: r.kind, decree: r.decree, confirmed: r.confirmed === 'yes', note: r.note };
}

export function createHolidaysService({ db }: { db: Kysely<DB> }) {
  return {
    async list(actor: Actor, raw: unknown = {}): Promise<HolidayOut[]> {
      authorize(actor, 'holidays:read');
      const q = parseOrThrow(listHolidaysQuery, raw ?? {});
      const rows = await repo.listHolidays(db, q.year ? { from: `${q.year}-01-01`, to: `${q.year}-12-31` } : undefined);
      return rows.map(present);
    },

    async add(actor: Actor, raw: unknown): Promise<HolidayOut> {
      authorize(actor, 'holidays:write');
      const input = parseOrThrow(holidayInputSchema, raw);
      await db.transaction().execute(async (trx) => {
        const existing = await repo.findByDate(trx, input.date);
        if (existing)
          throw new AppError('conflict', `${formatDateId(input.date)} sudah tercatat sebagai ${KIND_LABEL[existing.kind]} "${existing.name}"`, {
            issues: [{ path: 'date', message: 'Tanggal sudah tercatat' }],
          });
        const id = await repo.insertHoliday(trx, {
          date: input.date,
          name: input.name,
          kind: input.kind,
          decree: input.decree,
          confirmed: input.confirmed ? 'yes' : 'no',
          note: input.note,
          created_by: actor.label,
        });
        await recordAudit(trx, actor, { action: 'holiday.add', entityType: 'holiday', entityId: id, after: input });
      });
      return present((await repo.findByDate(db, input.date))!);
    },

    async remove(actor: Actor, date: string): Promise<HolidayOut> {
      authorize(actor, 'holidays:write');
      if (!isValidDate(date)) throw new AppError('invalid_date', `Tanggal bukan tanggal yang ada atau tidak berformat TTTT-BB-HH: ${date}`);
      return db.transaction().execute(async (trx) => {
        const existing = await repo.findByDate(trx, date);
        if (!existing) throw notFound('Hari libur', formatDateId(date));
        await repo.deleteHoliday(trx, existing.id);
        await recordAudit(trx, actor, { action: 'holiday.remove', entityType: 'holiday', entityId: existing.id, before: existing });
        return present(existing);
      });
    },

    /**
     * Loads a holiday file (format lindung.holidays/v1): every entry is checked first and any bad
     * one stores nothing; then each date is added, or replaced when already present.
     */
    async importFile(actor: Actor, raw: unknown): Promise<{ added: number; updated: number; years: number[] }> {
      authorize(actor, 'holidays:write');
      const file = parseOrThrow(holidayFileSchema, raw);
      const problems: { path: string; message: string }[] = [];
      const seen = new Map<string, string>();
      file.years.forEach((y, yi) => {
        y.days.forEach((d, di) => {
          const where = `tahun ${y.year}, entri ke-${di + 1} ("${d.date}" ${d.name})`;
          const path = `years.${yi}.days.${di}.date`;
          if (!isValidDate(d.date)) problems.push({ path, message: `${where}: bukan tanggal yang ada atau tidak berformat TTTT-BB-HH` });
          else if (!d.date.startsWith(`${y.year}-`)) problems.push({ path, message: `${where}: tanggal di luar tahun ${y.year}` });
          else if (seen.has(d.date)) problems.push({ path, message: `${where}: tanggal sama dengan "${seen.get(d.date)}"` });
          else seen.set(d.date, d.name);
        });
      });
      if (problems.length) {
        throw new AppError(
          'validation_failed',
          `Berkas hari libur ditolak, tidak ada yang disimpan: ${problems[0]!.message}${problems.length > 1 ? ` (dan ${problems.length - 1} entri lain)` : ''}`,
          { issues: problems },
        );
      }
      let added = 0;
      let updated = 0;
      await db.transaction().execute(async (trx) => {
        for (const y of file.years) {
          for (const d of y.days) {
            const row = { name: d.name, kind: d.kind, decree: y.decree, confirmed: y.confirmed ? ('yes' as const) : ('no' as const), note: y.note };
            const existing = await repo.findByDate(trx, d.date);
            if (existing) {
              await repo.updateHoliday(trx, existing.id, row);
              updated++;
            } else {
              await repo.insertHoliday(trx, { date: d.date, ...row, created_by: actor.label });
              added++;
            }
          }
        }
        await recordAudit(trx, actor, {
          action: 'holiday.import',
          entityType: 'holiday',
          entityId: 'file',
          after: { years: file.years.map((y) => y.year), added, updated },
        });
      });
      return { added, updated, years: file.years.map((y) => y.year) };
    },
  };
}

/** The holidays between two dates as a calendar (for due dates). */
export async function holidayCalendar(db: Kysely<DB>, from: string, to: string): Promise<HolidayCalendar> {
  return calendarOf(await repo.holidayDatesBetween(db, from, to));
}

export type HolidaysService = ReturnType<typeof createHolidaysService>;
