/**
 * The authorization matrix: every route of the OpenAPI document, called as anonymous, as each
 * role of the owning institutions (regency A, branch Kendari), as each role of a foreign
 * institution (regency B, branch Baubau), as an operator of a foreign unit (A's second unit) and
 * as the system administrator. Every route needs a rule below; a route without one fails the test.
 * Answers are read as a person would (PDF text, spreadsheet cells) and searched for A's people,
 * and, for a foreign institution, for A's units, institutions and users.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { LightMyRequestResponse } from 'fastify';
import type { Client, Harness } from '../testing/harness.ts';
import { createTwoRegencies, type Side } from '../testing/two-regencies.ts';
import ExcelJS from 'exceljs';
import { doc, jkkClaim } from '../claims/testing.ts';
import { pdfToText } from '../testing/pdftotext.ts';
import { PASSWORD } from '../testing/harness.ts';

type Scope =
  /** No login needed. */
  | 'public'
  /** About the caller itself (session, tokens, users of its institution): answers, but never a participant's data. */
  | 'self'
  /** No agreement named: answers with the caller's scope only. */
  | 'list'
  /** A row of institution A (a user, the institution, an admin's own token or notice): a foreign institution gets 403/404. */
  | 'institution'
  /** Rows of agreement A: a foreign institution gets 403/404. */
  | 'agreement'
  /** A person of A's first unit: foreign institutions and the operator of A's second unit get 403/404. */
  | 'unit';

interface Req {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  url: string;
  payload?: unknown;
  multipart?: Record<string, string>;
}

interface Rule {
  scope: Scope;
  req: (a: Side) => Omit<Req, 'method'>;
  /** A role of the owning institution that reads this route with 200 (proves the request targets a real row). */
  owner?: 'admin' | 'opd_operator' | 'bpjs_officer' | 'viewer';
}

const A = '/api/v1';
/** Rows of institution A made in `before`: a user to change, admin A's API token and field-report notice. */
const own = { userId: 0, tokenId: 0, noticeId: 0 };
const q = (a: Side) => `agreementId=${a.agreementId}`;
const employeeBody = (a: Side) => ({
  nik: '7409015506920001',
  fullName: 'Orang Baru',
  sex: 'P',
  birthDate: '1992-06-15',
  workUnitId: a.units[0],
  employmentType: 'honorer',
  startDate: '2021-01-04',
});

