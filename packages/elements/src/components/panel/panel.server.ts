import { renderComponent, type RenderContext } from '../../lib/server-render.js';
import { fieldMessages } from '../../messages.js';
import { panelAttributes } from './panel.attributes.js';
import { panelOptionsSchema, type PanelOptions } from './panel.options.js';
import { panelTemplate } from './panel.template.js';

/** Renders a GOV.UK confirmation panel as HTML. */
export function renderPanel(options: PanelOptions, context: RenderContext = {}): string {
  return renderComponent(
    {
      tagName: 'civic-panel',
      schema: panelOptionsSchema,
      codePrefix: 'elements.panel',
      what: 'panel options',
      catalogue: fieldMessages,
      template: (valid) => panelTemplate(valid),
      attributes: panelAttributes,
    },
    options,
    context,
  );
}
