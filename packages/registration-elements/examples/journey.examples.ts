import type { Answers, JourneyDefinition } from '@civicbricks/registration';
import type { Example } from '../../elements/examples/types.js';
import warmSpace from '../../registration/examples/warm-space-library.json' with { type: 'json' };
import blueBadge from '../../registration/examples/blue-badge.json' with { type: 'json' };
import everyQuestion from './every-question.json' with { type: 'json' };

/** What a story or test gives `<civic-journey>`: the journey, the answers so far and the page to show. */
export interface JourneyExampleOptions {
  readonly definition: JourneyDefinition;
  readonly answers?: Answers;
  readonly pageId?: string;
  readonly reference?: string;
}

const warmSpaceAnswers: Answers = {
  ageGroup: '16to64',
  name: 'Sam Jones',
  contactOk: true,
  phone: '+447700900982',
  email: 'sam@example.org',
  days: ['mon', 'wed'],
  withYou: [{ firstName: 'Alex', isChild: true }],
  access: ['quietArea'],
};

export const journeyExamples: readonly Example<JourneyExampleOptions>[] = [
  { name: 'Warm space registration', options: { definition: warmSpace as JourneyDefinition } },
  { name: 'Add another', options: { definition: warmSpace as JourneyDefinition, answers: warmSpaceAnswers, pageId: 'with-you' } },
  { name: 'Check your answers', options: { definition: warmSpace as JourneyDefinition, answers: warmSpaceAnswers, pageId: 'check' } },
  {
    name: 'Confirmation',
    options: { definition: warmSpace as JourneyDefinition, answers: warmSpaceAnswers, pageId: 'registered', reference: 'WSL-4K7M-2QXD' },
  },
  { name: 'Exit page', options: { definition: warmSpace as JourneyDefinition, answers: { ageGroup: 'under16' }, pageId: 'ask-an-adult' } },
  { name: 'Every question type', options: { definition: everyQuestion as JourneyDefinition, pageId: 'about-you' } },
  { name: 'Blue badge application', options: { definition: blueBadge as JourneyDefinition } },
  { name: 'Welsh', lang: 'cy', options: { definition: warmSpace as JourneyDefinition, answers: warmSpaceAnswers, pageId: 'check' } },
];
