/**
 * Enrolment's public entry: participants by employee, the participant card (its data and PDF; the
 * QR code and the PDF kit load when a card is drawn) and the masked KPJ the public pages show.
 */
export { findParticipantsForEmployees } from './repo.ts';
export { maskKpj } from './verify-page.ts';
export { renderCardsPdf, type CardData } from './card-pdf.ts';
export type { Cards } from './cards.ts';
