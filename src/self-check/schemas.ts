/** Contracts of "Cek perlindungan saya" (public) and its log (admin). */
import { z } from 'zod';

/** Loose on purpose: a malformed field is answered exactly like a wrong one (the service decides). */
export const selfCheckQuestionSchema = z.object({
  nik: z.string().max(40).optional(),
  birthDate: z.string().max(40).optional(),
  kpjLast4: z.string().max(40).optional(),
});

const contactSchema = z.object({ name: z.string(), phone: z.string(), address: z.string() });

export const selfCheckAnswerSchema = z.object({
  person: z.object({ fullName: z.string(), maskedKpj: z.string(), unit: z.string() }),
  protection: z.object({
    protected: z.boolean(),
    state: z.enum(['protected_paid', 'awaiting_payment', 'in_arrears', 'not_covered']),
    reason: z.string(),
    asOf: z.string(),
  }),
  claims: z.array(
    z.object({
      number: z.string().nullable(),
      program: z.enum(['JKK', 'JKM']),
      incidentDate: z.string(),
      status: z.enum(['submitted', 'verified', 'approved', 'paid', 'rejected']),
      statusLabel: z.string(),
      nextStep: z.string(),
    }),
  ),
  contacts: z.object({ unit: contactSchema, government: contactSchema, branch: contactSchema }),
  /** The right to download one's own card: short-lived, bound to this participant. Null when no card can be printed (not registered). */
  card: z.object({ token: z.string(), expiresAt: z.string() }).nullable(),
});
export type SelfCheckAnswer = z.infer<typeof selfCheckAnswerSchema>;

export const selfCheckLogSchema = z.object({
  items: z.array(
    z.object({
      id: z.number().int(),
      at: z.string(),
      ip: z.string(),
      nikMasked: z.string(),
      outcome: z.enum(['found', 'no_match', 'invalid', 'limited']),
      outcomeLabel: z.string(),
    }),
  ),
});
