import type { Meta } from '@storybook/web-components-vite';
import '../packages/cases-elements/src/define.js';
import { subNavigationAttributes } from '../packages/cases-elements/src/index.js';
import { subNavigationExamples as examples } from '../packages/cases-elements/examples/sub-navigation.examples.js';
import { renderElement, storyFrom } from './support.js';

const meta: Meta = {
  title: 'Cases/Sub navigation',
  component: 'civic-sub-navigation',
  render: renderElement('civic-sub-navigation'),
};
export default meta;

export const SectionsOfACase = storyFrom(examples, 'Sections of a case', subNavigationAttributes);
export const NamedLandmark = storyFrom(examples, 'Named landmark', subNavigationAttributes);
export const Welsh = storyFrom(examples, 'Welsh', subNavigationAttributes);
