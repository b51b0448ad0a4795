import type { Meta } from '@storybook/web-components-vite';
import { headerAttributes } from '@civicbricks/elements';
import { headerExamples as examples } from '../packages/elements/examples/header.examples.js';
import { renderElement, storyFrom } from './support.js';

const meta: Meta = { title: 'Page furniture/Header', component: 'civic-header', render: renderElement('civic-header') };
export default meta;

export const CouncilName = storyFrom(examples, 'Council name', headerAttributes);
export const WithServiceName = storyFrom(examples, 'With service name', headerAttributes);
export const WithLogo = storyFrom(examples, 'With logo', headerAttributes);
export const GovukBranding = storyFrom(examples, 'GOV.UK branding', headerAttributes);
export const Welsh = storyFrom(examples, 'Welsh', headerAttributes);
