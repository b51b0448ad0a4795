import type { CaseFlag, SlaStatus } from '@civicbricks/cases';
import * as z from 'zod/mini';
import { headingLevelSchema, isoDateSchema, textSchema } from '../lib/schemas.js';

/** The flags a case type can set, as `@civicbricks/cases` names them (the types below keep the two lists equal). */
export const caseFlags = ['safeguarding', 'vulnerable', 'urgent'] as const satisfies readonly CaseFlag[];
export const dueStatuses = ['due', 'overdue', 'met', 'missed'] as const satisfies readonly SlaStatus[];
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const flagsMatch: Same<(typeof caseFlags)[number], CaseFlag> = true;
const statusesMatch: Same<(typeof dueStatuses)[number], SlaStatus> = true;
void flagsMatch;
void statusesMatch;

const tagColours = ['grey', 'green', 'teal', 'purple', 'magenta', 'red', 'orange', 'yellow'] as const;

export const caseSummaryOptionsSchema = z.object({
  /** The case reference, as the case service gave it. */
  reference: textSchema,
  /** The case's name for people ("Jo Bloggs", "Housing repair at 4 Elm Road"): with it, a heading captioned by the reference. */
  title: z.optional(textSchema),
  /** The heading's level when there is a title; 1 if absent (the case page's own heading). */
  headingLevel: z.optional(headingLevelSchema),
  /** The state as the case type words it, with a GOV.UK tag colour; unset is blue. */
  status: z.object({ text: textSchema, colour: z.optional(z.enum(tagColours)) }),
  /** The lead professional; absent while the case is not allocated. */
  lead: z.optional(z.object({ name: textSchema, organisation: z.optional(textSchema) })),
  flags: z.optional(z.array(z.enum(caseFlags))),
  /** The SLA due date and where the case stands against it, from `slaStatus` in `@civicbricks/cases`. */
  due: z.optional(z.object({ date: isoDateSchema, status: z.enum(dueStatuses) })),
});

/** Options for the case summary header: what a caseworker checks first on every page of a case. */
export type CaseSummaryOptions = z.infer<typeof caseSummaryOptionsSchema>;
