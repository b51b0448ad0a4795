import * as z from 'zod/mini';

// Options schemas live apart from the templates so the browser bundle never carries zod: only the server render functions validate with them.
const idPattern = z.regex(/^[A-Za-z][\w:.-]*$/, 'must start with a letter and contain no spaces');

export const tabsPanelSchema = z.object({
  /** A heading at the top of the panel (`govuk-heading-l`, as in GOV.UK's examples), so the panel still makes sense read as a section without script. */
  title: z.optional(z.string()),
  /** Plain text only: GOV.UK's `panel.html` is not offered because there is no sanitiser yet. */
  text: z.string().check(z.minLength(1, 'Each tab panel needs text')),
});

export const tabsItemSchema = z.object({
  /** The panel's id, which the tab links to and the page's hash can name; defaults to `<idPrefix>-<position from 1>`. */
  id: z.optional(z.string().check(idPattern)),
  label: z.string().check(z.minLength(1, 'Each tab needs a label, such as "Past week"')),
  panel: tabsPanelSchema,
});

export const tabsOptionsSchema = z.object({
  items: z.array(tabsItemSchema).check(z.minLength(1, 'Tabs need at least one item')),
  /** Heading of the contents list shown without script and on small screens. Defaults to "Contents" (Welsh "Cynnwys"). */
  title: z.optional(z.string()),
  /** Prefix for panel ids that items do not give; defaults to `civic-tabs`. Give each set of tabs on a page its own. */
  idPrefix: z.optional(z.string().check(idPattern)),
});

export type TabsPanel = z.infer<typeof tabsPanelSchema>;
export type TabsItem = z.infer<typeof tabsItemSchema>;
/** Options for GOV.UK tabs, named as in the GOV.UK Design System's macro. */
export type TabsOptions = z.infer<typeof tabsOptionsSchema>;
