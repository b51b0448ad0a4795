import { declareMessages } from '@civicbricks/core/i18n';

// govuk-frontend ships no Welsh for the accordion. "Cuddio’r adran hon" and "Dangos yr adran hon" are our own
// reading ("adran" is feminine, hence "hon"): to be checked by a Welsh translator.
export const accordionMessages = declareMessages({
  en: {
    showAllSections: 'Show all sections',
    hideAllSections: 'Hide all sections',
    showSection: 'Show',
    hideSection: 'Hide',
    showSectionAriaLabel: 'Show this section',
    hideSectionAriaLabel: 'Hide this section',
  },
  cy: {
    showAllSections: 'Dangos pob adran',
    hideAllSections: 'Cuddio pob adran',
    showSection: 'Dangos',
    hideSection: 'Cuddio',
    showSectionAriaLabel: 'Dangos yr adran hon',
    hideSectionAriaLabel: 'Cuddio’r adran hon',
  },
});

export type AccordionMessageKey = keyof typeof accordionMessages.en;
