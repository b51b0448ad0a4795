import type { Meta } from '@storybook/web-components-vite';
import { cookieBannerAttributes } from '@civicbricks/elements';
import { cookieBannerExamples as examples } from '../packages/elements/examples/cookie-banner.examples.js';
import { renderElement, storyFrom } from './support.js';

const meta: Meta = {
  title: 'Page furniture/Cookie banner',
  component: 'civic-cookie-banner',
  render: renderElement('civic-cookie-banner'),
};
export default meta;

export const Default = storyFrom(examples, 'Default', cookieBannerAttributes);
export const PostingToAHandler = storyFrom(examples, 'Posting to a handler', cookieBannerAttributes);
export const Accepted = storyFrom(examples, 'Accepted', cookieBannerAttributes);
export const Rejected = storyFrom(examples, 'Rejected', cookieBannerAttributes);
export const Welsh = storyFrom(examples, 'Welsh', cookieBannerAttributes);
export const WelshAccepted = storyFrom(examples, 'Welsh accepted', cookieBannerAttributes);
