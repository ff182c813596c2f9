/**
 * Field reports (issue #18): a stage-I accident report from a phone, maybe sent late from its
 * offline queue. It files a JKK claim through the claims service (same checks: scope, protection,
 * a future incident time), stores the photos as the claim's documents, tells the regency's admins
 * and the branch's officers in the app, and mails the stage-I form when SMTP is configured.
 * The phone's UUID (`clientId`) makes the send idempotent: a replay, or two sends at once, returns
 * the first report's claim.
 */
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { Actor } from '../core/actor.ts';
import { authorize } from '../core/policy.ts';
import { visibleAgreementIds } from '../core/scope.ts';
import { AppError, notFound } from '../core/errors.ts';
import { formatDateId } from '../core/dates.ts';
import { formatDay, tr } from '../core/language.ts';
import { parseOrThrow } from '../core/validation.ts';
import { recordAudit } from '../audit/index.ts';
import { insertClaimDocument, claimDeadlines, formatDue, type Deadline, type ClaimsService } from '../claims/index.ts';
import type { ClaimForms } from '../claim-forms/index.ts';
import { sendMail, type MailConfig } from '../monitoring/index.ts';
import { fieldReportSchema } from './schemas.ts';
import { chronologyText, photoFileName, photoKind, photoProblem, placeText } from './rules.ts';
import { claimAgreementId, insertNotices, insertReport, markNoticeRead, noticeRecipients, noticesOf, reportByClientId, userFullName } from './repo.ts';

type Claim = Awaited<ReturnType<ClaimsService['get']>>;

export interface FieldReportsDeps {
  db: Kysely<DB>;
  today: () => string;
  claims: ClaimsService;
  claimForms: ClaimForms;
  /** SMTP settings, or null when mail is not configured (read at each report). */
  mail: () => MailConfig | null;
  log?: (message: string) => void;
}

