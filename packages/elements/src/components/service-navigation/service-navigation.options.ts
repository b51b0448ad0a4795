import * as z from 'zod/mini';

const idPattern = /^[A-Za-z][\w:.-]*$/;

// Options schemas live apart from the templates so the browser bundle never carries zod: only the server render functions validate with them.
export const serviceNavigationItemSchema = z.object({
  /** Plain text only: GOV.UK's `html` is not offered because there is no sanitiser yet. */
  text: z.string().check(z.minLength(1)),
  /** Leave out for an item that is not a link. */
  href: z.optional(z.string()),
  /** The page the person is on: marked `aria-current="page"`. Takes precedence over `active`. */
  current: z.optional(z.boolean()),
  /** The section the person is in: marked `aria-current="true"`. */
  active: z.optional(z.boolean()),
});

export const serviceNavigationOptionsSchema = z.object({
  serviceName: z.optional(z.string()),
  /** The service's start page; links the service name. */
  serviceUrl: z.optional(z.string()),
  navigation: z.optional(z.array(serviceNavigationItemSchema)),
  /** Names the `section` landmark when there is a service name; defaults to "Service information" (Welsh: "Gwybodaeth am y gwasanaeth"). */
  ariaLabel: z.optional(z.string()),
  /** The mobile menu button's text; defaults to "Menu" (Welsh: "Dewislen"). */
  menuButtonText: z.optional(z.string()),
  /** A screen reader name for the menu button, when it should differ from its text. */
  menuButtonLabel: z.optional(z.string()),
  /** Names the `nav` landmark; defaults to the menu button's text. */
  navigationLabel: z.optional(z.string()),
  /** Id of the list the menu button controls; defaults to `navigation`. Give each one its own on a page with two. */
  navigationId: z.optional(z.string().check(z.regex(idPattern, 'navigationId must start with a letter and contain no spaces'))),
  /** Hides the items behind the menu button on small screens; by default when there is more than one item. */
  collapseNavigationOnMobile: z.optional(z.boolean()),
});

export type ServiceNavigationItem = z.infer<typeof serviceNavigationItemSchema>;
/** Options for GOV.UK service navigation, named as in the GOV.UK Design System's macro. */
export type ServiceNavigationOptions = z.infer<typeof serviceNavigationOptionsSchema>;
