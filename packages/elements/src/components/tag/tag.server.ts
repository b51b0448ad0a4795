import { renderComponent, type RenderContext } from '../../lib/server-render.js';
import { fieldMessages } from '../../messages.js';
import { tagAttributes } from './tag.attributes.js';
import { tagOptionsSchema, type TagOptions } from './tag.options.js';
import { tagTemplate } from './tag.template.js';

/** Renders a GOV.UK tag as HTML. */
export function renderTag(options: TagOptions, context: RenderContext = {}): string {
  return renderComponent(
    {
      tagName: 'civic-tag',
      schema: tagOptionsSchema,
      codePrefix: 'elements.tag',
      what: 'tag options',
      catalogue: fieldMessages,
      template: (valid) => tagTemplate(valid),
      attributes: tagAttributes,
    },
    options,
    context,
  );
}
