import * as z from 'zod/mini';
import { cookieChoices } from './cookie-banner.choices.js';

export { cookieChoices, type CookieChoice } from './cookie-banner.choices.js';

// Options schemas live apart from the templates so the browser bundle never carries zod: only the server render functions validate with them.
export const cookieBannerOptionsSchema = z.object({
  /** Names the banner and its heading: "Cookies on Report a missed bin" (Welsh: "Cwcis ar wefan …", so no mutation falls on the name). */
  serviceName: z.string().check(z.minLength(1, 'A cookie banner needs the service’s name (serviceName)')),
  /** Your cookies page, for "View cookies" and "change your cookie settings"; defaults to `/cookies`. */
  cookiesPageUrl: z.optional(z.string()),
  /** Where the form posts the choice when JavaScript is off; leave out to post to the same page. */
  formAction: z.optional(z.string()),
  /** The form field that carries `accept`, `reject` or `hide`; defaults to `cookies`. */
  fieldName: z.optional(z.string().check(z.minLength(1))),
  /** A CSRF token for your form handler, sent as a hidden field. */
  csrfToken: z.optional(z.string()),
  /** The hidden field's name for `csrfToken`; defaults to `_csrf`. */
  csrfFieldName: z.optional(z.string().check(z.minLength(1))),
  /** Set after the person chose (on the page the form posted back to): the banner shows the confirmation instead of the question. */
  choice: z.optional(z.enum(cookieChoices)),
});

/** Options for the GOV.UK cookie banner, for a service that uses analytics cookies. */
export type CookieBannerOptions = z.infer<typeof cookieBannerOptionsSchema>;
