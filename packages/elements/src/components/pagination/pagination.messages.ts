import { declareMessages } from '@civicbricks/core/i18n';

// English is govuk-frontend's own: "Previous" shown, the full "Previous page" for screen readers (the rest
// visually hidden). Welsh puts the noun first ("tudalen flaenorol", with a soft mutation), which a hidden
// suffix after the visible word cannot say, so in Welsh the full name is the visible word itself.
export const paginationMessages = declareMessages({
  en: {
    landmarkLabel: 'Pagination',
    previous: 'Previous',
    previousPage: 'Previous page',
    next: 'Next',
    nextPage: 'Next page',
    pageNumber: 'Page %{number}',
  },
  cy: {
    landmarkLabel: 'Tudalennu',
    previous: 'Blaenorol',
    previousPage: 'Blaenorol',
    next: 'Nesaf',
    nextPage: 'Nesaf',
    pageNumber: 'Tudalen %{number}',
  },
});

export type PaginationMessageKey = 'landmarkLabel' | 'previous' | 'previousPage' | 'next' | 'nextPage' | 'pageNumber';
