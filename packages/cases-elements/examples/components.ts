import type { ComponentDescriptor } from '../../elements/examples/descriptor.js';
import type * as server from '../src/server/index.js';
import { assignFormAttributes } from '../src/assign-form/assign-form.attributes.js';
import { badgeAttributes } from '../src/badge/badge.attributes.js';
import { caseListAttributes } from '../src/case-list/case-list.attributes.js';
import { caseSummaryAttributes } from '../src/case-summary/case-summary.attributes.js';
import { sideNavigationAttributes } from '../src/side-navigation/side-navigation.attributes.js';
import { subNavigationAttributes } from '../src/sub-navigation/sub-navigation.attributes.js';
import { timelineAttributes } from '../src/timeline/timeline.attributes.js';
import { transferFormAttributes } from '../src/transfer-form/transfer-form.attributes.js';
import { assignFormExamples } from './assign-form.examples.js';
import { badgeExamples } from './badge.examples.js';
import { caseListExamples } from './case-list.examples.js';
import { caseSummaryExamples } from './case-summary.examples.js';
import { sideNavigationExamples } from './side-navigation.examples.js';
import { subNavigationExamples } from './sub-navigation.examples.js';
import { timelineExamples } from './timeline.examples.js';
import { transferFormExamples } from './transfer-form.examples.js';

/** The name of each server render function `@civicbricks/cases-elements/server` exports (`renderCaseList`). */
export type CasesServerRenderName = {
  [Name in keyof typeof server]: Name extends `render${string}` ? Name : never;
}[keyof typeof server];

/** A component of this package, as the elements' descriptors describe theirs, named by its own server function. */
export type CasesComponentDescriptor<Name extends string = string, Options = never> = Omit<ComponentDescriptor<Name, Options>, 'render'> & {
  readonly render: CasesServerRenderName;
};

function describe<const Name extends string, Options>(
  descriptor: Omit<CasesComponentDescriptor<Name, Options>, 'tag'>,
): CasesComponentDescriptor<Name, Options> {
  return { ...descriptor, tag: `civic-${descriptor.name}` };
}

/**
 * Every component of the package, one descriptor each, in the order `define` registers them: the stories, the
 * Storybook titles check and the strict CSP test read this list (see docs/decisions/0009-component-descriptors.md).
 */
export const casesComponents = [
  describe({
    name: 'case-list',
    attributes: caseListAttributes,
    render: 'renderCaseList',
    examples: caseListExamples,
    story: 'Cases/Case list',
  }),
  describe({
    name: 'timeline',
    attributes: timelineAttributes,
    render: 'renderTimeline',
    examples: timelineExamples,
    story: 'Cases/Timeline',
  }),
  describe({
    name: 'case-summary',
    attributes: caseSummaryAttributes,
    render: 'renderCaseSummary',
    examples: caseSummaryExamples,
    story: 'Cases/Case summary',
  }),
  describe({
    name: 'assign-form',
    attributes: assignFormAttributes,
    render: 'renderAssignForm',
    examples: assignFormExamples,
    story: 'Cases/Assign form',
  }),
  describe({
    name: 'transfer-form',
    attributes: transferFormAttributes,
    render: 'renderTransferForm',
    examples: transferFormExamples,
    story: 'Cases/Transfer form',
  }),
  describe({ name: 'badge', attributes: badgeAttributes, render: 'renderBadge', examples: badgeExamples, story: 'Cases/Badge' }),
  describe({
    name: 'side-navigation',
    attributes: sideNavigationAttributes,
    render: 'renderSideNavigation',
    examples: sideNavigationExamples,
    story: 'Cases/Side navigation',
  }),
  describe({
    name: 'sub-navigation',
    attributes: subNavigationAttributes,
    render: 'renderSubNavigation',
    examples: subNavigationExamples,
    story: 'Cases/Sub navigation',
  }),
];

export type CasesComponentTag = (typeof casesComponents)[number]['tag'];
