/**
 * `@civicbricks/cases-elements/server`: the case work pages as HTML strings, from the same Lit templates the
 * elements render (through `@civicbricks/elements`' server renderer), so they work with JavaScript off and the
 * element adopts the markup when its script loads. Node only. Each function validates its options and throws a
 * typed `ValidationError` naming the option that is wrong.
 */
import { fieldMessages } from '@civicbricks/elements';
import { renderComponent, safeUrl, withTextareaValue, type RenderContext } from '@civicbricks/elements/server';
import { assignFormAttributes } from '../assign-form/assign-form.attributes.js';
import { assignFormMessages } from '../assign-form/assign-form.messages.js';
import { assignFormOptionsSchema, type AssignFormOptions } from '../assign-form/assign-form.options.js';
import { assignFormTemplate } from '../assign-form/assign-form.template.js';
import { badgeAttributes } from '../badge/badge.attributes.js';
import { badgeOptionsSchema, type BadgeOptions } from '../badge/badge.options.js';
import { badgeTemplate } from '../badge/badge.template.js';
import { caseListAttributes } from '../case-list/case-list.attributes.js';
import { caseListMessages } from '../case-list/case-list.messages.js';
import { caseListOptionsSchema, type CaseListOptions } from '../case-list/case-list.options.js';
import { caseListTemplate } from '../case-list/case-list.template.js';
import { caseSummaryAttributes } from '../case-summary/case-summary.attributes.js';
import { caseSummaryMessages } from '../case-summary/case-summary.messages.js';
import { caseSummaryOptionsSchema, type CaseSummaryOptions } from '../case-summary/case-summary.options.js';
import { caseSummaryTemplate } from '../case-summary/case-summary.template.js';
import { sideNavigationAttributes } from '../side-navigation/side-navigation.attributes.js';
import { sideNavigationMessages } from '../side-navigation/side-navigation.messages.js';
import { sideNavigationOptionsSchema, type SideNavigationOptions } from '../side-navigation/side-navigation.options.js';
import { sideNavigationTemplate } from '../side-navigation/side-navigation.template.js';
import { subNavigationAttributes } from '../sub-navigation/sub-navigation.attributes.js';
import { subNavigationMessages } from '../sub-navigation/sub-navigation.messages.js';
import { subNavigationOptionsSchema, type SubNavigationOptions } from '../sub-navigation/sub-navigation.options.js';
import { subNavigationTemplate } from '../sub-navigation/sub-navigation.template.js';
import { timelineAttributes } from '../timeline/timeline.attributes.js';
import { timelineMessages } from '../timeline/timeline.messages.js';
import { timelineOptionsSchema, type TimelineOptions } from '../timeline/timeline.options.js';
import { timelineTemplate } from '../timeline/timeline.template.js';
import { transferFormAttributes } from '../transfer-form/transfer-form.attributes.js';
import { transferFormMessages } from '../transfer-form/transfer-form.messages.js';
import { transferFormOptionsSchema, type TransferFormOptions } from '../transfer-form/transfer-form.options.js';
import { transferFormTemplate } from '../transfer-form/transfer-form.template.js';

export type { RenderContext } from '@civicbricks/elements/server';

/** Renders `<civic-case-list>`: a work queue page whose sort links, filter form, selected filters and pages all work with JavaScript off. */
export function renderCaseList(options: CaseListOptions, context: RenderContext = {}): string {
  return renderComponent(
    {
      tagName: 'civic-case-list',
      schema: caseListOptionsSchema,
      codePrefix: 'cases_elements.case_list',
      what: 'case list options',
      catalogue: caseListMessages,
      template: (valid, t) => caseListTemplate(valid, t),
      attributes: caseListAttributes,
    },
    options,
    context,
  );
}

