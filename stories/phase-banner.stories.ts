import type { Meta } from '@storybook/web-components-vite';
import { phaseBannerAttributes } from '@civicbricks/elements';
import { phaseBannerExamples as examples } from '../packages/elements/examples/phase-banner.examples.js';
import { renderElement, storyFrom } from './support.js';

const meta: Meta = { title: 'Feedback/Phase banner', component: 'civic-phase-banner', render: renderElement('civic-phase-banner') };
export default meta;

export const Beta = storyFrom(examples, 'Beta', phaseBannerAttributes);
export const Alpha = storyFrom(examples, 'Alpha', phaseBannerAttributes);
export const Welsh = storyFrom(examples, 'Welsh', phaseBannerAttributes);
