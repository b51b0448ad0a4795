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

// Fast checks that accept only what the schemas above accept, so the usual template and personalisation skip zod;
// anything they do not accept goes to zod, which gives the verdict and the message. `test/fast-checks.test.ts` holds
// them equal to the schemas on random input.

/** A plain object (what zod reads as an object or record), without own keys zod would read differently. */
function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return false;
  if (Object.getOwnPropertySymbols(value).length > 0 || Object.hasOwn(value, '__proto__')) return false;
  // Only own enumerable data properties: zod skips hidden keys and reads a getter once, where callers may read it again.
  const names = Object.getOwnPropertyNames(value);
  if (names.length !== Object.keys(value).length) return false;
  for (const name of names) if (!('value' in (Object.getOwnPropertyDescriptor(value, name) as PropertyDescriptor))) return false;
  return true;
}

function onlyKeys(value: Record<string, unknown>, allowed: readonly string[]): boolean {
  for (const key in value) if (!allowed.includes(key)) return false;
  return true;
}

const isText = (value: unknown): value is string => typeof value === 'string' && value.length > 0;

function isVariant(value: unknown, type: string): boolean {
  if (!isPlainRecord(value) || !onlyKeys(value, ['subject', 'body']) || !isText(value.body)) return false;
  // An email or letter needs a subject and a text message has none (the schema's own rule).
  return type === 'sms' ? value.subject === undefined : isText(value.subject);
}

/** True only for a template that `templateSchema` accepts as it is. */
export function isPlainTemplate(value: unknown): value is Template {
  if (!isPlainRecord(value) || !onlyKeys(value, ['id', 'type', 'name', 'formattedPlaceholders', 'variants'])) return false;
  const { id, type, name, formattedPlaceholders, variants } = value;
  if (typeof id !== 'string' || id.length < 1 || id.length > 200) return false;
  if (type !== 'email' && type !== 'sms' && type !== 'letter') return false;
  if (name !== undefined && typeof name !== 'string') return false;
  if (formattedPlaceholders !== undefined) {
    if (!Array.isArray(formattedPlaceholders) || Object.getPrototypeOf(formattedPlaceholders) !== Array.prototype) return false;
    for (let i = 0; i < formattedPlaceholders.length; i += 1) {
      const entry: unknown = formattedPlaceholders[i];
      if (typeof entry !== 'string' || entry.length < 1 || entry.length > 200) return false;
    }
  }
  if (!isPlainRecord(variants) || !onlyKeys(variants, ['en', 'cy']) || !isVariant(variants.en, type)) return false;
  return variants.cy === undefined || isVariant(variants.cy, type);
}

const isScalar = (value: unknown): boolean =>
  value === null || typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));

/** True only for personalisation that `personalisationSchema` accepts as it is. */
export function isPlainPersonalisation(value: unknown): value is z.output<typeof personalisationSchema> {
  if (!isPlainRecord(value)) return false;
  for (const key of Object.getOwnPropertyNames(value)) {
    const entry: unknown = value[key];
    if (entry === undefined || isScalar(entry)) continue;
    if (!Array.isArray(entry) || Object.getPrototypeOf(entry) !== Array.prototype) return false;
    for (let i = 0; i < entry.length; i += 1) if (!isScalar(entry[i])) return false;
  }
  return true;
}
