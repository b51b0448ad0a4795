import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { fieldsetAttributes, textInputAttributes } from '@civicbricks/elements';
import { fieldsetExamples as examples } from '../packages/elements/examples/fieldset.examples.js';
import { renderElement, storyFrom } from './support.js';

const meta: Meta = { title: 'Form controls/Fieldset', component: 'civic-fieldset', render: renderElement('civic-fieldset') };
export default meta;

const renderTextInput = renderElement('civic-text-input');

/** The example's story, with its text inputs between the tags as an author would write them. */
function fieldsetStory(name: string): StoryObj {
  const children = examples.find((example) => example.name === name)?.children ?? [];
  return {
    ...storyFrom(examples, name, fieldsetAttributes),
    render: (args) => {
      const fieldset = renderElement('civic-fieldset')(args);
      fieldset.append(...children.map((child) => renderTextInput(textInputAttributes(child))));
      return fieldset;
    },
  };
}

export const Address = fieldsetStory('Address');
export const AsPageHeading = fieldsetStory('As page heading');
export const WithErrorMessage = fieldsetStory('With error message');
export const SmallLegendAsAGroup = fieldsetStory('Small legend, as a group');
export const Welsh = fieldsetStory('Welsh');