/** Renders `<civic-timeline>`: MOJ's timeline of what happened on a case, with `<time datetime>` for each event. */
export function renderTimeline(options: TimelineOptions, context: RenderContext = {}): string {
  return renderComponent(
    {
      tagName: 'civic-timeline',
      schema: timelineOptionsSchema,
      codePrefix: 'cases_elements.timeline',
      what: 'timeline options',
      catalogue: timelineMessages,
      template: (valid, t) => timelineTemplate(valid, t),
      attributes: timelineAttributes,
    },
    options,
    context,
  );
}

/** Renders `<civic-case-summary>`: reference, status, lead professional, flags and due date. */
export function renderCaseSummary(options: CaseSummaryOptions, context: RenderContext = {}): string {
  return renderComponent(
    {
      tagName: 'civic-case-summary',
      schema: caseSummaryOptionsSchema,
      codePrefix: 'cases_elements.case_summary',
      what: 'case summary options',
      catalogue: caseSummaryMessages,
      template: (valid, t) => caseSummaryTemplate(valid, t),
      attributes: caseSummaryAttributes,
    },
    options,
    context,
  );
}

/** Renders `<civic-assign-form>`: a form that posts to `action` (through `safeUrl`) who picks the case up. */
export function renderAssignForm(options: AssignFormOptions, context: RenderContext = {}): string {
  return renderComponent(
    {
      tagName: 'civic-assign-form',
      schema: assignFormOptionsSchema,
      codePrefix: 'cases_elements.assign_form',
      what: 'assign form options',
      catalogue: assignFormMessages,
      template: (valid, t) => assignFormTemplate(valid, t, safeUrl(valid.action)),
      attributes: assignFormAttributes,
    },
    options,
    context,
  );
}

/** Renders `<civic-transfer-form>`: a form that posts the new lead professional and the reason to `action` (through `safeUrl`). */
export function renderTransferForm(options: TransferFormOptions, context: RenderContext = {}): string {
  const html = renderComponent(
    {
      tagName: 'civic-transfer-form',
      schema: transferFormOptionsSchema,
      codePrefix: 'cases_elements.transfer_form',
      what: 'transfer form options',
      catalogue: transferFormMessages,
      template: (valid, t) => transferFormTemplate(valid, t, safeUrl(valid.action)),
      attributes: transferFormAttributes,
    },
    options,
    context,
  );
  // Valid by now: renderComponent has checked the options.
  return withTextareaValue(html, options.values?.reason);
}

/** Renders `<civic-badge>`: an MOJ badge. */
export function renderBadge(options: BadgeOptions, context: RenderContext = {}): string {
  return renderComponent(
    {
      tagName: 'civic-badge',
      schema: badgeOptionsSchema,
      codePrefix: 'cases_elements.badge',
      what: 'badge options',
      catalogue: fieldMessages,
      template: (valid) => badgeTemplate(valid),
      attributes: badgeAttributes,
    },
    options,
    context,
  );
}

/** Renders `<civic-side-navigation>`: MOJ's side navigation, every link through `safeUrl`. */
export function renderSideNavigation(options: SideNavigationOptions, context: RenderContext = {}): string {
  return renderComponent(
    {
      tagName: 'civic-side-navigation',
      schema: sideNavigationOptionsSchema,
      codePrefix: 'cases_elements.side_navigation',
      what: 'side navigation options',
      catalogue: sideNavigationMessages,
      template: (valid, t) => sideNavigationTemplate(valid, t),
      attributes: sideNavigationAttributes,
    },
    options,
    context,
  );
}

/** Renders `<civic-sub-navigation>`: MOJ's sub navigation, every link through `safeUrl`. */
export function renderSubNavigation(options: SubNavigationOptions, context: RenderContext = {}): string {
  return renderComponent(
    {
      tagName: 'civic-sub-navigation',
      schema: subNavigationOptionsSchema,
      codePrefix: 'cases_elements.sub_navigation',
      what: 'sub navigation options',
      catalogue: subNavigationMessages,
      template: (valid, t) => subNavigationTemplate(valid, t),
      attributes: subNavigationAttributes,
    },
    options,
    context,
  );
}
