/** Monitoring's public entry: the mailer (field reports send their mail through it). */
export { sendMail, type MailConfig } from './mailer.ts';
