import { renderComponent, type RenderContext } from '../../lib/server-render.js';
import { choicesMessages } from '../field/choices.messages.js';
import type * as z from 'zod/mini';
import { radiosAttributes } from './radios.attributes.js';
import { radiosOptionsSchema, type RadiosOptions } from './radios.options.js';
import { radiosTemplate } from './radios.template.js';

/** Renders GOV.UK radios in a fieldset with legend, hint and error message as HTML. */
export function renderRadios(options: z.input<typeof radiosOptionsSchema> | RadiosOptions, context: RenderContext = {}): string {
  return renderComponent(
    {
      tagName: 'civic-radios',
      schema: radiosOptionsSchema,
      codePrefix: 'elements.radios',
      what: 'radios options',
      catalogue: choicesMessages,
      template: (valid, t) => radiosTemplate(valid, t),
      attributes: radiosAttributes,
    },
    options,
    context,
  );
}
