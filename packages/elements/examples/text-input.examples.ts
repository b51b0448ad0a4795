import type { TextInputOptions } from '../src/index.js';
import type { Example } from './types.js';

export const textInputExamples: readonly Example<TextInputOptions>[] = [
  { name: 'Default', options: { id: 'event-name', name: 'eventName', label: { text: 'What is the name of the event?' } } },
  {
    name: 'With hint',
    options: {
      id: 'event-name-hint',
      name: 'eventName',
      label: { text: 'What is the name of the event?' },
      hint: 'The name you’ll use on promotional material',
    },
  },
  {
    name: 'As page heading',
    options: {
      id: 'full-name',
      name: 'fullName',
      label: { text: 'What is your full name?', size: 'l', isPageHeading: true },
      autocomplete: 'name',
      spellcheck: false,
    },
  },
  {
    name: 'With error message',
    options: {
      id: 'passport-number',
      name: 'passportNumber',
      label: { text: 'Passport number' },
      hint: 'For example, 502135326',
      errorMessage: 'Enter your passport number',
      width: '10',
      inputmode: 'numeric',
      spellcheck: false,
    },
  },
  {
    name: 'With prefix and suffix',
    options: {
      id: 'cost',
      name: 'cost',
      label: { text: 'Cost per item, in pounds' },
      prefix: '£',
      suffix: 'per item',
      width: '5',
      inputmode: 'decimal',
      spellcheck: false,
    },
  },
  {
    name: 'Fluid width with value',
    options: {
      id: 'address-line-1',
      name: 'addressLine1',
      label: { text: 'Address line 1' },
      autocomplete: 'address-line1',
      width: 'two-thirds',
      value: '1 High Street',
    },
  },
  {
    name: 'Welsh, with error message',
    lang: 'cy',
    options: {
      id: 'enw-llawn',
      name: 'fullName',
      label: { text: 'Beth yw eich enw llawn?' },
      errorMessage: 'Rhowch eich enw llawn',
      autocomplete: 'name',
    },
  },
  {
    name: 'GOV.UK options: html hint, classes, attributes and a suffix object',
    options: {
      name: 'councilTaxReference',
      label: { text: 'Council Tax reference number', classes: 'govuk-label--s' },
      hint: {
        html: 'It is on your <strong>bill</strong>. <a class="govuk-link" href="/council-tax/lost-bill">Find a lost bill</a>',
      },
      errorMessage: { text: 'Enter your Council Tax reference number', classes: 'govuk-!-margin-bottom-2' },
      classes: 'govuk-input--width-10',
      attributes: { 'data-analytics': 'council-tax-reference', 'aria-required': 'true' },
      suffix: { text: 'digits', classes: 'govuk-!-font-weight-bold' },
      formGroup: { classes: 'govuk-!-margin-bottom-6' },
    },
  },
];
