// Registers every Civic Bricks element under its `civic-` tag. Safe to import more than once.
import { CivicButton } from './components/button/button.js';
import { CivicErrorSummary } from './components/error-summary/error-summary.js';
import { CivicTextInput } from './components/text-input/text-input.js';
import { CivicTextarea } from './components/textarea/textarea.js';
import { CivicCharacterCount } from './components/character-count/character-count.js';
import { CivicRadios } from './components/radios/radios.js';
import { CivicCheckboxes } from './components/checkboxes/checkboxes.js';
import { CivicSelect } from './components/select/select.js';
import { CivicDateInput } from './components/date-input/date-input.js';
import { CivicTag } from './components/tag/tag.js';
import { CivicInsetText } from './components/inset-text/inset-text.js';
import { CivicWarningText } from './components/warning-text/warning-text.js';
import { CivicPanel } from './components/panel/panel.js';
import { CivicDetails } from './components/details/details.js';
import { CivicNotificationBanner } from './components/notification-banner/notification-banner.js';
import { CivicBackLink } from './components/back-link/back-link.js';
import { CivicSkipLink } from './components/skip-link/skip-link.js';
import { CivicBreadcrumbs } from './components/breadcrumbs/breadcrumbs.js';
import { CivicSummaryList } from './components/summary-list/summary-list.js';
import { CivicHeader } from './components/header/header.js';
import { CivicServiceNavigation } from './components/service-navigation/service-navigation.js';
import { CivicFooter } from './components/footer/footer.js';
import { CivicCookieBanner } from './components/cookie-banner/cookie-banner.js';
import { CivicExitThisPage } from './components/exit-this-page/exit-this-page.js';
import { CivicTable } from './components/table/table.js';
import { CivicTabs } from './components/tabs/tabs.js';
import { CivicAccordion } from './components/accordion/accordion.js';
import { CivicPagination } from './components/pagination/pagination.js';
import { CivicTaskList } from './components/task-list/task-list.js';
import { CivicPhaseBanner } from './components/phase-banner/phase-banner.js';
import { CivicFieldset } from './components/fieldset/fieldset.js';
import { defineElement } from './lib/define-element.js';
// Type only: the component list is checked at compile time, and nothing of it reaches the bundle.
import type { ComponentTag } from '../examples/components.js';

export const tagNames = {
  'civic-button': CivicButton,
  'civic-error-summary': CivicErrorSummary,
  'civic-text-input': CivicTextInput,
  'civic-textarea': CivicTextarea,
  'civic-character-count': CivicCharacterCount,
  'civic-radios': CivicRadios,
  'civic-checkboxes': CivicCheckboxes,
  'civic-select': CivicSelect,
  'civic-date-input': CivicDateInput,
  'civic-tag': CivicTag,
  'civic-inset-text': CivicInsetText,
  'civic-warning-text': CivicWarningText,
  'civic-panel': CivicPanel,
  'civic-details': CivicDetails,
  'civic-notification-banner': CivicNotificationBanner,
  'civic-back-link': CivicBackLink,
  'civic-skip-link': CivicSkipLink,
  'civic-breadcrumbs': CivicBreadcrumbs,
  'civic-summary-list': CivicSummaryList,
  'civic-header': CivicHeader,
  'civic-service-navigation': CivicServiceNavigation,
  'civic-footer': CivicFooter,
  'civic-cookie-banner': CivicCookieBanner,
  'civic-exit-this-page': CivicExitThisPage,
  'civic-table': CivicTable,
  'civic-tabs': CivicTabs,
  'civic-accordion': CivicAccordion,
  'civic-pagination': CivicPagination,
  'civic-task-list': CivicTaskList,
  'civic-phase-banner': CivicPhaseBanner,
  // After the controls, so over server markup they upgrade (and keep what was typed) before the fieldset moves them.
  'civic-fieldset': CivicFieldset,
} as const satisfies Record<ComponentTag, CustomElementConstructor>;

for (const [tagName, elementClass] of Object.entries(tagNames)) {
  defineElement(tagName, elementClass);
}

declare global {
  interface HTMLElementTagNameMap {
    'civic-button': CivicButton;
    'civic-error-summary': CivicErrorSummary;
    'civic-text-input': CivicTextInput;
    'civic-summary-list': CivicSummaryList;
    'civic-header': CivicHeader;
    'civic-service-navigation': CivicServiceNavigation;
    'civic-footer': CivicFooter;
    'civic-cookie-banner': CivicCookieBanner;
    'civic-exit-this-page': CivicExitThisPage;
    'civic-table': CivicTable;
    'civic-tabs': CivicTabs;
    'civic-accordion': CivicAccordion;
    'civic-pagination': CivicPagination;
    'civic-task-list': CivicTaskList;
    'civic-phase-banner': CivicPhaseBanner;
    'civic-breadcrumbs': CivicBreadcrumbs;
    'civic-skip-link': CivicSkipLink;
    'civic-back-link': CivicBackLink;
    'civic-notification-banner': CivicNotificationBanner;
    'civic-details': CivicDetails;
    'civic-panel': CivicPanel;
    'civic-warning-text': CivicWarningText;
    'civic-inset-text': CivicInsetText;
    'civic-textarea': CivicTextarea;
    'civic-character-count': CivicCharacterCount;
    'civic-radios': CivicRadios;
    'civic-checkboxes': CivicCheckboxes;
    'civic-select': CivicSelect;
    'civic-date-input': CivicDateInput;
    'civic-tag': CivicTag;
    'civic-fieldset': CivicFieldset;
  }
}
