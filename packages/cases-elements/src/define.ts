// Registers the case work elements under their `civic-` tags. Safe to import more than once.
import { defineElement } from '@civicbricks/elements';
import type { CasesComponentTag } from '../examples/components.js';
import { CivicAssignForm } from './assign-form/assign-form.js';
import { CivicBadge } from './badge/badge.js';
import { CivicCaseList } from './case-list/case-list.js';
import { CivicCaseSummary } from './case-summary/case-summary.js';
import { CivicSideNavigation } from './side-navigation/side-navigation.js';
import { CivicSubNavigation } from './sub-navigation/sub-navigation.js';
import { CivicTimeline } from './timeline/timeline.js';
import { CivicTransferForm } from './transfer-form/transfer-form.js';

export const tagNames = {
  'civic-case-list': CivicCaseList,
  'civic-timeline': CivicTimeline,
  'civic-case-summary': CivicCaseSummary,
  'civic-assign-form': CivicAssignForm,
  'civic-transfer-form': CivicTransferForm,
  'civic-badge': CivicBadge,
  'civic-side-navigation': CivicSideNavigation,
  'civic-sub-navigation': CivicSubNavigation,
} as const satisfies Record<CasesComponentTag, CustomElementConstructor>;

for (const [tagName, elementClass] of Object.entries(tagNames)) defineElement(tagName, elementClass);

declare global {
  interface HTMLElementTagNameMap {
    'civic-case-list': CivicCaseList;
    'civic-timeline': CivicTimeline;
    'civic-case-summary': CivicCaseSummary;
    'civic-assign-form': CivicAssignForm;
    'civic-transfer-form': CivicTransferForm;
    'civic-badge': CivicBadge;
    'civic-side-navigation': CivicSideNavigation;
    'civic-sub-navigation': CivicSubNavigation;
  }
}
