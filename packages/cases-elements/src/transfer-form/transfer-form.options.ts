import * as z from 'zod/mini';
import { choiceSchema, hiddenFieldSchema, hrefSchema, textSchema } from '../lib/schemas.js';

export const transferFormOptionsSchema = z.object({
  /** Where the form posts: the service's transfer handler. Only safe URLs are used. */
  action: hrefSchema,
  /** The lead professional now; a case that is allocated always has one. */
  currentLead: textSchema,
  /** The people the lead may pass to, from any organisation on the case's team. */
  candidates: z.array(choiceSchema).check(z.minLength(1, 'Give at least one person the lead can be transferred to')),
  /** What was chosen and typed, shown again with errors. */
  values: z.optional(z.object({ to: z.optional(z.string()), reason: z.optional(z.string()) })),
  /** The service's messages for a refused transfer, by field. */
  errors: z.optional(z.object({ to: z.optional(textSchema), reason: z.optional(textSchema) })),
  hiddenFields: z.optional(z.array(hiddenFieldSchema)),
});

/** Options for the form that moves the lead professional to someone else, with the reason the history keeps. */
export type TransferFormOptions = z.infer<typeof transferFormOptionsSchema>;