const RULES: Record<string, Rule> = {
  'GET /api/v1/health': { scope: 'public', req: () => ({ url: `${A}/health` }) },
  'POST /api/v1/auth/login': { scope: 'public', req: () => ({ url: `${A}/auth/login`, payload: { username: 'tidak-ada', password: 'salah' } }) },
  'POST /api/v1/auth/logout': { scope: 'public', req: () => ({ url: `${A}/auth/logout` }) },
  'GET /api/v1/auth/me': { scope: 'self', req: () => ({ url: `${A}/auth/me` }) },
  'GET /api/v1/auth/tokens': { scope: 'self', req: () => ({ url: `${A}/auth/tokens` }) },
  'POST /api/v1/auth/tokens': { scope: 'self', req: () => ({ url: `${A}/auth/tokens`, payload: { name: 'skrip' } }) },
  'DELETE /api/v1/auth/tokens/{id}': { scope: 'institution', req: () => ({ url: `${A}/auth/tokens/${own.tokenId}` }) },
  'GET /api/v1/users': { scope: 'self', req: () => ({ url: `${A}/users` }) },
  'POST /api/v1/users': {
    scope: 'institution',
    req: (a) => ({
      url: `${A}/users`,
      payload: { username: `asing-${Math.random().toString(36).slice(2, 8)}`, fullName: 'Orang Asing', role: 'viewer', institutionId: a.governmentId },
    }),
  },
  'POST /api/v1/auth/password': { scope: 'self', req: () => ({ url: `${A}/auth/password`, payload: { currentPassword: 'salah', newPassword: 'pendek' } }) },
  'GET /api/v1/users/{id}': { scope: 'institution', req: () => ({ url: `${A}/users/${own.userId}` }), owner: 'admin' },
  'PATCH /api/v1/users/{id}': { scope: 'institution', req: () => ({ url: `${A}/users/${own.userId}`, payload: { fullName: 'Diubah orang asing' } }) },
  'POST /api/v1/users/{id}/reset-password': { scope: 'institution', req: () => ({ url: `${A}/users/${own.userId}/reset-password` }) },
  'GET /api/v1/institutions': { scope: 'self', req: () => ({ url: `${A}/institutions` }) },
  'POST /api/v1/institutions': { scope: 'self', req: () => ({ url: `${A}/institutions`, payload: { kind: 'government', level: 'regency' } }) },
  'GET /api/v1/institutions/{id}': { scope: 'institution', req: (a) => ({ url: `${A}/institutions/${a.governmentId}` }), owner: 'viewer' },
  'PATCH /api/v1/institutions/{id}': {
    scope: 'institution',
    req: (a) => ({ url: `${A}/institutions/${a.governmentId}`, payload: { address: 'Diubah orang asing' } }),
  },
  'GET /api/v1/audit/labels': { scope: 'self', req: () => ({ url: `${A}/audit/labels` }) },
  'GET /api/v1/audit/export.xlsx': { scope: 'self', req: () => ({ url: `${A}/audit/export.xlsx` }) },
  'GET /api/v1/holidays': { scope: 'self', req: () => ({ url: `${A}/holidays?year=2024` }) },
  'POST /api/v1/holidays': { scope: 'self', req: () => ({ url: `${A}/holidays`, payload: { date: '2027-02-30', name: 'Bukan tanggal', decree: 'SKB uji' } }) },
  'POST /api/v1/holidays/import': { scope: 'self', req: () => ({ url: `${A}/holidays/import`, payload: {} }) },
  'DELETE /api/v1/holidays/{date}': { scope: 'self', req: () => ({ url: `${A}/holidays/2099-01-01` }) },
  'GET /api/v1/units/template.xlsx': { scope: 'self', req: () => ({ url: `${A}/units/template.xlsx` }) },
  'POST /api/v1/units/import': { scope: 'self', req: () => ({ url: `${A}/units/import`, multipart: {} }) },
  'POST /api/v1/units/{id}/close': { scope: 'unit', req: (a) => ({ url: `${A}/units/${a.units[0]}/close`, payload: { closedOn: '2099-12-01' } }) },
  'POST /api/v1/agreements/{id}/renew': {
    scope: 'agreement',
    req: (a) => ({ url: `${A}/agreements/${a.agreementId}/renew`, payload: { numberPartyOne: 'ASING/1', numberPartyTwo: 'ASING/2' } }),
  },
  'POST /api/v1/agreements/{id}/sign': {
    scope: 'agreement',
    req: (a) => ({ url: `${A}/agreements/${a.agreementId}/sign`, payload: { signedOn: '2022-07-01' } }),
  },
  'POST /api/v1/agreements/{id}/carry-over': { scope: 'agreement', req: (a) => ({ url: `${A}/agreements/${a.agreementId}/carry-over` }) },
  'GET /api/v1/protection/lookup': { scope: 'list', req: (a) => ({ url: `${A}/protection/lookup?q=${a.employees[0].nik}` }), owner: 'admin' },
  'GET /api/v1/agreements': { scope: 'list', req: () => ({ url: `${A}/agreements` }), owner: 'viewer' },
  'POST /api/v1/agreements': {
    scope: 'agreement',
    req: () => ({
      url: `${A}/agreements`,
      payload: {
        title: 'PKS',
        numberPartyOne: 'X/1',
        numberPartyTwo: 'X/2',
        signedOn: '2022-01-03',
        place: 'Ereke',
        durationMonths: 12,
        partyOne: { institution: 'Pemerintah Kabupaten Buton Utara', address: 'a', signatory: 'A', position: 'Sekda' },
        partyTwo: { institution: 'BPJS Ketenagakerjaan Kantor Cabang Kendari', address: 'b', signatory: 'B', position: 'Kepala' },
      },
    }),
  },
  'GET /api/v1/agreements/terms-fields': { scope: 'public', req: () => ({ url: `${A}/agreements/terms-fields` }) },
  'GET /api/v1/agreements/{id}': { scope: 'agreement', req: (a) => ({ url: `${A}/agreements/${a.agreementId}` }), owner: 'viewer' },
  'PATCH /api/v1/agreements/{id}': { scope: 'agreement', req: (a) => ({ url: `${A}/agreements/${a.agreementId}`, payload: { title: 'Diubah orang asing' } }) },
  'POST /api/v1/agreements/{id}/amendments': {
    scope: 'agreement',
    req: (a) => ({
      url: `${A}/agreements/${a.agreementId}/amendments`,
      payload: {
        kind: 'amandemen',
        number: 'AM/ASING',
        signedOn: '2022-07-01',
        effectiveFrom: '2022-07-01',
        summary: 'x',
        termsChanges: [{ path: 'contribution.jkkRate', value: '0.54', basis: 'Amandemen' }],
      },
    }),
  },
  'GET /api/v1/agreements/{id}/amendments/{amendmentId}/document': {
    scope: 'agreement',
    req: (a) => ({ url: `${A}/agreements/${a.agreementId}/amendments/${a.amendmentId}/document` }),
  },
  'POST /api/v1/agreements/{id}/terminate': {
    scope: 'agreement',
    req: (a) => ({ url: `${A}/agreements/${a.agreementId}/terminate`, payload: { terminatedOn: '2022-07-14', reason: 'Diakhiri orang asing' } }),
  },
  'GET /api/v1/agreements/{id}/terms': { scope: 'agreement', req: (a) => ({ url: `${A}/agreements/${a.agreementId}/terms?date=2022-07-01` }), owner: 'viewer' },
  'GET /api/v1/audit': { scope: 'self', req: () => ({ url: `${A}/audit` }) },
  'GET /api/v1/units': { scope: 'list', req: () => ({ url: `${A}/units` }), owner: 'viewer' },
  'POST /api/v1/units': { scope: 'agreement', req: (a) => ({ url: `${A}/units`, payload: { agreementId: a.agreementId, code: 'ASING', name: 'Unit asing' } }) },
  'GET /api/v1/units/{id}': { scope: 'unit', req: (a) => ({ url: `${A}/units/${a.units[0]}` }), owner: 'opd_operator' },
  'PATCH /api/v1/units/{id}': { scope: 'unit', req: (a) => ({ url: `${A}/units/${a.units[0]}`, payload: { name: 'Diubah orang asing' } }) },
  'POST /api/v1/roster/imports': { scope: 'unit', req: (a) => ({ url: `${A}/roster/imports`, multipart: { unitId: String(a.units[0]) } }) },
  'POST /api/v1/roster/imports/{id}/commit': { scope: 'unit', req: (a) => ({ url: `${A}/roster/imports/${a.importId}/commit` }) },
  'GET /api/v1/roster/imports/{id}/errors.xlsx': {
    scope: 'unit',
    req: (a) => ({ url: `${A}/roster/imports/${a.importId}/errors.xlsx` }),
    owner: 'opd_operator',
  },
  'GET /api/v1/roster/template.xlsx': { scope: 'public', req: () => ({ url: `${A}/roster/template.xlsx` }) },
  'GET /api/v1/employees/export': { scope: 'agreement', req: (a) => ({ url: `${A}/employees/export?format=csv&${q(a)}` }), owner: 'viewer' },
  'GET /api/v1/employees': { scope: 'list', req: () => ({ url: `${A}/employees?status=all` }), owner: 'viewer' },
  'POST /api/v1/employees': { scope: 'unit', req: (a) => ({ url: `${A}/employees`, payload: employeeBody(a) }) },
  'GET /api/v1/employees/{id}': { scope: 'unit', req: (a) => ({ url: `${A}/employees/${a.employees[0].id}` }), owner: 'opd_operator' },
  'PATCH /api/v1/employees/{id}': { scope: 'unit', req: (a) => ({ url: `${A}/employees/${a.employees[0].id}`, payload: { position: 'Diubah orang asing' } }) },
  'POST /api/v1/employees/{id}/end': {
    scope: 'unit',
    req: (a) => ({ url: `${A}/employees/${a.employees[0].id}/end`, payload: { endDate: '2022-07-14', endReason: 'x' } }),
  },
  'POST /api/v1/employees/{id}/reactivate': { scope: 'unit', req: (a) => ({ url: `${A}/employees/${a.employees[0].id}/reactivate` }) },
  'GET /api/v1/enrolment/batches': { scope: 'list', req: () => ({ url: `${A}/enrolment/batches` }), owner: 'viewer' },
  'POST /api/v1/enrolment/batches': {
    scope: 'agreement',
    req: (a) => ({ url: `${A}/enrolment/batches`, payload: { agreementId: a.agreementId, employeeIds: [a.employees[0].id] } }),
  },
  'GET /api/v1/enrolment/batches/{id}': { scope: 'agreement', req: (a) => ({ url: `${A}/enrolment/batches/${a.batchId}` }), owner: 'viewer' },
  'DELETE /api/v1/enrolment/batches/{id}/participants/{participantId}': {
    scope: 'agreement',
    req: (a) => ({ url: `${A}/enrolment/batches/${a.batchId}/participants/${a.participants[0]}` }),
  },
  'POST /api/v1/enrolment/batches/{id}/submit': { scope: 'agreement', req: (a) => ({ url: `${A}/enrolment/batches/${a.batchId}/submit` }) },
  'GET /api/v1/enrolment/batches/{id}/export.xlsx': {
    scope: 'agreement',
    req: (a) => ({ url: `${A}/enrolment/batches/${a.batchId}/export.xlsx` }),
    owner: 'bpjs_officer',
  },
  'GET /api/v1/enrolment/eligible': { scope: 'agreement', req: (a) => ({ url: `${A}/enrolment/eligible?${q(a)}` }), owner: 'viewer' },
  'GET /api/v1/enrolment/participants': { scope: 'list', req: () => ({ url: `${A}/enrolment/participants` }), owner: 'viewer' },
  'GET /api/v1/enrolment/participants/{id}': {
    scope: 'unit',
    req: (a) => ({ url: `${A}/enrolment/participants/${a.participants[0]}` }),
    owner: 'opd_operator',
  },
  'POST /api/v1/enrolment/participants/{id}/accept': {
    scope: 'unit',
    req: (a) => ({ url: `${A}/enrolment/participants/${a.participants[0]}/accept`, payload: { kpj: '99999999999', registeredOn: '2022-04-01' } }),
  },
  'POST /api/v1/enrolment/participants/{id}/reject': {
    scope: 'unit',
    req: (a) => ({ url: `${A}/enrolment/participants/${a.participants[0]}/reject`, payload: { reason: 'x' } }),
  },
  'POST /api/v1/enrolment/participants/{id}/deactivate': {
    scope: 'unit',
    req: (a) => ({ url: `${A}/enrolment/participants/${a.participants[0]}/deactivate`, payload: { from: '2022-07-01', reason: 'x' } }),
  },
  'POST /api/v1/enrolment/participants/{id}/reactivate': {
    scope: 'unit',
    req: (a) => ({ url: `${A}/enrolment/participants/${a.participants[0]}/reactivate` }),
  },
  'POST /api/v1/enrolment/numbers': { scope: 'agreement', req: (a) => ({ url: `${A}/enrolment/numbers`, multipart: { agreementId: String(a.agreementId) } }) },
  'POST /api/v1/enrolment/reconcile': {
    scope: 'agreement',
    req: (a) => ({ url: `${A}/enrolment/reconcile`, multipart: { agreementId: String(a.agreementId) } }),
  },
  'GET /api/v1/enrolment/participants/{id}/card.pdf': {
    scope: 'unit',
    req: (a) => ({ url: `${A}/enrolment/participants/${a.participants[0]}/card.pdf` }),
    owner: 'opd_operator',
  },
  'GET /api/v1/enrolment/cards.pdf': { scope: 'agreement', req: (a) => ({ url: `${A}/enrolment/cards.pdf?batchId=${a.batchId}` }), owner: 'admin' },
  'POST /api/v1/enrolment/participants/{id}/card/reissue': {
    scope: 'unit',
    req: (a) => ({ url: `${A}/enrolment/participants/${a.participants[0]}/card/reissue` }),
  },
  'GET /verify/{token}': { scope: 'public', req: () => ({ url: '/verify/tidak-ada-token-seperti-ini-000' }) },
  'GET /api/v1/verify/{token}': { scope: 'public', req: () => ({ url: `${A}/verify/tidak-ada-token-seperti-ini-000` }) },
  'POST /api/v1/self-check': {
    scope: 'public',
    req: () => ({ url: `${A}/self-check`, payload: { nik: '7409014508900001', birthDate: '1990-08-05', kpjLast4: '0000' } }),
  },
  'GET /api/v1/self-check/card.pdf': { scope: 'public', req: () => ({ url: `${A}/self-check/card.pdf?token=tidak-ada-token-seperti-ini-000` }) },
  'GET /api/v1/self-check/log': { scope: 'list', req: () => ({ url: `${A}/self-check/log` }), owner: 'admin' },
  'POST /api/v1/contributions/quote': {
    scope: 'self',
    req: () => ({ url: `${A}/contributions/quote`, payload: { wage: 1765000, jkk: '0.24', jkm: '0.30', months: 12 } }),
  },
  'GET /api/v1/bills': { scope: 'agreement', req: (a) => ({ url: `${A}/bills?${q(a)}` }), owner: 'viewer' },
  'POST /api/v1/bills': { scope: 'agreement', req: (a) => ({ url: `${A}/bills`, payload: { agreementId: a.agreementId, period: '2022-06' } }) },
  'GET /api/v1/bills/{id}': { scope: 'agreement', req: (a) => ({ url: `${A}/bills/${a.billId}` }), owner: 'opd_operator' },
  'GET /api/v1/bills/{id}/pdf': { scope: 'agreement', req: (a) => ({ url: `${A}/bills/${a.billId}/pdf` }), owner: 'opd_operator' },
  'GET /api/v1/bills/{id}/xlsx': { scope: 'agreement', req: (a) => ({ url: `${A}/bills/${a.billId}/xlsx` }), owner: 'opd_operator' },
  'GET /api/v1/bills/{id}/payments/{paymentId}/receipt.pdf': {
    scope: 'agreement',
    req: (a) => ({ url: `${A}/bills/${a.billId}/payments/${a.paymentId}/receipt.pdf` }),
    owner: 'admin',
  },
  'GET /api/v1/bills/{id}/lines': { scope: 'agreement', req: (a) => ({ url: `${A}/bills/${a.billId}/lines` }), owner: 'opd_operator' },
  'POST /api/v1/payments': {
    scope: 'agreement',
    req: (a) => ({ url: `${A}/payments`, payload: { billId: a.billId, amount: 1000, paidOn: '2022-07-01', bankReference: 'ASING-1' } }),
  },
  'GET /api/v1/protection': { scope: 'unit', req: (a) => ({ url: `${A}/protection?nik=${a.employees[0].nik}&date=2022-05-15` }), owner: 'opd_operator' },
  'GET /api/v1/employees/{id}/protection-timeline': {
    scope: 'unit',
    req: (a) => ({ url: `${A}/employees/${a.employees[0].id}/protection-timeline` }),
    owner: 'opd_operator',
  },
  'POST /api/v1/payments/import': { scope: 'agreement', req: (a) => ({ url: `${A}/payments/import`, multipart: { agreementId: String(a.agreementId) } }) },
  'GET /api/v1/arrears': { scope: 'agreement', req: (a) => ({ url: `${A}/arrears?${q(a)}` }), owner: 'viewer' },
  'GET /api/v1/budget': { scope: 'agreement', req: (a) => ({ url: `${A}/budget?${q(a)}&year=2023` }), owner: 'viewer' },
  'POST /api/v1/benefits/quote': {
    scope: 'agreement',
    req: (a) => ({ url: `${A}/benefits/quote`, payload: { program: 'JKM', outcome: 'death', incidentDate: '2022-05-02', agreement: a.agreementId } }),
  },
  'GET /api/v1/benefits/table': { scope: 'self', req: () => ({ url: `${A}/benefits/table` }) },
  'GET /api/v1/claims': { scope: 'list', req: () => ({ url: `${A}/claims` }), owner: 'viewer' },
  'GET /api/v1/claims/register.xlsx': { scope: 'list', req: () => ({ url: `${A}/claims/register.xlsx` }), owner: 'viewer' },
  'POST /api/v1/claims': { scope: 'unit', req: (a) => ({ url: `${A}/claims`, payload: jkkClaim(a.employees[0].id, { incidentDate: '2022-05-03' }) }) },
  'GET /api/v1/claims/{id}': { scope: 'unit', req: (a) => ({ url: `${A}/claims/${a.claimId}` }), owner: 'opd_operator' },
  'POST /api/v1/claims/{id}/documents': { scope: 'unit', req: (a) => ({ url: `${A}/claims/${a.claimId}/documents`, payload: doc('kartu_peserta') }) },
  'GET /api/v1/claims/{id}/documents/{documentId}': {
    scope: 'unit',
    req: (a) => ({ url: `${A}/claims/${a.claimId}/documents/${a.claimDocumentId}` }),
    owner: 'opd_operator',
  },
  'POST /api/v1/claims/{id}/verify': { scope: 'unit', req: (a) => ({ url: `${A}/claims/${a.claimId}/verify` }) },
  'POST /api/v1/claims/{id}/approve': { scope: 'unit', req: (a) => ({ url: `${A}/claims/${a.claimId}/approve`, payload: { adjustments: [] } }) },
  'POST /api/v1/claims/{id}/reject': { scope: 'unit', req: (a) => ({ url: `${A}/claims/${a.claimId}/reject`, payload: { reason: 'Ditolak orang asing' } }) },
  'POST /api/v1/claims/{id}/payments': {
    scope: 'unit',
    req: (a) => ({ url: `${A}/claims/${a.claimId}/payments`, payload: { paidOn: '2022-07-01', amount: 1000, reference: 'ASING' } }),
  },
  'GET /api/v1/claims/{id}/letter.pdf': { scope: 'unit', req: (a) => ({ url: `${A}/claims/${a.claimId}/letter.pdf` }), owner: 'opd_operator' },
  'GET /api/v1/claims/{id}/heirs-letter.pdf': { scope: 'unit', req: (a) => ({ url: `${A}/claims/${a.claimId}/heirs-letter.pdf` }) },
  'GET /api/v1/claims/{id}/forms/kk1.pdf': { scope: 'unit', req: (a) => ({ url: `${A}/claims/${a.claimId}/forms/kk1.pdf` }), owner: 'opd_operator' },
  'GET /api/v1/claims/{id}/forms/kk2.pdf': { scope: 'unit', req: (a) => ({ url: `${A}/claims/${a.claimId}/forms/kk2.pdf` }), owner: 'opd_operator' },
  'POST /api/v1/field-reports': {
    scope: 'unit',
    req: (a) => ({
      url: `${A}/field-reports`,
      payload: {
        clientId: '0f8e2a4c-1b3d-4e5f-8a9b-0c1d2e3f4a5b',
        employeeId: a.employees[0].id,
        incidentDate: '2022-05-04',
        incidentTime: '08:00',
        place: 'Jalan poros',
        chronology: 'Terjatuh dari motor',
        savedAt: '2022-05-04T08:30',
      },
    }),
  },
  'GET /api/v1/field-reports/notices': { scope: 'self', req: () => ({ url: `${A}/field-reports/notices` }) },
  'POST /api/v1/field-reports/notices/{id}/read': { scope: 'institution', req: () => ({ url: `${A}/field-reports/notices/${own.noticeId}/read` }) },
  'GET /api/v1/claims/{id}/forms/kk3.pdf': { scope: 'unit', req: (a) => ({ url: `${A}/claims/${a.claimId}/forms/kk3.pdf` }), owner: 'opd_operator' },
  'GET /api/v1/monitoring/dashboard': { scope: 'agreement', req: (a) => ({ url: `${A}/monitoring/dashboard?${q(a)}` }), owner: 'opd_operator' },
  'GET /api/v1/monitoring/unprotected': { scope: 'agreement', req: (a) => ({ url: `${A}/monitoring/unprotected?${q(a)}` }), owner: 'viewer' },
  'GET /api/v1/monitoring/report': { scope: 'agreement', req: (a) => ({ url: `${A}/monitoring/report?${q(a)}&period=2022-Q2&format=xlsx` }), owner: 'viewer' },
  'GET /api/v1/monitoring/reminders': { scope: 'list', req: () => ({ url: `${A}/monitoring/reminders` }), owner: 'viewer' },
  'GET /api/v1/monitoring/activities': { scope: 'agreement', req: (a) => ({ url: `${A}/monitoring/activities?${q(a)}` }), owner: 'viewer' },
  'POST /api/v1/monitoring/activities': {
    scope: 'agreement',
    req: (a) => ({
      url: `${A}/monitoring/activities`,
      payload: { agreementId: a.agreementId, heldOn: '2022-06-02', place: 'x', title: 'y', audienceUnitIds: [], attendees: 1 },
    }),
  },
  'GET /api/v1/monitoring/meetings': { scope: 'agreement', req: (a) => ({ url: `${A}/monitoring/meetings?${q(a)}` }), owner: 'viewer' },
  'POST /api/v1/monitoring/meetings': {
    scope: 'agreement',
    req: (a) => ({
      url: `${A}/monitoring/meetings`,
      payload: { agreementId: a.agreementId, heldOn: '2022-06-10', place: 'x', agenda: 'y', decisions: [], followUps: [] },
    }),
  },
  'POST /api/v1/monitoring/follow-ups/{id}/done': {
    scope: 'agreement',
    req: (a) => ({ url: `${A}/monitoring/follow-ups/${a.followUpId}/done`, payload: { doneOn: '2022-07-01' } }),
  },
  'GET /api/v1/monitoring/force-majeure': { scope: 'agreement', req: (a) => ({ url: `${A}/monitoring/force-majeure?${q(a)}` }), owner: 'viewer' },
  'POST /api/v1/monitoring/force-majeure': {
    scope: 'agreement',
    req: (a) => ({
      url: `${A}/monitoring/force-majeure`,
      payload: { agreementId: a.agreementId, affectedParty: 'party_one', kind: 'natural', eventDate: '2022-07-01', description: 'x', affectedObligations: 'y' },
    }),
  },
  'POST /api/v1/monitoring/force-majeure/{id}/notice': {
    scope: 'agreement',
    req: (a) => ({ url: `${A}/monitoring/force-majeure/${a.forceMajeureId}/notice`, payload: { noticeDate: '2022-06-20' } }),
  },
  'POST /api/v1/monitoring/force-majeure/{id}/resolve': {
    scope: 'agreement',
    req: (a) => ({ url: `${A}/monitoring/force-majeure/${a.forceMajeureId}/resolve`, payload: { resolvedOn: '2022-07-01', resolution: 'x' } }),
  },
  'GET /api/v1/monitoring/disputes': { scope: 'agreement', req: (a) => ({ url: `${A}/monitoring/disputes?${q(a)}` }), owner: 'viewer' },
  'POST /api/v1/monitoring/disputes': {
    scope: 'agreement',
    req: (a) => ({ url: `${A}/monitoring/disputes`, payload: { agreementId: a.agreementId, openedOn: '2022-07-01', subject: 'x', raisedBy: 'party_two' } }),
  },
  'POST /api/v1/monitoring/disputes/{id}/advance': {
    scope: 'agreement',
    req: (a) => ({ url: `${A}/monitoring/disputes/${a.disputeId}/advance`, payload: { stage: 'closed', on: '2022-07-01', note: 'x', outcome: 'y' } }),
  },
};

