/**
 * Server render functions: the same GOV.UK markup the elements render, as an
 * HTML string, so a page works with JavaScript off and the element enhances
 * it when it loads. They run the components' own Lit templates through Lit's
 * server renderer, so the two can never drift apart.
 *
 * Node only. Each function validates its options and throws a typed
 * `ValidationError` naming the option that is wrong.
 */
// For element packages built on these ones: the same validation, translation and element wrapper.
export { renderComponent, renderTemplate, type ComponentRenderer, type RenderContext } from './lib/server-render.js';
// The same host policy the elements follow, for a server that renders pages without them.
export { safeUrl, setAllowedUrlHosts, type UrlHostPolicy } from './lib/safe-url.js';
// A textarea's value as content: Lit's server renderer drops the property binding that the browser sets.
export { withTextareaValue } from './components/field/textarea-value.js';
// Whether the service is on GOV.UK (crown, Open Government Licence, Crown copyright) or a council's own (the default).
export { serviceBranding, setServiceBranding, type ServiceBranding } from './lib/branding.js';
export { renderButton } from './components/button/button.server.js';
export { renderErrorSummary } from './components/error-summary/error-summary.server.js';
export { renderTextInput } from './components/text-input/text-input.server.js';
export { renderSummaryList } from './components/summary-list/summary-list.server.js';
export { renderTable } from './components/table/table.server.js';
export { renderTabs } from './components/tabs/tabs.server.js';
export { renderAccordion } from './components/accordion/accordion.server.js';
export { renderPagination } from './components/pagination/pagination.server.js';
export { renderTaskList } from './components/task-list/task-list.server.js';
export { renderPhaseBanner } from './components/phase-banner/phase-banner.server.js';
export { renderBreadcrumbs } from './components/breadcrumbs/breadcrumbs.server.js';
export { renderSkipLink } from './components/skip-link/skip-link.server.js';
export { renderBackLink } from './components/back-link/back-link.server.js';
export { renderNotificationBanner } from './components/notification-banner/notification-banner.server.js';
export { renderDetails } from './components/details/details.server.js';
export { renderPanel } from './components/panel/panel.server.js';
export { renderWarningText } from './components/warning-text/warning-text.server.js';
export { renderInsetText } from './components/inset-text/inset-text.server.js';
export { renderTextarea } from './components/textarea/textarea.server.js';
export { renderCharacterCount } from './components/character-count/character-count.server.js';
export { renderRadios } from './components/radios/radios.server.js';
export { renderCheckboxes } from './components/checkboxes/checkboxes.server.js';
export { renderSelect } from './components/select/select.server.js';
export { renderDateInput } from './components/date-input/date-input.server.js';
export { renderFieldset } from './components/fieldset/fieldset.server.js';
export { renderTag } from './components/tag/tag.server.js';
export { renderHeader } from './components/header/header.server.js';
export { renderServiceNavigation } from './components/service-navigation/service-navigation.server.js';
export { renderFooter } from './components/footer/footer.server.js';
export { renderCookieBanner } from './components/cookie-banner/cookie-banner.server.js';
export { renderExitThisPage } from './components/exit-this-page/exit-this-page.server.js';
