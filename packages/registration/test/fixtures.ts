import type { JourneyDefinition } from '../src/index.js';

/** A small council registration: age check with an exit page, a branch on having children, check answers. */
export const registerJourney = {
  schemaVersion: 1,
  id: 'register-garden-waste',
  version: 1,
  title: { en: 'Register for garden waste collection', cy: 'Cofrestru ar gyfer casglu gwastraff gardd' },
  start: 'dob',
  pages: [
    {
      id: 'dob',
      type: 'question',
      questions: [
        {
          id: 'dob',
          type: 'date',
          label: { en: 'What is your date of birth?', cy: 'Beth yw eich dyddiad geni?' },
          mustBe: 'past',
          errorLabel: { en: { enter: 'your date of birth', name: 'Date of birth' } },
        },
      ],
      routes: [{ to: 'too-young', when: { question: 'dob', op: 'after', value: { relative: { years: -16 } } } }, { to: 'children' }],
    },
    { id: 'too-young', type: 'exit', title: { en: 'You cannot use this service', cy: 'Ni allwch ddefnyddio’r gwasanaeth hwn' } },
    {
      id: 'children',
      type: 'question',
      questions: [{ id: 'hasChildren', type: 'yesNo', label: { en: 'Do you have children?', cy: 'Oes gennych chi blant?' } }],
      routes: [{ to: 'how-many', when: { question: 'hasChildren', op: 'equals', value: true } }, { to: 'address' }],
    },
    {
      id: 'how-many',
      type: 'question',
      questions: [{ id: 'childCount', type: 'number', label: { en: 'How many children do you have?' }, min: 1 }],
      routes: [{ to: 'address' }],
    },
    {
      id: 'address',
      type: 'question',
      title: { en: 'Your address and phone number' },
      questions: [
        { id: 'address', type: 'address', label: { en: 'Address', cy: 'Cyfeiriad' } },
        { id: 'phone', type: 'phone', label: { en: 'Phone number' }, optional: true },
      ],
      routes: [{ to: 'check' }],
    },
    { id: 'check', type: 'checkAnswers', next: 'done' },
    { id: 'done', type: 'confirmation', title: { en: 'Registration complete', cy: 'Cofrestru wedi’i gwblhau' } },
  ],
} satisfies JourneyDefinition;

export const today = '2026-03-15';
export const address = { line1: '1 High Street', town: 'Cardiff', postcode: 'CF10 1EP' };
