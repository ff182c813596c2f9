/**
 * The audit page: entries with their action in words, before/after as changed fields, filters
 * and an XLSX export. Scope: the CLI reads every entry, the system administrator the administrative
 * ones; an institution's admin reads the entries of its institution (`audit_log.institution_id`: the
 * institution of what the entry is about, src/audit/owner.ts — so everything under its agreements,
 * whoever made it) and entries by its own users.
 */
import { z } from 'zod';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { Actor } from '../core/actor.ts';
import { authorize } from '../core/policy.ts';
import { AppError } from '../core/errors.ts';
import { Temporal, addDays, compareDates, formatDateId, zoneLabel } from '../core/dates.ts';
import { XLSX_DATE_TIME_FORMAT, xlsxDateTime } from '../core/xlsx-cells.ts';
import { parseOrThrow, isoDate } from '../core/validation.ts';
import { administeredInstitution } from '../institutions/index.ts';
import { listAudit } from './repo.ts';
import { safeXlsxBuffer, workbookWithSheet } from '../core/spreadsheet.ts';
import { actionLabel, entityLabel, type Label } from './labels.ts';
import { auditDiff, type FieldChange } from './diff.ts';
import { fieldLabel } from './fields.ts';

export const auditFilterSchema = z.object({
  actorUserId: z.coerce.number().int().positive().optional(),
  action: z.string().max(60).optional(),
  entityType: z.string().max(50).optional(),
  entityId: z.string().max(50).optional(),
  from: isoDate('Dari tanggal').optional(),
  to: isoDate('Sampai tanggal').optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type AuditFilter = z.input<typeof auditFilterSchema>;

export interface AuditItem {
  id: number;
  at: string;
  actor: string;
  actorName: string | null;
  actorUserId: number | null;
  action: string;
  actionLabel: Label;
  entityType: string;
  entityLabel: Label;
  entityId: string;
  before: unknown;
  after: unknown;
  /** The changed fields, each with its name in words. */
  changes: (FieldChange & { label: Label })[];
}

const startOfDay = (date: string, timeZone: string) => Temporal.PlainDate.from(date).toZonedDateTime({ timeZone }).toInstant().toString();

/** What the system administrator's audit view shows: the installation's records, no participant's data. */
export const SYSTEM_ADMIN_ENTITY_TYPES: readonly string[] = ['institution', 'user', 'api_token', 'work_unit', 'agreement', 'holiday'];

/** A changed value as read in Bahasa: a day as "1 Januari 2023", yes/no in words; anything else as it is. */
export function valueId(value: string | null): string {
  if (value === null) return '—';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDateId(value);
  if (value === 'true') return 'Ya';
  if (value === 'false') return 'Tidak';
  return value;
}

export function createAuditService({ db, timeZone }: { db: Kysely<DB>; timeZone: string }) {
  async function list(actor: Actor, raw: unknown): Promise<{ items: AuditItem[]; total: number }> {
    authorize(actor, 'audit:read');
    const f = parseOrThrow(auditFilterSchema, raw ?? {});
    if (f.from && f.to && compareDates(f.to, f.from) < 0) throw new AppError('validation_failed', '"Sampai tanggal" tidak boleh sebelum "Dari tanggal"');
    const own = administeredInstitution(actor);
    const { rows, total } = await listAudit(db, {
      institutionId: own ?? undefined,
      // The system administrator runs the installation, not a regency's people: administrative entries only.
      entityTypes: actor.role === 'system_admin' ? SYSTEM_ADMIN_ENTITY_TYPES : undefined,
      actorUserId: f.actorUserId,
      action: f.action,
      entityType: f.entityType,
      entityId: f.entityId,
      fromAt: f.from ? startOfDay(f.from, timeZone) : undefined,
      toAt: f.to ? startOfDay(addDays(f.to, 1), timeZone) : undefined,
      limit: f.limit,
      offset: f.offset,
    });
    return {
      total,
      items: rows.map((r) => {
        const before = r.before_json ? (JSON.parse(r.before_json) as unknown) : null;
        const after = r.after_json ? (JSON.parse(r.after_json) as unknown) : null;
        return {
          id: r.id,
          at: r.at,
          actor: r.actor_label,
          actorName: r.actor_name ?? null,
          actorUserId: r.actor_user_id,
          action: r.action,
          actionLabel: actionLabel(r.action),
          entityType: r.entity_type,
          entityLabel: entityLabel(r.entity_type),
          entityId: r.entity_id,
          before,
          after,
          changes: auditDiff(before, after).map((c) => ({ ...c, label: fieldLabel(c.field) })),
        };
      }),
    };
  }

  return {
    list,

    /** The filtered entries (up to 10,000) as an XLSX workbook, labels in Bahasa Indonesia. */
    async exportXlsx(actor: Actor, raw: unknown): Promise<Buffer> {
      const { items } = await list(actor, { ...(raw as object), limit: 500, offset: 0 });
      const all = [...items];
      for (let offset = 500; all.length === offset && offset < 10_000; offset += 500) {
        all.push(...(await list(actor, { ...(raw as object), limit: 500, offset })).items);
      }
      const { workbook: wb, sheet: ws } = await workbookWithSheet('Jejak audit', [
        { header: 'No', key: 'id', width: 8 },
        { header: `Waktu (${zoneLabel(timeZone)})`, key: 'at', width: 22, style: { numFmt: XLSX_DATE_TIME_FORMAT } },
        { header: 'Oleh', key: 'who', width: 28 },
        { header: 'Tindakan', key: 'action', width: 36 },
        { header: 'Entitas', key: 'entity', width: 20 },
        { header: 'ID entitas', key: 'entityId', width: 11 },
        { header: 'Perubahan', key: 'changes', width: 80 },
      ]);
      ws.views = [{ state: 'frozen', ySplit: 1 }];
      for (const e of all) {
        ws.addRow({
          id: e.id,
          at: xlsxDateTime(e.at, timeZone),
          who: e.actorName ? `${e.actorName} (${e.actor})` : e.actor,
          action: e.actionLabel.id,
          entity: e.entityLabel.id,
          entityId: e.entityId,
          changes: e.changes.map((c) => `${c.label.id}: ${valueId(c.before)} → ${valueId(c.after)}`).join('\n'),
        });
      }
      ws.autoFilter = { from: 'A1', to: 'G1' };
      return safeXlsxBuffer(wb); // names and changes are people's text: never a formula when opened
    },
  };
}

export type AuditService = ReturnType<typeof createAuditService>;
