import type { Meta } from '@storybook/web-components-vite';
import { characterCountAttributes } from '@civicbricks/elements';
import { characterCountExamples as examples } from '../packages/elements/examples/character-count.examples.js';
import { renderElement, storyFrom } from './support.js';

const meta: Meta = {
  title: 'Form controls/Character count',
  component: 'civic-character-count',
  render: renderElement('civic-character-count'),
};
export default meta;

export const Default = storyFrom(examples, 'Default', characterCountAttributes);
export const WordCount = storyFrom(examples, 'Word count', characterCountAttributes);
export const WithThreshold = storyFrom(examples, 'With threshold', characterCountAttributes);
export const OverTheLimitWithErrorMessage = storyFrom(examples, 'Over the limit, with error message', characterCountAttributes);
export const Welsh = storyFrom(examples, 'Welsh', characterCountAttributes);
export const WelshWordCount = storyFrom(examples, 'Welsh word count', characterCountAttributes);
