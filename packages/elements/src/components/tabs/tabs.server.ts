import { renderComponent, type RenderContext } from '../../lib/server-render.js';
import { tabsAttributes } from './tabs.attributes.js';
import { tabsMessages } from './tabs.messages.js';
import { tabsOptionsSchema, type TabsOptions } from './tabs.options.js';
import { tabsTemplate } from './tabs.template.js';

/**
 * Renders GOV.UK tabs as HTML: a "Contents" list of links to panels that all show. `<civic-tabs>` turns it
 * into tabs when its script runs on a screen at least tablet-wide, since without it the tabs could not switch.
 */
export function renderTabs(options: TabsOptions, context: RenderContext = {}): string {
  return renderComponent(
    {
      tagName: 'civic-tabs',
      schema: tabsOptionsSchema,
      codePrefix: 'elements.tabs',
      what: 'tabs options',
      catalogue: tabsMessages,
      template: (valid, t) => tabsTemplate(valid, t),
      attributes: tabsAttributes,
    },
    options,
    context,
  );
}
