import { accordionAttributes } from '../src/components/accordion/accordion.attributes.js';
import { accordionExamples } from './accordion.examples.js';
import { backLinkAttributes } from '../src/components/back-link/back-link.attributes.js';
import { backLinkExamples } from './back-link.examples.js';
import { breadcrumbsAttributes } from '../src/components/breadcrumbs/breadcrumbs.attributes.js';
import { breadcrumbsExamples } from './breadcrumbs.examples.js';
import { buttonAttributes } from '../src/components/button/button.attributes.js';
import { buttonExamples } from './button.examples.js';
import { characterCountAttributes } from '../src/components/character-count/character-count.attributes.js';
import { characterCountExamples } from './character-count.examples.js';
import { checkboxesAttributes } from '../src/components/checkboxes/checkboxes.attributes.js';
import { checkboxesExamples } from './checkboxes.examples.js';
import { cookieBannerAttributes } from '../src/components/cookie-banner/cookie-banner.attributes.js';
import { cookieBannerExamples } from './cookie-banner.examples.js';
import { dateInputAttributes } from '../src/components/date-input/date-input.attributes.js';
import { dateInputExamples } from './date-input.examples.js';
import { detailsAttributes } from '../src/components/details/details.attributes.js';
import { detailsExamples } from './details.examples.js';
import { errorSummaryAttributes } from '../src/components/error-summary/error-summary.attributes.js';
import { errorSummaryExamples } from './error-summary.examples.js';
import { exitThisPageAttributes } from '../src/components/exit-this-page/exit-this-page.attributes.js';
import { exitThisPageExamples } from './exit-this-page.examples.js';
import { fieldsetAttributes } from '../src/components/fieldset/fieldset.attributes.js';
import { fieldsetExamples } from './fieldset.examples.js';
import { footerAttributes } from '../src/components/footer/footer.attributes.js';
import { footerExamples } from './footer.examples.js';
import { headerAttributes } from '../src/components/header/header.attributes.js';
import { headerExamples } from './header.examples.js';
import { insetTextAttributes } from '../src/components/inset-text/inset-text.attributes.js';
import { insetTextExamples } from './inset-text.examples.js';
import { notificationBannerAttributes } from '../src/components/notification-banner/notification-banner.attributes.js';
import { notificationBannerExamples } from './notification-banner.examples.js';
import { paginationAttributes } from '../src/components/pagination/pagination.attributes.js';
import { paginationExamples } from './pagination.examples.js';
import { panelAttributes } from '../src/components/panel/panel.attributes.js';
import { panelExamples } from './panel.examples.js';
import { phaseBannerAttributes } from '../src/components/phase-banner/phase-banner.attributes.js';
import { phaseBannerExamples } from './phase-banner.examples.js';
import { radiosAttributes } from '../src/components/radios/radios.attributes.js';
import { radiosExamples } from './radios.examples.js';
import { selectAttributes } from '../src/components/select/select.attributes.js';
import { selectExamples } from './select.examples.js';
import { serviceNavigationAttributes } from '../src/components/service-navigation/service-navigation.attributes.js';
import { serviceNavigationExamples } from './service-navigation.examples.js';
import { skipLinkAttributes } from '../src/components/skip-link/skip-link.attributes.js';
import { skipLinkExamples } from './skip-link.examples.js';
import { summaryListAttributes } from '../src/components/summary-list/summary-list.attributes.js';
import { summaryListExamples } from './summary-list.examples.js';
import { tableAttributes } from '../src/components/table/table.attributes.js';
import { tableExamples } from './table.examples.js';
import { tabsAttributes } from '../src/components/tabs/tabs.attributes.js';
import { tabsExamples } from './tabs.examples.js';
import { tagAttributes } from '../src/components/tag/tag.attributes.js';
import { tagExamples } from './tag.examples.js';
import { taskListAttributes } from '../src/components/task-list/task-list.attributes.js';
import { taskListExamples } from './task-list.examples.js';
import { textInputAttributes } from '../src/components/text-input/text-input.attributes.js';
import { textInputExamples } from './text-input.examples.js';
import { textareaAttributes } from '../src/components/textarea/textarea.attributes.js';
import { textareaExamples } from './textarea.examples.js';
import { warningTextAttributes } from '../src/components/warning-text/warning-text.attributes.js';
import { warningTextExamples } from './warning-text.examples.js';
import { describeComponent } from './descriptor.js';

/**
 * Every component of the package, one descriptor each, in the order `define` registers them (the fieldset last). The tests, the
 * stories check and `src/define.ts`, `src/server.ts` and `src/index.ts` are checked against this list
 * (`test/components.test.ts`); `npm run new:component <name>` adds to it. Why one list:
 * docs/decisions/0009-component-descriptors.md.
 */
