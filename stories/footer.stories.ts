import type { Meta } from '@storybook/web-components-vite';
import { footerAttributes } from '@civicbricks/elements';
import { footerExamples as examples } from '../packages/elements/examples/footer.examples.js';
import { renderElement, storyFrom } from './support.js';

const meta: Meta = { title: 'Page furniture/Footer', component: 'civic-footer', render: renderElement('civic-footer') };
export default meta;

export const Council = storyFrom(examples, 'Council', footerAttributes);
export const CouncilWithContentLicence = storyFrom(examples, 'Council with content licence', footerAttributes);
export const Minimal = storyFrom(examples, 'Minimal', footerAttributes);
export const GovukBranding = storyFrom(examples, 'GOV.UK branding', footerAttributes);
export const Welsh = storyFrom(examples, 'Welsh', footerAttributes);
export const WelshGovukBranding = storyFrom(examples, 'Welsh GOV.UK branding', footerAttributes);
