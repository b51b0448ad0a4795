import * as z from 'zod/mini';
import { choiceSchema, hiddenFieldSchema, hrefSchema, idSchema, textSchema } from '../lib/schemas.js';

export const assignFormOptionsSchema = z.object({
  /** Where the form posts: the service's assignment handler. Only safe URLs are used. */
  action: hrefSchema,
  /** The people who may pick the case up, as the service's permissions allow. */
  assignees: z.array(choiceSchema).check(z.minLength(1, 'Give at least one person the case can be assigned to')),
  /** Who has the case now; "Not assigned" if absent. */
  currentAssignee: z.optional(textSchema),
  /** The chosen person's value, shown again with an error. */
  value: z.optional(z.string()),
  /** The service's message when the choice was refused ("Select who to assign the case to"). */
  errorMessage: z.optional(textSchema),
  /** Adds an "Unassign" button (posting `intent=unassign`): give it only to a manager, or to the person assigned. */
  allowUnassign: z.optional(z.boolean()),
  /** The select's name in the form data; `assignee` if absent. */
  name: z.optional(z.string().check(z.minLength(1))),
  /** The select's id, for the error summary's link; `assignee` if absent. */
  id: z.optional(idSchema),
  hiddenFields: z.optional(z.array(hiddenFieldSchema)),
});

/** Options for the form that gives a case to one worker before they act on it. */
export type AssignFormOptions = z.infer<typeof assignFormOptionsSchema>;