export const components = [
  describeComponent({
    name: 'button',
    attributes: buttonAttributes,
    render: 'renderButton',
    examples: buttonExamples,
    story: 'Actions/Button',
  }),
  describeComponent({
    name: 'error-summary',
    attributes: errorSummaryAttributes,
    render: 'renderErrorSummary',
    examples: errorSummaryExamples,
    story: 'Feedback/Error summary',
  }),
  describeComponent({
    name: 'text-input',
    attributes: textInputAttributes,
    render: 'renderTextInput',
    examples: textInputExamples,
    story: 'Form controls/Text input',
  }),
  describeComponent({
    name: 'textarea',
    attributes: textareaAttributes,
    render: 'renderTextarea',
    examples: textareaExamples,
    story: 'Form controls/Textarea',
  }),
  describeComponent({
    name: 'character-count',
    attributes: characterCountAttributes,
    render: 'renderCharacterCount',
    examples: characterCountExamples,
    story: 'Form controls/Character count',
  }),
  describeComponent({
    name: 'radios',
    attributes: radiosAttributes,
    render: 'renderRadios',
    examples: radiosExamples,
    story: 'Form controls/Radios',
  }),
  describeComponent({
    name: 'checkboxes',
    attributes: checkboxesAttributes,
    render: 'renderCheckboxes',
    examples: checkboxesExamples,
    story: 'Form controls/Checkboxes',
  }),
  describeComponent({
    name: 'select',
    attributes: selectAttributes,
    render: 'renderSelect',
    examples: selectExamples,
    story: 'Form controls/Select',
  }),
  describeComponent({
    name: 'date-input',
    attributes: dateInputAttributes,
    render: 'renderDateInput',
    examples: dateInputExamples,
    story: 'Form controls/Date input',
  }),
  describeComponent({
    name: 'tag',
    attributes: tagAttributes,
    render: 'renderTag',
    examples: tagExamples,
    story: 'Content/Tag',
  }),
  describeComponent({
    name: 'inset-text',
    attributes: insetTextAttributes,
    render: 'renderInsetText',
    examples: insetTextExamples,
    story: 'Content/Inset text',
  }),
  describeComponent({
    name: 'warning-text',
    attributes: warningTextAttributes,
    render: 'renderWarningText',
    examples: warningTextExamples,
    story: 'Content/Warning text',
  }),
  describeComponent({
    name: 'panel',
    attributes: panelAttributes,
    render: 'renderPanel',
    examples: panelExamples,
    story: 'Content/Panel',
  }),
  describeComponent({
    name: 'details',
    attributes: detailsAttributes,
    render: 'renderDetails',
    examples: detailsExamples,
    story: 'Content/Details',
  }),
  describeComponent({
    name: 'notification-banner',
    attributes: notificationBannerAttributes,
    render: 'renderNotificationBanner',
    examples: notificationBannerExamples,
    story: 'Feedback/Notification banner',
  }),
  describeComponent({
    name: 'back-link',
    attributes: backLinkAttributes,
    render: 'renderBackLink',
    examples: backLinkExamples,
    story: 'Navigation/Back link',
  }),
  describeComponent({
    name: 'skip-link',
    attributes: skipLinkAttributes,
    render: 'renderSkipLink',
    examples: skipLinkExamples,
    story: 'Navigation/Skip link',
  }),
  describeComponent({
    name: 'breadcrumbs',
    attributes: breadcrumbsAttributes,
    render: 'renderBreadcrumbs',
    examples: breadcrumbsExamples,
    story: 'Navigation/Breadcrumbs',
  }),
  describeComponent({
    name: 'summary-list',
    attributes: summaryListAttributes,
    render: 'renderSummaryList',
    examples: summaryListExamples,
    story: 'Content/Summary list',
  }),
  describeComponent({
    name: 'header',
    attributes: headerAttributes,
    render: 'renderHeader',
    examples: headerExamples,
    story: 'Page furniture/Header',
  }),
  describeComponent({
    name: 'service-navigation',
    attributes: serviceNavigationAttributes,
    render: 'renderServiceNavigation',
    examples: serviceNavigationExamples,
    story: 'Page furniture/Service navigation',
  }),
  describeComponent({
    name: 'footer',
    attributes: footerAttributes,
    render: 'renderFooter',
    examples: footerExamples,
    story: 'Page furniture/Footer',
  }),
  describeComponent({
    name: 'cookie-banner',
    attributes: cookieBannerAttributes,
    render: 'renderCookieBanner',
    examples: cookieBannerExamples,
    story: 'Page furniture/Cookie banner',
  }),
  describeComponent({
    name: 'exit-this-page',
    attributes: exitThisPageAttributes,
    render: 'renderExitThisPage',
    examples: exitThisPageExamples,
    story: 'Page furniture/Exit this page',
  }),
  describeComponent({
    name: 'table',
    attributes: tableAttributes,
    render: 'renderTable',
    examples: tableExamples,
    story: 'Content/Table',
  }),
  describeComponent({
    name: 'tabs',
    attributes: tabsAttributes,
    render: 'renderTabs',
    examples: tabsExamples,
    story: 'Content/Tabs',
  }),
  describeComponent({
    name: 'accordion',
    attributes: accordionAttributes,
    render: 'renderAccordion',
    examples: accordionExamples,
    story: 'Content/Accordion',
  }),
  describeComponent({
    name: 'pagination',
    attributes: paginationAttributes,
    render: 'renderPagination',
    examples: paginationExamples,
    story: 'Navigation/Pagination',
  }),
  describeComponent({
    name: 'task-list',
    attributes: taskListAttributes,
    render: 'renderTaskList',
    examples: taskListExamples,
    story: 'Content/Task list',
  }),
  describeComponent({
    name: 'phase-banner',
    attributes: phaseBannerAttributes,
    render: 'renderPhaseBanner',
    examples: phaseBannerExamples,
    story: 'Feedback/Phase banner',
  }),
  describeComponent({
    name: 'fieldset',
    attributes: fieldsetAttributes,
    render: 'renderFieldset',
    examples: fieldsetExamples,
    story: 'Form controls/Fieldset',
  }),
] as const;

/** The tag of every component, as `src/define.ts` must register them. */
export type ComponentTag = (typeof components)[number]['tag'];
