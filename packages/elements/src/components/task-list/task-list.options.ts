import * as z from 'zod/mini';
import { tagOptionsSchema } from '../tag/tag.options.js';

// Options schemas live apart from the templates so the browser bundle never carries zod: only the server render functions validate with them.
// Text only throughout: GOV.UK's `html` options are not offered because there is no sanitiser yet.
export const taskListStatusSchema = z.object({
  /** A coloured tag, such as `{ "text": "Incomplete", "colour": "blue" }`: for statuses that need action. */
  tag: z.optional(tagOptionsSchema),
  /** Plain status text, such as "Completed"; used when there is no tag. */
  text: z.optional(z.string()),
  /** Greys the status text, in place of GOV.UK's `classes: "govuk-task-list__status--cannot-start-yet"`. */
  cannotStartYet: z.optional(z.boolean()),
});

export const taskListItemSchema = z.object({
  title: z.object({ text: z.string().check(z.minLength(1, 'A task needs a title')) }),
  hint: z.optional(z.object({ text: z.string().check(z.minLength(1)) })),
  /** Leave out for a task that cannot be started yet: its title is then not a link. */
  href: z.optional(z.string()),
  status: taskListStatusSchema,
});

export const taskListOptionsSchema = z.object({
  items: z.array(taskListItemSchema).check(z.minLength(1, 'A task list needs at least one task')),
  /** Prefix for the hint and status ids (`task-list-1-status`); give each task list on a page its own. */
  idPrefix: z.optional(z.string().check(z.regex(/^[A-Za-z][\w:.-]*$/, 'idPrefix must start with a letter and contain no spaces'))),
});

export type TaskListStatus = z.infer<typeof taskListStatusSchema>;
export type TaskListItem = z.infer<typeof taskListItemSchema>;
/** Options for a GOV.UK task list, named as in the GOV.UK Design System's macro. */
export type TaskListOptions = z.infer<typeof taskListOptionsSchema>;
