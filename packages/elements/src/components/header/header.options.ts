import * as z from 'zod/mini';
import { showsGovukBranding } from '../../lib/branding.js';
import { attributes, classes, govukObject } from '../../lib/govuk-options.js';

// Options schemas live apart from the templates so the browser bundle never carries zod: only the server render functions validate with them.
export const headerOptionsSchema = govukObject('header', {
  /** The council's or organisation's name, shown as the homepage link's text. Give this, a logo, or both. */
  organisationName: z.optional(z.string()),
  /** Where the name or logo links: the organisation's homepage. Defaults to `/` (`https://www.gov.uk/` with `govukBranding`). */
  homepageUrl: z.optional(z.string()),
  /** An image of the organisation's logo (SVG or PNG, shown 30px high). Needs `logoAlt`. */
  logoUrl: z.optional(z.string()),
  /** What the logo says, usually the organisation's name: it names the homepage link when there is no `organisationName`. */
  logoAlt: z.optional(z.string()),
  /** The service's name, shown after the organisation's. Leave it out when `<civic-service-navigation>` shows it instead. */
  serviceName: z.optional(z.string()),
  /** Links the service name, usually to the service's start page. */
  serviceUrl: z.optional(z.string()),
  /**
   * Only for services on GOV.UK: shows the GOV.UK crown and logotype instead of the organisation's
   * name and logo. The crown is only for government services on GOV.UK (see the GOV.UK brand guidelines).
   */
  govukBranding: z.optional(z.boolean()),
  /** GOV.UK's product name after the GOV.UK logotype (GOV.UK-branded header only). */
  productName: z.optional(z.string()),
  classes,
  /** Classes on the container, such as `govuk-header__container--full-width`. */
  containerClasses: classes,
  attributes,
}).check(
  z.refine((options) => options.logoUrl === undefined || (options.logoAlt ?? '').trim() !== '', {
    message: 'A logo needs alt text (logoAlt): what the logo says, usually the organisation’s name',
    path: ['logoAlt'],
  }),
  z.refine(
    (options) => showsGovukBranding(options.govukBranding) || Boolean(options.organisationName?.trim()) || options.logoUrl !== undefined,
    {
      message: 'A header needs the organisation’s name (organisationName), a logo (logoUrl and logoAlt), or govukBranding',
      path: ['organisationName'],
    },
  ),
);

/** Options for a council-branded header; with `govukBranding`, the GOV.UK header. */
export type HeaderOptions = z.infer<typeof headerOptionsSchema>;
