import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../packages/registration-elements/src/define.js';
import type { CivicJourney } from '../packages/registration-elements/src/index.js';
import { journeyExamples, type JourneyExampleOptions } from '../packages/registration-elements/examples/journey.examples.js';

const meta: Meta<JourneyExampleOptions> = {
  title: 'Registration/Journey',
  component: 'civic-journey',
  // The journey is data, not attributes: the story sets the element's properties.
  render: (options) => {
    const journey = document.createElement('civic-journey') as CivicJourney;
    journey.definition = options.definition;
    journey.answers = options.answers ?? {};
    journey.pageId = options.pageId ?? '';
    if (options.reference) journey.setAttribute('reference', options.reference);
    return journey;
  },
};
export default meta;

function story(name: string): StoryObj<JourneyExampleOptions> {
  const example = journeyExamples.find((candidate) => candidate.name === name);
  if (!example) throw new Error(`No example named "${name}"`);
  return { name, args: example.options, parameters: example.lang ? { lang: example.lang } : {} };
}

export const WarmSpaceRegistration = story('Warm space registration');
export const AddAnother = story('Add another');
export const CheckYourAnswers = story('Check your answers');
export const Confirmation = story('Confirmation');
export const ExitPage = story('Exit page');
export const EveryQuestionType = story('Every question type');
export const BlueBadgeApplication = story('Blue badge application');
export const Welsh = story('Welsh');
