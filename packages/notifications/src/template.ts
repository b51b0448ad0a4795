/**
 * Templates as plain JSON, so a person can write them, a builder can produce
 * them and a council can publish them:
 *
 * ```json
 * { "id": "appointment-reminder", "type": "sms",
 *   "variants": { "en": { "body": "Your appointment is on ((date))" },
 *                 "cy": { "body": "Mae eich apwyntiad ar ((date))" } } }
 * ```
 */
import * as z from 'zod/mini';

/** What a message is sent as. */
export type NotificationType = 'email' | 'sms' | 'letter';
export const NOTIFICATION_TYPES: readonly NotificationType[] = Object.freeze(['email', 'sms', 'letter'] as const);

const text = z.string().check(z.minLength(1, 'must not be empty'));

/** One language's wording of a template. */
export const templateVariantSchema = z.strictObject({
  subject: z.optional(text),
  body: text,
});

/** A template: Notify's placeholder language, one variant for each language it is written in (English required). */
export const templateSchema = z
  .strictObject({
    id: z.string().check(z.minLength(1), z.maxLength(200)),
    type: z.enum(['email', 'sms', 'letter']),
    name: z.optional(z.string()),
    /**
     * Placeholders whose values are trusted formatted text (Notify's Markdown) in an email body: only for values the
     * service writes itself, never for anything a person typed. Every other value is shown exactly as typed.
     */
    formattedPlaceholders: z.optional(z.array(z.string().check(z.minLength(1), z.maxLength(200)))),
    variants: z.strictObject({ en: templateVariantSchema, cy: z.optional(templateVariantSchema) }),
  })
  .check(
    z.superRefine((template, ctx) => {
      for (const locale of ['en', 'cy'] as const) {
        const variant = template.variants[locale];
        if (!variant) continue;
        if (template.type === 'sms' && variant.subject !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['variants', locale, 'subject'],
            message: 'A text message has no subject: remove it',
            input: variant,
          });
        }
        if (template.type !== 'sms' && variant.subject === undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['variants', locale, 'subject'],
            message: `An ${template.type === 'email' ? 'email' : 'letter'} template needs a subject (a letter's is its heading)`,
            input: variant,
          });
        }
      }
    }),
  );

export type TemplateVariant = z.output<typeof templateVariantSchema>;
export type Template = z.output<typeof templateSchema>;

const scalar = z.union([z.string(), z.number().check(z.refine(Number.isFinite, 'must be a finite number')), z.boolean(), z.null()]);

/** Personalisation: text, numbers, yes/no values, or lists of them (shown as bullets). */
export const personalisationSchema = z.record(z.string(), z.optional(z.union([scalar, z.array(scalar)])));

/** Hosts an email may link to: `council.gov.uk`, or `*.council.gov.uk` for its subdomains. */
export const allowedLinkHostsSchema = z.array(
  z
    .string()
    .check(
      z.maxLength(253),
      z.regex(
        /^(\*\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/,
        'must be a lower-case host name such as `council.gov.uk`, or `*.council.gov.uk` for its subdomains',
      ),
    ),
);
