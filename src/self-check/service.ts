/**
 * "Cek perlindungan saya" (issue #18): an employee proves who they are with NIK, date of birth and
 * the last four digits of their participant number, and sees only their own protection today, claims,
 * contacts and a short-lived right to download their own card. Every lookup is logged; failures
 * counted in the database (per NIK and per address) stop brute force on every instance alike. Any
 * wrong or malformed combination gets one answer, and every answer takes at least the same time.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { Actor } from '../core/actor.ts';
import { authorize } from '../core/policy.ts';
import { AppError } from '../core/errors.ts';
import { tr } from '../core/language.ts';
import { isInstallationAdmin } from '../institutions/index.ts';
import type { ContributionsService } from '../contributions/index.ts';
import type { ClaimsService } from '../claims/index.ts';
import { type Cards, type CardData, maskKpj } from '../enrolment/index.ts';
import * as repo from './repo.ts';
import {
  ADDRESS_LIMIT,
  DEFAULT_MIN_ANSWER_MS,
  NIK_LIMIT,
  TOKEN_TTL_MS,
  WINDOW_MS,
  limitMessage,
  maskNik,
  nextStep,
  nikKey,
  noMatchMessage,
  wellFormed,
  type Question,
} from './rules.ts';
import type { SelfCheckAnswer } from './schemas.ts';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Reads the person's own claims after the check: full scope, but only ever given that person's claim ids. */
const SELF_CHECK_READER: Actor = { userId: null, label: 'publik:cek-perlindungan', role: 'admin', workUnitId: null, institutionId: null, local: true };

const OUTCOME_LABEL = {
  found: ['ditemukan', 'found'],
  no_match: ['tidak cocok', 'no match'],
  invalid: ['isian tidak sah', 'malformed'],
  limited: ['dibatasi', 'rate limited'],
} as const;

export interface SelfCheckDeps {
  db: Kysely<DB>;
  today: () => string;
  contributions: ContributionsService;
  claims: ClaimsService;
  cards: Cards;
  minAnswerMs?: number;
}