/** What a person reads in an answer: the text of a PDF, the cells of a spreadsheet, otherwise the body. */
async function readable(res: LightMyRequestResponse): Promise<string> {
  const type = String(res.headers['content-type'] ?? '');
  if (res.statusCode !== 200) return res.body;
  if (type.includes('application/pdf')) return pdfToText(res.rawPayload);
  if (type.includes('spreadsheetml')) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const cell = (c: unknown) => (c !== null && typeof c === 'object' ? JSON.stringify(c) : String(c));
    return wb.worksheets.flatMap((ws) => ws.getSheetValues().flatMap((row) => (Array.isArray(row) ? row.map(cell) : []))).join('\n');
  }
  return res.body;
}

function multipart(fields: Record<string, string>) {
  const boundary = '----matriks' + Math.random().toString(16).slice(2);
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="x.csv"\r\nContent-Type: text/csv\r\n\r\nNIK;Nama\r\n7409010101850001;X\r\n`,
    ),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

describe('authorization matrix: two regencies, two branches', () => {
  let h: Harness;
  let a: Side;
  let b: Side;
  const callers: Record<string, Client> = {};
  let routes: string[] = [];

  before(async () => {
    ({ h, a, b } = await createTwoRegencies());
    callers.adminA = await h.login('admin', 'admin-a', { institutionId: a.governmentId });
    callers.viewerA = await h.login('viewer', 'viewer-a', { institutionId: a.governmentId });
    callers.bpjsA = await h.login('bpjs_officer', 'bpjs-a', { institutionId: a.branchId });
    callers.operatorA1 = await h.login('opd_operator', 'operator-a1', { workUnitId: a.units[0] });
    callers.adminB = await h.login('admin', 'admin-b', { institutionId: b.governmentId });
    callers.viewerB = await h.login('viewer', 'viewer-b', { institutionId: b.governmentId });
    callers.bpjsB = await h.login('bpjs_officer', 'bpjs-b', { institutionId: b.branchId });
    callers.operatorB1 = await h.login('opd_operator', 'operator-b1', { workUnitId: b.units[0] });
    callers.operatorA2 = await h.login('opd_operator', 'operator-a2', { workUnitId: a.units[1] });
    callers.system = await h.login('system_admin', 'sistem', { institutionId: null });
    // Rows of institution A that only A may touch: a user, admin A's token, admin A's notice of a field report.
    own.userId = (
      await h.services.auth.createUser(h.admin, {
        username: 'sasaran-a',
        fullName: 'Sasaran Instansi A',
        password: PASSWORD,
        role: 'viewer',
        institutionId: a.governmentId,
      })
    ).id;
    own.tokenId = (await callers.adminA.request({ method: 'POST', url: `${A}/auth/tokens`, payload: { name: 'skrip-a' } })).json().id;
    await h.services.fieldReports.file(h.admin, {
      clientId: '7d1c6a0e-2b4f-4c8e-9a1d-3e5f7a9b0c2d',
      employeeId: a.employees[0].id,
      incidentDate: '2022-05-05',
      incidentTime: '09:00',
      place: 'Kantor',
      chronology: 'Tersandung tangga',
      savedAt: '2022-05-05T09:30',
    });
    const adminAId = (await h.services.db.selectFrom('users').select('id').where('username', '=', 'admin-a').executeTakeFirstOrThrow()).id;
    own.noticeId = (await h.services.db.selectFrom('field_report_notices').select('id').where('user_id', '=', adminAId).executeTakeFirstOrThrow()).id;
    await h.app.ready();
    const doc = h.app.swagger() as { paths: Record<string, Record<string, unknown>> };
    routes = Object.entries(doc.paths).flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`));
  });
  after(() => h.close());

  const send = (client: Client | null, method: string, r: Omit<Req, 'method'>): Promise<LightMyRequestResponse> => {
    const opts = r.multipart
      ? { method: method as 'POST', url: r.url, ...multipart(r.multipart) }
      : { method: method as 'GET', url: r.url, ...(r.payload !== undefined ? { payload: r.payload as object } : {}) };
    return client ? client.request(opts) : h.app.inject(opts);
  };

  /** People (and other names) in what a person reads of an answer, other than what the request itself sent (a NIK asked about may be echoed). */
  const leaks = async (res: LightMyRequestResponse, people: { nik: string; fullName: string }[], r: Omit<Req, 'method'>, names: string[] = []) => {
    const text = await readable(res);
    const sent = r.url + JSON.stringify(r.payload ?? '');
    const persons = people.filter((p) => (text.includes(p.nik) && !sent.includes(p.nik)) || text.includes(p.fullName)).map((p) => p.fullName);
    return [...persons, ...names.filter((n) => text.includes(n) && !sent.includes(n))];
  };
  /** Institution A's names a foreign institution must never read: its units, its government and branch, its users. */
  const namesOfA = () => [
    'Dinas Kesehatan A',
    'Dinas Pendidikan A',
    'Pemerintah Kabupaten Buton Utara',
    'Kantor Cabang Kendari',
    'Pengguna admin-a',
    'Pengguna viewer-a',
    'Pengguna bpjs-a',
    'Pengguna operator-a1',
    'Sasaran Instansi A',
  ];

  test('every route of the OpenAPI document has a rule', () => {
    assert.ok(routes.length > 80, `only ${routes.length} routes`);
    const missing = routes.filter((r) => !RULES[r]);
    assert.deepEqual(missing, [], `routes without a rule in the authorization matrix: ${missing.join(', ')}`);
    const stale = Object.keys(RULES).filter((r) => !routes.includes(r));
    assert.deepEqual(stale, [], `rules for routes that no longer exist: ${stale.join(', ')}`);
  });

  test('anonymous callers get 401 everywhere but the public routes', async () => {
    for (const key of routes) {
      const rule = RULES[key]!;
      const [method] = key.split(' ');
      const res = await send(null, method!, rule.req(a));
      if (rule.scope === 'public') assert.ok(res.statusCode < 500, `${key}: ${res.statusCode}`);
      else assert.equal(res.statusCode, 401, `${key} answered an anonymous caller ${res.statusCode}`);
    }
  });

  test('the owning institution reads its rows (the matrix targets real rows)', async () => {
    const byRole = { admin: callers.adminA!, viewer: callers.viewerA!, bpjs_officer: callers.bpjsA!, opd_operator: callers.operatorA1! };
    for (const key of routes) {
      const rule = RULES[key]!;
      if (!rule.owner) continue;
      const res = await send(byRole[rule.owner], 'GET', rule.req(a));
      assert.equal(res.statusCode, 200, `${key} as ${rule.owner} of A: ${res.statusCode} ${res.body.slice(0, 200)}`);
    }
  });

  test('a row outside the scope answers exactly like a missing one (same status, same message)', async () => {
    const failures: string[] = [];
    const error = (x: LightMyRequestResponse) => JSON.stringify((x.json() as { error: unknown }).error);
    for (const key of routes) {
      const rule = RULES[key]!;
      if (!['agreement', 'unit', 'institution'].includes(rule.scope)) continue;
      const [method] = key.split(' ');
      const r = rule.req(a);
      // Ids in the path and in the query (agreementId=…).
      const ids = [...r.url.matchAll(/(?:Id=|\/)(\d+)(?=\/|\?|&|$)/g)].map((m) => m[1]!);
      if (!ids.length) continue;
      const missing = { ...r, url: ids.reduce((url, id) => url.replace(new RegExp(`(Id=|/)${id}(?=/|\\?|&|$)`), '$1987654'), r.url) };
      for (const who of ['adminB', 'bpjsB', 'operatorB1', 'operatorA2'] as const) {
        const res = await send(callers[who]!, method!, r);
        if (res.statusCode !== 404) continue;
        const gone = await send(callers[who]!, method!, missing);
        // The id itself may be echoed (details); everything else is the same.
        const same = error(gone).replaceAll('987654', '?') === ids.reduce((text, id) => text.replaceAll(id, '?'), error(res));
        if (gone.statusCode !== 404 || !same) failures.push(`${key} as ${who}: ${error(res)}; a missing row: ${gone.statusCode} ${error(gone)}`);
      }
    }
    assert.deepEqual(failures, []);
  });

  test("foreign institutions, a foreign unit's operator and the system administrator are refused or scoped, and see no foreign person", async () => {
    const people = [...a.employees];
    const foreign = ['adminB', 'viewerB', 'bpjsB', 'operatorB1'] as const;
    const failures: string[] = [];
    for (const key of routes) {
      const rule = RULES[key]!;
      if (key === 'POST /api/v1/auth/logout') continue; // would end the reused session
      const [method] = key.split(' ');
      const r = rule.req(a);
      for (const who of foreign) {
        const res = await send(callers[who]!, method!, r);
        if (['agreement', 'unit', 'institution'].includes(rule.scope) && ![403, 404].includes(res.statusCode))
          failures.push(`${key} as ${who}: ${res.statusCode}`);
        if (res.statusCode >= 500) failures.push(`${key} as ${who}: ${res.statusCode}`);
        const leaked = await leaks(res, people, r, namesOfA());
        if (leaked.length) failures.push(`${key} as ${who} shows ${leaked.join(', ')}`);
      }
      const op = await send(callers.operatorA2!, method!, r);
      if (rule.scope === 'unit' && ![403, 404].includes(op.statusCode)) failures.push(`${key} as operatorA2: ${op.statusCode}`);
      if (op.statusCode >= 500) failures.push(`${key} as operatorA2: ${op.statusCode}`);
      const opLeak = await leaks(op, [a.employees[0]], r, ['Dinas Kesehatan A']);
      if (opLeak.length) failures.push(`${key} as operatorA2 shows ${opLeak.join(', ')}`);
      const sys = await send(callers.system!, method!, r);
      if (sys.statusCode >= 500) failures.push(`${key} as system_admin: ${sys.statusCode}`);
      const sysLeak = await leaks(sys, [...a.employees, ...b.employees], r);
      if (sysLeak.length) failures.push(`${key} as system_admin shows ${sysLeak.join(', ')}`);
    }
    assert.deepEqual(failures, []);
  });
});
