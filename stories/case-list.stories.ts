import type { Meta } from '@storybook/web-components-vite';
import '../packages/cases-elements/src/define.js';
import { caseListAttributes } from '../packages/cases-elements/src/index.js';
import { caseListExamples as examples } from '../packages/cases-elements/examples/case-list.examples.js';
import { renderElement, storyFrom } from './support.js';

const meta: Meta = {
  title: 'Cases/Case list',
  component: 'civic-case-list',
  render: renderElement('civic-case-list'),
};
export default meta;

export const FirstPageSortedByDueDate = storyFrom(examples, 'First page, sorted by due date', caseListAttributes);
export const FilteredThirdPage = storyFrom(examples, 'Filtered, third page', caseListAttributes);
export const NoFiltersOnePage = storyFrom(examples, 'No filters, one page', caseListAttributes);
export const NothingMatches = storyFrom(examples, 'Nothing matches', caseListAttributes);
export const Welsh = storyFrom(examples, 'Welsh', caseListAttributes);
