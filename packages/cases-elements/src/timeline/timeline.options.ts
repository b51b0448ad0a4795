import * as z from 'zod/mini';
import { headingLevelSchema, instantSchema, isoDateSchema, textSchema } from '../lib/schemas.js';

export const timelineItemSchema = z.object({
  /** What happened: "Case transferred to Priya Shah". */
  title: textSchema,
  /** Who did it; shown as "by Sam Jones" ("gan Sam Jones"). */
  byline: z.optional(textSchema),
  /** When: an instant (`2026-12-08T14:15:00Z`, shown in Europe/London time) or a calendar date (`2026-12-08`). */
  datetime: z.union([instantSchema, isoDateSchema]),
  /** More about it, as plain text: the reason for a transfer, the first lines of a note. */
  description: z.optional(textSchema),
});

export const timelineOptionsSchema = z.object({
  /** Newest first, as the service lists them: the timeline shows them in this order. */
  items: z.array(timelineItemSchema),
  /** The level of each item's title; 2 if absent, as MOJ's. */
  headingLevel: z.optional(headingLevelSchema),
});

export type TimelineItem = z.infer<typeof timelineItemSchema>;
/** Options for the MOJ timeline of what happened on a case. */
export type TimelineOptions = z.infer<typeof timelineOptionsSchema>;
