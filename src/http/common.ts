/** Schemas shared by every route: the error envelope and id parameters. */
import { z } from 'zod';

export const errorSchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown() }),
});

export const errorResponses = {
  400: errorSchema,
  401: errorSchema,
  403: errorSchema,
  404: errorSchema,
  409: errorSchema,
} as const;

export const idParams = z.object({ id: z.coerce.number().int().positive('ID harus bilangan bulat positif') });
