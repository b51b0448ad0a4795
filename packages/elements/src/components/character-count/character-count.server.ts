import { renderComponent, type RenderContext } from '../../lib/server-render.js';
import { withTextareaValue } from '../field/textarea-value.js';
import type * as z from 'zod/mini';
import { characterCountAttributes } from './character-count.attributes.js';
import { characterCountMessages } from './character-count.messages.js';
import { characterCountOptionsSchema } from './character-count.options.js';
import { characterCountTemplate } from './character-count.template.js';

/**
 * Renders a GOV.UK character count as HTML. Without JavaScript it shows the limit ("You can enter up to 200
 * characters"), as govuk-frontend does; the element adds the live count when its script loads.
 */
export function renderCharacterCount(options: z.input<typeof characterCountOptionsSchema>, context: RenderContext = {}): string {
  const markup = renderComponent(
    {
      tagName: 'civic-character-count',
      schema: characterCountOptionsSchema,
      codePrefix: 'elements.character_count',
      what: 'character count options',
      catalogue: characterCountMessages,
      template: (valid, t) => characterCountTemplate(valid, t),
      attributes: characterCountAttributes,
    },
    options,
    context,
  );
  return withTextareaValue(markup, options.value);
}
