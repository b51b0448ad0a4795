// Server only, and only for `trustedInnerHtml`: HTML the caller vouches for (the other render functions' output), never a person's text.
// eslint-disable-next-line no-restricted-imports -- the one deliberate exception; the option's name and docs put the responsibility on the caller
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
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
  return renderComponent(
    {
      tagName: 'civic-fieldset',
      schema: fieldsetOptionsSchema,
      codePrefix: 'elements.fieldset',
      what: 'fieldset options',
      catalogue: fieldMessages,
      template: (valid) => fieldsetTemplate(valid, valid.trustedInnerHtml ? unsafeHTML(valid.trustedInnerHtml) : undefined),
      attributes: fieldsetAttributes,
    },
    options,
    context,
  );
}