export function createSelfCheck({ db, today, contributions, claims, cards, minAnswerMs = DEFAULT_MIN_ANSWER_MS }: SelfCheckDeps) {
  async function match(q: Question) {
    const rows = await repo.candidatesByNik(db, q.nik);
    // Every candidate is compared (no early exit on the first field) so the work does not depend on which field is wrong.
    let found: (typeof rows)[number] | null = null;
    for (const r of rows) {
      const ok = Number(r.birth_date === q.birthDate) & Number(!!r.kpj && r.kpj.endsWith(q.kpjLast4));
      if (ok && !found) found = r;
    }
    return found;
  }

  async function answerFor(m: NonNullable<Awaited<ReturnType<typeof match>>>): Promise<SelfCheckAnswer> {
    const day = today();
    const verdict = await contributions.protectionOf(m.employee_id, day);
    const { unit, branch } = await repo.contactsOf(db, m.employee_id, m.agreement_id);
    const own = await claims.list(SELF_CHECK_READER, { employeeId: m.employee_id });
    const claimRows = [];
    for (const row of own) {
      const c = await claims.get(SELF_CHECK_READER, row.id);
      const missing = c.checklist.filter((i) => i.required && !i.uploaded).map((i) => i.label);
      claimRows.push({
        number: c.number,
        program: c.program,
        incidentDate: c.incidentDate,
        status: c.status,
        statusLabel: c.statusLabel,
        nextStep: nextStep({ status: c.status, missingDocuments: missing, outstanding: c.outstanding, paid: c.paid, rejectionReason: c.rejectionReason }),
      });
    }
    let card: SelfCheckAnswer['card'] = null;
    if (m.status === 'registered') {
      const token = randomBytes(24).toString('base64url');
      const now = Date.now();
      const expiresAt = new Date(now + TOKEN_TTL_MS).toISOString();
      await repo.insertToken(db, { token_hash: sha256(token), participant_id: m.participant_id, expires_at: expiresAt }, new Date(now).toISOString());
      card = { token, expiresAt };
    }
    return {
      person: { fullName: m.full_name, maskedKpj: maskKpj(m.kpj!), unit: unit.unit_name },
      protection: { protected: verdict.protected, state: verdict.state, reason: verdict.reason, asOf: day },
      claims: claimRows,
      contacts: {
        unit: { name: unit.unit_name, phone: unit.unit_phone, address: unit.unit_address },
        government: { name: unit.gov_name, phone: unit.gov_phone, address: unit.gov_address },
        branch: { name: branch.name, phone: branch.phone, address: branch.address },
      },
      card,
    };
  }

  /** Throws the one no-match answer, a 429, or returns the person's own data. */
  async function lookup(raw: unknown, ip: string): Promise<SelfCheckAnswer> {
    const now = Date.now();
    const at = new Date(now).toISOString();
    const nikHash = nikKey(raw);
    const log = { at, ip, nik_hash: nikHash, nik_masked: maskNik(raw) };
    const since = new Date(now - WINDOW_MS).toISOString();
    const byNik = await repo.failuresSince(db, 'nik_hash', nikHash, since, NIK_LIMIT);
    const byIp = await repo.failuresSince(db, 'ip', ip, since, ADDRESS_LIMIT);
    const blockedSince = [byNik.limitTh, byIp.limitTh]
      .filter((x): x is string => x !== null)
      .sort()
      .at(-1);
    if (blockedSince) {
      await repo.logLookup(db, { ...log, outcome: 'limited', institution_id: null });
      throw new AppError('rate_limited', limitMessage(Date.parse(blockedSince) + WINDOW_MS - now));
    }
    const q = wellFormed(raw);
    const found = q ? await match(q) : null;
    const institutionId = found?.institution_id ?? (q ? await repo.institutionOfNik(db, q.nik) : null);
    await repo.logLookup(db, { ...log, outcome: found ? 'found' : q ? 'no_match' : 'invalid', institution_id: institutionId });
    if (!found) throw new AppError('not_found', noMatchMessage());
    return answerFor(found);
  }

  return {
    /** Public: the check. Every answer (found, no match, limited) takes at least `minAnswerMs`. */
    async check(raw: unknown, meta: { ip: string }): Promise<SelfCheckAnswer> {
      const started = Date.now();
      try {
        return await lookup(raw, meta.ip || 'unknown');
      } finally {
        const left = minAnswerMs - (Date.now() - started);
        if (left > 0) await sleep(left);
      }
    },

    /** Public: the card of the participant the token was issued for, while the token lives. */
    async card(token: string, baseUrl: string): Promise<CardData> {
      const row = /^[A-Za-z0-9_-]{20,64}$/.test(token) ? await repo.findToken(db, sha256(token)) : undefined;
      if (!row || Date.parse(row.expires_at) <= Date.now()) {
        throw new AppError(
          'not_found',
          tr('Tautan kartu sudah kedaluwarsa. Ulangi pengecekan untuk mengunduh kartu Anda.', 'The card link has expired. Check again to download your card.'),
        );
      }
      return cards.ownCard(row.participant_id, baseUrl);
    },

    /** The lookup log: an admin reads the rows of its government's employees; the system administrator every row. */
    async log(actor: Actor, filter: { limit?: number | undefined } = {}) {
      authorize(actor, 'selfcheck:log');
      const limit = Math.min(Math.max(filter.limit ?? 200, 1), 1000);
      if (!isInstallationAdmin(actor) && actor.institutionId === null) return { items: [] };
      const rows = await repo.listLog(db, { institutionId: isInstallationAdmin(actor) ? undefined : actor.institutionId!, limit });
      return {
        items: rows.map((r) => ({
          id: r.id,
          at: r.at,
          ip: r.ip,
          nikMasked: r.nik_masked,
          outcome: r.outcome,
          outcomeLabel: tr(OUTCOME_LABEL[r.outcome][0], OUTCOME_LABEL[r.outcome][1]),
        })),
      };
    },
  };
}

export type SelfCheck = ReturnType<typeof createSelfCheck>;
