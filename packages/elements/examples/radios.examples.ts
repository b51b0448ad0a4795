import type { RadiosOptions } from '../src/index.js';
import type { Example } from './types.js';

export const radiosExamples: readonly Example<RadiosOptions>[] = [
  {
    name: 'Default',
    options: {
      name: 'whereDoYouLive',
      idPrefix: 'where-do-you-live',
      fieldset: { legend: { text: 'Where do you live?', size: 'l', isPageHeading: true } },
      items: [
        { value: 'england', text: 'England' },
        { value: 'scotland', text: 'Scotland' },
        { value: 'wales', text: 'Wales' },
        { value: 'northern-ireland', text: 'Northern Ireland' },
      ],
    },
  },
  {
    name: 'Inline',
    options: {
      name: 'changedName',
      idPrefix: 'changed-name',
      fieldset: { legend: { text: 'Have you changed your name?', size: 'm' } },
      hint: 'This includes changing your last name or spelling your name differently',
      inline: true,
      items: [
        { value: 'yes', text: 'Yes' },
        { value: 'no', text: 'No' },
      ],
    },
  },
  {
    name: 'With item hints, divider and value',
    options: {
      name: 'signIn',
      idPrefix: 'sign-in',
      fieldset: { legend: { text: 'How do you want to sign in?' } },
      value: 'government-gateway',
      items: [
        {
          value: 'government-gateway',
          text: 'Sign in with Government Gateway',
          hint: 'You’ll have a user ID if you’ve registered for Self Assessment',
        },
        {
          value: 'govuk-one-login',
          text: 'Sign in with GOV.UK One Login',
          hint: 'You’ll have an account if you’ve already proved your identity',
        },
        { divider: true },
        { value: 'create-account', text: 'Create an account' },
      ],
    },
  },
  {
    name: 'Conditional reveal',
    options: {
      name: 'contact',
      idPrefix: 'contact',
      fieldset: { legend: { text: 'How would you prefer to be contacted?', size: 'm' } },
      hint: 'Select one option',
      value: 'phone',
      items: [
        { value: 'email', text: 'Email', conditional: { text: 'We will email the address you gave on the last page.' } },
        { value: 'phone', text: 'Phone', conditional: { text: 'We will call the number you gave between 9am and 5pm.' } },
        { value: 'post', text: 'Post' },
      ],
    },
  },
  {
    name: 'Small, with error message',
    options: {
      name: 'council',
      idPrefix: 'council',
      fieldset: { legend: { text: 'Which council do you pay Council Tax to?', size: 's' } },
      errorMessage: 'Select the council you pay Council Tax to',
      small: true,
      items: [
        { value: 'cardiff', text: 'Cardiff' },
        { value: 'swansea', text: 'Swansea' },
        { value: 'newport', text: 'Newport' },
      ],
    },
  },
  {
    name: 'Welsh, with divider and error message',
    lang: 'cy',
    options: {
      name: 'iaith',
      idPrefix: 'iaith',
      fieldset: { legend: { text: 'Ym mha iaith hoffech chi gael gohebiaeth?' } },
      errorMessage: 'Dewiswch iaith',
      items: [{ value: 'cy', text: 'Cymraeg' }, { value: 'en', text: 'Saesneg' }, { divider: true }, { value: 'both', text: 'Y ddwy' }],
    },
  },
];
