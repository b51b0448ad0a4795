import { randomUUID } from 'node:crypto';
import { renderComponent, type RenderContext } from '../../lib/server-render.js';
import { fieldMessages } from '../../messages.js';
import { fieldsetAttributes } from './fieldset.attributes.js';
import { fieldsetOptionsSchema, type FieldsetOptions } from './fieldset.options.js';
import { fieldsetTemplate } from './fieldset.template.js';

/**
 * Renders a GOV.UK fieldset as HTML, with `trustedInnerHtml` after the legend **as given, unescaped**:
 * the caller is responsible for that HTML being safe. Build it from the other render functions, for example
 * `renderFieldset({ legend: { text: 'What is your address?' }, trustedInnerHtml: renderTextInput(line1) + renderTextInput(town) })`,
 * never from text a person typed. When the element upgrades it keeps those same nodes, with whatever
 * the person already typed in them.
 */
export function renderFieldset(options: FieldsetOptions, context: RenderContext = {}): string {
  // The template renders a one-off text token where the content goes, and the token is then swapped for the
  // caller's HTML in the finished string: no HTML directive is needed, and nothing a person typed can be the token.
  const token = `civic-fieldset-content-${randomUUID()}`;
  let content = '';
  const html = renderComponent(
    {
      tagName: 'civic-fieldset',
      schema: fieldsetOptionsSchema,
      codePrefix: 'elements.fieldset',
      what: 'fieldset options',
      catalogue: fieldMessages,
      template: (valid) => {
        content = valid.trustedInnerHtml ?? '';
        return fieldsetTemplate(valid, content ? token : undefined);
      },
      attributes: fieldsetAttributes,
    },
    options,
    context,
  );
  return content ? html.replace(token, () => content) : html;
}
