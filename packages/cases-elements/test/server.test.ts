// The server render functions in Node, as a service calls them: typed errors for wrong options, and the markup a
// page works from with JavaScript off (the browser tests compare it with the elements' own render).
import { describe, expect, it } from 'vitest';
import { ValidationError } from '@civicbricks/core/errors';
import { dateTimeInWords, listUrl, type CaseListOptions } from '../src/index.js';
import {
  renderAssignForm,
  renderBadge,
  renderCaseList,
  renderCaseSummary,
  renderSideNavigation,
  renderTimeline,
  renderTransferForm,
} from '../src/server/index.js';
import { caseListExamples } from '../examples/case-list.examples.js';

function thrown(action: () => unknown): ValidationError {
  try {
    action();
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw error;
  }
  throw new Error('Expected a ValidationError');
}

const firstPage = caseListExamples[0]!.options;

describe('renderCaseList', () => {
  it('refuses a sort by a column that is not sortable, naming the rule', () => {
    const error = thrown(() => renderCaseList({ ...firstPage, sort: { column: 'status', direction: 'ascending' } }));
    expect(error.issues.map((issue) => issue.message).join(' ')).toContain('sort.column must be the key of a sortable column');
    expect(error.issues[0]?.code).toMatch(/^cases_elements\.case_list\./);
  });

  it('refuses more rows than a page holds and a page size of 0, with the path of each', () => {
    expect(thrown(() => renderCaseList({ ...firstPage, pageSize: 2 })).message).toContain('A page cannot hold more rows than pageSize');
    expect(thrown(() => renderCaseList({ ...firstPage, pageSize: 0 })).issues[0]?.path).toEqual(['pageSize']);
  });

  it('refuses a page past the last one, so a stale link never shows an empty page that claims cases exist', () => {
    expect(thrown(() => renderCaseList({ ...firstPage, page: 6 })).message).toContain('page is past the last page');
    expect(() => renderCaseList({ ...firstPage, page: 5, rows: firstPage.rows.slice(0, 3) })).not.toThrow();
  });

  it('writes real addresses: sort links return to page 1 and keep the filters, pages keep sort and filters', () => {
    const filtered = caseListExamples[1]!.options;
    const html = renderCaseList(filtered);
    // Sorted by reference descending: its link now asks for ascending, with the filters and no page.
    expect(html).toContain(
      'href="/queues/team?q=Bloggs&amp;status=assessment&amp;status=decision&amp;team=north&amp;sort=reference&amp;order=ascending"',
    );
    expect(html).toContain(
      'href="/queues/team?q=Bloggs&amp;status=assessment&amp;status=decision&amp;team=north&amp;sort=reference&amp;order=descending&amp;page=4"',
    );
    expect(html).toMatch(/<form method="get" action="\/queues\/team"/);
  });

  it('builds the same address in the order filters are declared, leaving page 1 and blank searches out', () => {
    const options: CaseListOptions = { ...firstPage, filters: [{ type: 'search', name: 'q', legend: 'Search', value: '  ' }] };
    expect(listUrl(options, { filters: options.filters ?? [], page: 1 })).toBe('/queues/team');
    expect(listUrl({ ...options, action: '/queues?team=north' }, { filters: [], page: 2 })).toBe('/queues?team=north&page=2');
    expect(listUrl({ ...options, action: 'javascript:alert(1)' }, { filters: [], page: 2 })).toBe('#');
  });

  it('names its parameters as the service asks', () => {
    const html = renderCaseList({ ...firstPage, params: { sort: 'orderBy', order: 'dir', page: 'p' } });
    expect(html).toContain('orderBy=reference&amp;dir=ascending');
    expect(html).toContain('p=2');
    expect(html).toContain('name="orderBy" value="due"');
  });
});

describe('renderTimeline', () => {
  it('says when in Europe/London time, in GOV.UK’s words, in English and Welsh', () => {
    expect(dateTimeInWords('2026-07-01T08:30:00Z', 'en')).toBe('1 July 2026 at 9:30am');
    expect(dateTimeInWords('2026-12-08T12:00:00Z', 'en')).toBe('8 December 2026 at 12pm');
    expect(dateTimeInWords('2026-12-08T00:05:00Z', 'cy')).toBe('8 Rhagfyr 2026 am 12:05yb');
    expect(dateTimeInWords('2026-03-29T23:30:00Z', 'en')).toBe('30 March 2026 at 12:30am');
  });

  it('keeps the instant as given in the <time> element and refuses one without an offset', () => {
    const html = renderTimeline({ items: [{ title: 'Case opened', datetime: '2026-12-08T14:15:00Z' }] });
    expect(html).toContain('<time datetime="2026-12-08T14:15:00Z">8 December 2026 at 2:15pm</time>');
    expect(thrown(() => renderTimeline({ items: [{ title: 'Case opened', datetime: '2026-12-08 14:15' }] })).issues[0]?.path).toEqual([
      'items',
      0,
      'datetime',
    ]);
  });
});

describe('renderCaseSummary', () => {
  it('refuses a flag the cases brick does not know', () => {
    const error = thrown(() =>
      renderCaseSummary({ reference: 'A-1', status: { text: 'New' }, flags: ['risky' as 'urgent'] }, { lang: 'cy' }),
    );
    expect(error.issues[0]?.path).toEqual(['flags', 0]);
  });

  it('says an overdue case is overdue in words, not colour alone', () => {
    const html = renderCaseSummary(
      { reference: 'A-1', status: { text: 'New' }, due: { date: '2026-11-20', status: 'overdue' } },
      { element: false },
    );
    expect(html).toMatch(/<strong class="govuk-tag govuk-tag--red">Overdue<\/strong>\s*was due by 20 November 2026/);
  });
});

describe('the forms', () => {
  it('post to a safe action only', () => {
    const html = renderAssignForm({ action: 'javascript:alert(1)', assignees: [{ value: 'u-1', text: 'Sam' }] });
    expect(html).toContain('<form method="post" action="#"');
  });

  it('write the typed reason into the server’s textarea, escaped', () => {
    const html = renderTransferForm({
      action: '/t',
      currentLead: 'Sam',
      candidates: [{ value: 'u-1', text: 'Priya' }],
      values: { reason: 'Moved <school>' },
    });
    expect(html).toContain('Moved &lt;school&gt;</textarea>');
  });

  it('refuse a transfer form with nobody to transfer to', () => {
    expect(thrown(() => renderTransferForm({ action: '/t', currentLead: 'Sam', candidates: [] })).message).toContain(
      'Give at least one person the lead can be transferred to',
    );
  });
});

describe('badge and navigation', () => {
  it('refuse an empty badge and a side navigation with both items and sections', () => {
    expect(thrown(() => renderBadge({ text: '' })).issues[0]?.path).toEqual(['text']);
    const link = { text: 'Mine', href: '/mine' };
    expect(thrown(() => renderSideNavigation({ items: [link], sections: [{ heading: { text: 'Q' }, items: [link] }] })).message).toContain(
      'either items or sections',
    );
  });
});
