import * as z from 'zod/mini';

// Options schemas live apart from the templates so the browser bundle never carries zod: only the server render functions validate with them.
export const notificationBannerOptionsSchema = z.object({
  /** Plain text only: GOV.UK's `html` (and the macro's `caller` block) are not offered because there is no sanitiser yet. */
  text: z.string().check(z.minLength(1, 'A notification banner needs text')),
  /** `success` for the green banner that confirms something just happened; leave unset for important information. */
  type: z.optional(z.literal('success')),
  /** Defaults to "Important" or "Success" (Welsh: "Pwysig", "Llwyddiant"). Plain text only: `titleHtml` is not offered. */
  titleText: z.optional(z.string()),
  /** Defaults to `govuk-notification-banner-title`: give each banner its own when a page has more than one. */
  titleId: z.optional(z.string().check(z.regex(/^[A-Za-z][\w:.-]*$/, 'titleId must start with a letter and contain no spaces'))),
  titleHeadingLevel: z.optional(z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6)])),
  /** Overrides the role: `region` (a landmark) by default, `alert` for success banners. */
  role: z.optional(z.string()),
  /** A success banner (any banner with `role="alert"`) takes focus when it appears; turn that off only if the page manages focus itself. */
  disableAutoFocus: z.optional(z.boolean()),
});

/** Options for a GOV.UK notification banner, named as in the GOV.UK Design System's macro. */
export type NotificationBannerOptions = z.infer<typeof notificationBannerOptionsSchema>;
