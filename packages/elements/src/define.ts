// Registers every Civic Bricks element under its `civic-` tag. Safe to import more than once.
import { CivicButton } from './components/button/button.js';
import { CivicErrorSummary } from './components/error-summary/error-summary.js';
import { CivicTextInput } from './components/text-input/text-input.js';
import { defineElement } from './lib/define-element.js';

export const tagNames = {
  'civic-button': CivicButton,
  'civic-error-summary': CivicErrorSummary,
  'civic-text-input': CivicTextInput,
} as const;

for (const [tagName, elementClass] of Object.entries(tagNames)) {
  defineElement(tagName, elementClass);
}

declare global {
  interface HTMLElementTagNameMap {
    'civic-button': CivicButton;
    'civic-error-summary': CivicErrorSummary;
    'civic-text-input': CivicTextInput;
  }
}
