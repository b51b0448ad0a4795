// Registers <civic-journey> and every element its pages use. Safe to import more than once.
import '@civicbricks/elements/define';
import { defineElement } from '@civicbricks/elements';
import { CivicJourney } from './journey.js';

defineElement('civic-journey', CivicJourney);

declare global {
  interface HTMLElementTagNameMap {
    'civic-journey': CivicJourney;
  }
}
