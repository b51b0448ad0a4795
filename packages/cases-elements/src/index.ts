/**
 * @civicbricks/cases-elements: the pages of case work, in English and Welsh, in MOJ Frontend markup.
 * Importing this module defines nothing; import `./define` (or call `defineElement`) to register the tags.
 */
export { dateInWords, dateTimeInWords } from './lib/dates.js';
export type { NavigationItem } from './lib/navigation.js';
export type { Choice, HiddenField } from './lib/schemas.js';
export { CivicCaseList } from './case-list/case-list.js';
export { caseListAttributes } from './case-list/case-list.attributes.js';
export { caseListMessages, type CaseListMessageKey } from './case-list/case-list.messages.js';
export type { CaseListCell, CaseListColumn, CaseListFilter, CaseListOptions, CaseListRow } from './case-list/case-list.options.js';
export { caseListTemplate, type FilterDraft } from './case-list/case-list.template.js';
export { listUrl } from './case-list/case-list.urls.js';
export { CivicTimeline } from './timeline/timeline.js';
export { timelineAttributes } from './timeline/timeline.attributes.js';
export { timelineMessages, type TimelineMessageKey } from './timeline/timeline.messages.js';
export type { TimelineItem, TimelineOptions } from './timeline/timeline.options.js';
export { timelineTemplate, whenInWords } from './timeline/timeline.template.js';
export { CivicCaseSummary } from './case-summary/case-summary.js';
export { caseSummaryAttributes } from './case-summary/case-summary.attributes.js';
export { caseSummaryMessages, type CaseSummaryMessageKey } from './case-summary/case-summary.messages.js';
export type { CaseSummaryOptions } from './case-summary/case-summary.options.js';
export { caseSummaryTemplate } from './case-summary/case-summary.template.js';
export { CivicAssignForm } from './assign-form/assign-form.js';
export { assignFormAttributes } from './assign-form/assign-form.attributes.js';
export { assignFormMessages, type AssignFormMessageKey } from './assign-form/assign-form.messages.js';
export type { AssignFormOptions } from './assign-form/assign-form.options.js';
export { assignFormTemplate } from './assign-form/assign-form.template.js';
export { CivicTransferForm } from './transfer-form/transfer-form.js';
export { transferFormAttributes } from './transfer-form/transfer-form.attributes.js';
export { transferFormMessages, type TransferFormMessageKey } from './transfer-form/transfer-form.messages.js';
export type { TransferFormOptions } from './transfer-form/transfer-form.options.js';
export { transferFieldIds, transferFormTemplate } from './transfer-form/transfer-form.template.js';
export { CivicBadge } from './badge/badge.js';
export { badgeAttributes } from './badge/badge.attributes.js';
export type { BadgeColour, BadgeOptions } from './badge/badge.options.js';
export { badgeTemplate } from './badge/badge.template.js';
export { CivicSideNavigation } from './side-navigation/side-navigation.js';
export { sideNavigationAttributes } from './side-navigation/side-navigation.attributes.js';
export { sideNavigationMessages, type SideNavigationMessageKey } from './side-navigation/side-navigation.messages.js';
export type { SideNavigationOptions, SideNavigationSection } from './side-navigation/side-navigation.options.js';
export { sideNavigationTemplate } from './side-navigation/side-navigation.template.js';
export { CivicSubNavigation } from './sub-navigation/sub-navigation.js';
export { subNavigationAttributes } from './sub-navigation/sub-navigation.attributes.js';
export { subNavigationMessages, type SubNavigationMessageKey } from './sub-navigation/sub-navigation.messages.js';
export type { SubNavigationOptions } from './sub-navigation/sub-navigation.options.js';
export { subNavigationTemplate } from './sub-navigation/sub-navigation.template.js';