export function createFieldReports({ db, today, claims, claimForms, mail, log = (m) => console.error(m) }: FieldReportsDeps) {
  /** The photos as bytes; the first refused one answers 400 naming it. */
  function decodePhotos(photos: readonly { name: string; contentBase64: string }[]) {
    return photos.map((p, i) => {
      const content = Buffer.from(p.contentBase64, 'base64');
      const problem = photoProblem(i + 1, content);
      if (problem) throw new AppError('bad_file', problem, { issues: [{ path: `photos.${i}`, message: problem }] });
      const kind = photoKind(content)!;
      return { name: photoFileName(p.name, kind), mime: kind, content, sha256: createHash('sha256').update(content).digest('hex') };
    });
  }

  /** The mail to the configured recipients with the stage-I form; a failure is logged, never the report's. */
  async function mailReport(actor: Actor, claim: Claim): Promise<'sent' | 'not_configured' | 'failed'> {
    let config: MailConfig | null;
    try {
      config = mail();
    } catch (error) {
      log(`Laporan lapangan ${claim.number ?? claim.id}: pengaturan surel tidak sah: ${error instanceof Error ? error.message : String(error)}`);
      return 'failed';
    }
    if (!config) return 'not_configured';
    try {
      const stage1 = claim.deadlines.find((d) => d.code === 'stage1');
      const pdf = await claimForms.renderStageOneReport(actor, claim.id);
      const subject = `Lindung: laporan kecelakaan ${claim.fullName} (${claim.number ?? claim.id})`;
      const text = [
        `Laporan kecelakaan kerja tahap I dari lapangan, diterima ${formatDateId(today())}.`,
        `Klaim: ${claim.number ?? claim.id}`,
        `Pegawai: ${claim.fullName} (NIK ${claim.nik})`,
        `Kejadian: ${formatDateId(claim.incidentDate)} pukul ${claim.incidentTime}`,
        `Tempat: ${claim.place}`,
        `Kronologi: ${claim.chronology}`,
        `Batas laporan tahap I (2 × 24 jam sejak kejadian): ${stage1 ? formatDue(stage1) : '-'}`,
        `Pelapor: ${claim.reporter}`,
        '',
        'Formulir laporan tahap I (3 KK 1) terlampir.',
      ].join('\n');
      await sendMail(config, subject, text, [
        { name: `laporan-tahap-1-${claim.number ?? claim.id}.pdf`.replace(/\//g, '-'), mime: 'application/pdf', content: pdf },
      ]);
      return 'sent';
    } catch (error) {
      log(`Laporan lapangan ${claim.number ?? claim.id}: surel gagal dikirim: ${error instanceof Error ? error.message : String(error)}`);
      return 'failed';
    }
  }

  return {
    /** Files the report; `replay` is true when the same `clientId` was filed before (nothing new is written). */
    async file(actor: Actor, raw: unknown): Promise<{ claim: Claim; replay: boolean; mail: 'sent' | 'not_configured' | 'failed' | 'not_sent_again' }> {
      authorize(actor, 'claims:file');
      const input = parseOrThrow(fieldReportSchema, raw);
      const earlier = await reportByClientId(db, input.clientId);
      if (earlier) return { claim: await claims.get(actor, earlier.claim_id), replay: true, mail: 'not_sent_again' };
      const photos = decodePhotos(input.photos);
      const filer = (await userFullName(db, actor.userId)) ?? actor.label;
      const body = {
        employeeId: input.employeeId,
        program: 'JKK',
        outcome: input.died ? 'death' : 'recovered',
        incidentDate: input.incidentDate,
        incidentTime: input.incidentTime,
        place: placeText(input.place, input.location),
        chronology: chronologyText(input.chronology, input.witnesses, input.takenTo),
        reporter: `${filer} (laporan lapangan)`,
        stage1ReportedOn: today(),
        benefit: {},
      };
      let claim: Claim;
      try {
        claim = await claims.file(actor, body, async (trx, claimId) => {
          const reportId = await insertReport(trx, {
            clientId: input.clientId,
            claimId,
            witnesses: input.witnesses,
            takenTo: input.takenTo,
            latitude: input.location ? input.location.latitude.toFixed(6) : null,
            longitude: input.location ? input.location.longitude.toFixed(6) : null,
            accuracyM: input.location?.accuracy === undefined ? null : Math.round(input.location.accuracy),
            savedAt: input.savedAt,
            createdBy: actor.label,
          });
          for (const p of photos)
            await insertClaimDocument(trx, {
              claimId,
              code: 'foto_kejadian',
              name: p.name,
              mime: p.mime,
              content: p.content,
              sha256: p.sha256,
              uploadedBy: actor.label,
            });
          const recipients = await noticeRecipients(trx, await claimAgreementId(trx, claimId));
          await insertNotices(
            trx,
            reportId,
            recipients.map((r) => r.id),
          );
          await recordAudit(trx, actor, {
            action: 'field_report.file',
            entityType: 'claim',
            entityId: claimId,
            after: { clientId: input.clientId, photos: photos.length, notified: recipients.length, savedAt: input.savedAt },
          });
        });
      } catch (error) {
        // Two sends at once: the other one won (its claim is the twin, or its client id is taken). Answer with its claim.
        const winner = await reportByClientId(db, input.clientId);
        if (winner) return { claim: await claims.get(actor, winner.claim_id), replay: true, mail: 'not_sent_again' };
        throw error;
      }
      return { claim, replay: false, mail: await mailReport(actor, claim) };
    },

    /** The caller's notices of field reports, with each report's stage-I clock (only reports still in the caller's scope). */
    async notices(actor: Actor) {
      authorize(actor, 'claims:read');
      if (actor.userId === null) return [];
      const day = today();
      const now = claims.now();
      const out = [];
      // A user moved to another institution since keeps no view of the old one's reports.
      const visible = await visibleAgreementIds(db, actor);
      for (const n of await noticesOf(db, actor.userId)) {
        if (visible && !visible.includes(n.agreement_id)) continue;
        const stage1 = claimDeadlines({
          program: 'JKK',
          incidentDate: n.incident_date,
          incidentTime: n.incident_time,
          stage1ReportedOn: n.stage1_reported_on,
          doctorStatementOn: null,
          stage2ReportedOn: null,
          claimExpiryYears: 5,
          today: day,
          now,
        }).find((d) => d.code === 'stage1') as Deadline;
        out.push({
          id: n.id,
          read: n.read_at !== null,
          receivedAt: n.created_at,
          claimId: n.claim_id,
          claimNumber: n.number,
          fullName: n.full_name,
          unitName: n.unit_name,
          incidentDate: n.incident_date,
          incidentTime: n.incident_time,
          place: n.place,
          stage1: { due: stage1.due, dueAt: stage1.dueAt, dueText: formatDue(stage1), reportedOn: stage1.doneOn, status: stage1.status },
          message: tr(
            `Laporan kecelakaan ${n.full_name} (${n.unit_name}), kejadian ${formatDay(n.incident_date)} pukul ${n.incident_time}`,
            `Accident report for ${n.full_name} (${n.unit_name}), incident ${formatDay(n.incident_date)} at ${n.incident_time}`,
          ),
        });
      }
      return out;
    },

    async markRead(actor: Actor, noticeId: number) {
      authorize(actor, 'claims:read');
      if (actor.userId === null || !(await markNoticeRead(db, actor.userId, noticeId, new Date().toISOString()))) throw notFound('Pemberitahuan', noticeId);
      return { ok: true };
    },
  };
}

export type FieldReports = ReturnType<typeof createFieldReports>;
