// Registers <civic-journey> and every element its pages use. Safe to import more than once.
import '@civicbricks/elements/define';
import { defineElement } from '@civicbricks/elements';
import { CivicJourney } from './journey.js';

export const tagNames = { 'civic-journey': CivicJourney } as const;

for (const [tagName, elementClass] of Object.entries(tagNames)) defineElement(tagName, elementClass);

declare global {
  interface HTMLElementTagNameMap {
    'civic-journey': CivicJourney;
  }
}
