import type { CitizenProfile, ConsentRecord, JourneyDefinition } from '../src/index.js';

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

/** A journey whose name, date of birth, email and postcode can be prefilled from a profile (tell us once). */
export const prefillJourneyDefinition = {
  schemaVersion: 1,
  id: 'register-with-profile',
  version: 1,
  title: { en: 'Register' },
  start: 'name',
  pages: [
    {
      id: 'name',
      type: 'question',
      questions: [{ id: 'name', type: 'name', parts: 'firstAndLast', label: { en: 'What is your name?' }, prefill: { from: 'name' } }],
      routes: [{ to: 'dob' }],
    },
    {
      id: 'dob',
      type: 'question',
      questions: [{ id: 'dob', type: 'date', mustBe: 'past', label: { en: 'Date of birth' }, prefill: { from: 'dateOfBirth' } }],
      routes: [{ to: 'contact' }],
    },
    {
      id: 'contact',
      type: 'question',
      title: { en: 'How can we contact you?' },
      questions: [
        { id: 'email', type: 'email', label: { en: 'Email address' }, prefill: { from: 'email' } },
        { id: 'postcode', type: 'postcode', label: { en: 'Postcode' }, prefill: { from: 'postcode' } },
      ],
      routes: [{ to: 'reason' }],
    },
    {
      id: 'reason',
      type: 'question',
      questions: [{ id: 'reason', type: 'text', label: { en: 'Why are you registering?' } }],
      routes: [{ to: 'check' }],
    },
    { id: 'check', type: 'checkAnswers', next: 'done' },
    { id: 'done', type: 'confirmation', title: { en: 'Done' } },
  ],
};

export const profile: CitizenProfile = {
  personId: 'person-17',
  name: { first: 'Megan', last: 'Pritchard' },
  dateOfBirth: '1984-07-09',
  email: 'megan@example.org',
  address: { line1: '3 Castle Street', town: 'Cardiff', postcode: 'cf10 1ep' },
};

export const consent: ConsentRecord = {
  personId: 'person-17',
  givenAt: '2026-01-10T09:00:00Z',
  wording: 'We can use the details you gave us before to fill in this form. You can check and change them.',
  wordingVersion: '2026-01',
  channel: 'online',
};
