import * as z from 'zod/mini';
import { attributes, classes, govukObject, textOrHtmlShape } from '../../lib/govuk-options.js';

// Options schemas live apart from the templates so the browser bundle never carries zod: only the server render functions validate with them.
const component = 'panel';
const headingLevel = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6)]);

/** GOV.UK's panel macro options (https://design-system.service.gov.uk/components/panel/). */
export const panelOptionsSchema = govukObject(component, {
  /** The title, such as "Application complete". */
  titleText: z.optional(z.string()),
  /** GOV.UK's `titleHtml` (sanitised), instead of `titleText`. */
  titleHtml: z.optional(z.string()),
  /** Often a reference number; `html` is sanitised. */
  ...textOrHtmlShape,
  /** Heading level of the title; 1 (the default) because the panel is usually the page's heading. */
  headingLevel: z.optional(
    z.union([
      headingLevel,
      z.pipe(
        z.enum(['1', '2', '3', '4', '5', '6']),
        z.transform((level) => Number(level) as 1),
      ),
      z.pipe(
        z.literal(''),
        z.transform(() => undefined),
      ),
    ]),
  ),
  /** `govuk-panel--interruption` gives GOV.UK's interruption panel (with `actions`) instead of the confirmation. */
  classes,
  attributes,
  /** The interruption panel's buttons and links. */
  actions: z.optional(
    govukObject(`${component} actions`, {
      classes,
      attributes,
      items: z.optional(
        z.array(
          govukObject(`${component} action`, {
            text: z.string(),
            href: z.optional(z.string()),
            type: z.optional(z.enum(['button', 'submit', 'reset'])),
            classes,
            attributes,
          }),
        ),
      ),
    }),
  ),
}).check(
  z.refine((options) => Boolean(options.titleText) || Boolean(options.titleHtml), {
    message: 'panel: a panel needs a title (`titleText` or `titleHtml`), such as "Application complete"',
    path: ['titleText'],
  }),
);

/** Options for a GOV.UK panel, named as in the GOV.UK Design System's macro. */
export type PanelOptions = z.infer<typeof panelOptionsSchema>;
