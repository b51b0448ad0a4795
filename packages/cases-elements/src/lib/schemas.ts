import * as z from 'zod/mini';

// Option schemas the components share; only the server render functions import them, so browsers ship no zod.

/** A link target: relative, http(s), mailto or tel once it has been through `safeUrl`; anything else becomes `#`. */
export const hrefSchema = z.string().check(z.minLength(1, 'A link needs an href'));

/** Text a person reads: never empty. */
export const textSchema = z.string().check(z.minLength(1, 'Give the text to show'));

/** An id the error summary can link to: a letter first, no spaces. */
export const idSchema = z.string().check(z.regex(/^[A-Za-z][\w-]*$/, 'An id starts with a letter and has no spaces'));

/** A calendar date written `YYYY-MM-DD`. */
export const isoDateSchema = z.iso.date();

/** An instant with its offset, as the audit log and `Date.toISOString()` write it. */
export const instantSchema = z.iso.datetime({ offset: true });

export const headingLevelSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6)]);
export type HeadingLevel = z.infer<typeof headingLevelSchema>;

/** A choice in a select: what it posts and what it says. */
export const choiceSchema = z.object({ value: z.string(), text: textSchema });
export type Choice = z.infer<typeof choiceSchema>;

/** A field the form posts unseen: the CSRF token, the case's version for the optimistic check. */
export const hiddenFieldSchema = z.object({ name: z.string().check(z.minLength(1)), value: z.string() });
export type HiddenField = z.infer<typeof hiddenFieldSchema>;
