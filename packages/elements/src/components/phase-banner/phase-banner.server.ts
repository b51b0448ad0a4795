import { renderComponent, type RenderContext } from '../../lib/server-render.js';
import { fieldMessages } from '../../messages.js';
import { phaseBannerAttributes } from './phase-banner.attributes.js';
import { phaseBannerOptionsSchema, type PhaseBannerOptions } from './phase-banner.options.js';
import { phaseBannerTemplate } from './phase-banner.template.js';

/** Renders a GOV.UK phase banner as HTML. Put it directly under the header. */
export function renderPhaseBanner(options: PhaseBannerOptions, context: RenderContext = {}): string {
  return renderComponent(
    {
      tagName: 'civic-phase-banner',
      schema: phaseBannerOptionsSchema,
      codePrefix: 'elements.phase_banner',
      what: 'phase banner options',
      catalogue: fieldMessages,
      template: (valid) => phaseBannerTemplate(valid),
      attributes: phaseBannerAttributes,
    },
    options,
    context,
  );
}
