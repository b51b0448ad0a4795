import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import { summaryListAttributes, type SummaryListAction } from '../src/index.js';
import { summaryListExamples } from '../examples/summary-list.examples.js';
import { cleanup } from '../../../tests/support/browser.js';
import { componentFromAttributes, runExampleSuite } from './support/example-suite.js';

const summaryList = componentFromAttributes('civic-summary-list', summaryListAttributes);

/** The link name GOV.UK intends: visible text, hidden text, then the card title in brackets. */
function expectedName(action: SummaryListAction, cardTitle: string | undefined): string {
  return [action.text, action.visuallyHiddenText, cardTitle && `(${cardTitle})`].filter(Boolean).join(' ');
}

// govuk-visually-hidden adds spaces around its text (::before/::after); screen readers collapse them.
const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

describe('<civic-summary-list>', () => {
  afterEach(cleanup);

  runExampleSuite(summaryList, summaryListExamples, {
    accessibility: {
      title: 'pairs each key with its value, and names every action link in full',
      async check({ element, example, tree }) {
        const cardTitle = example.options.card?.title?.text;
        const rows = element.querySelectorAll('.govuk-summary-list__row');
        expect(rows).to.have.length(example.options.rows.length);
        const actions: SummaryListAction[] = [...(example.options.card?.actions?.items ?? [])];
        for (const [index, row] of example.options.rows.entries()) {
          const selector = `.govuk-summary-list__row:nth-child(${index + 1})`;
          expect((await tree(`${selector} dt`)).role).to.equal('term');
          expect((await tree(`${selector} .govuk-summary-list__value`)).role).to.equal('definition');
          expect(rows[index]!.querySelector('dt')?.textContent).to.equal(row.key.text);
          expect(rows[index]!.querySelector('.govuk-summary-list__value')?.textContent).to.equal(row.value.text);
          actions.push(...(row.actions?.items ?? []));
        }
        // Card actions come first in the document, then each row's.
        const links = [...element.querySelectorAll('a')];
        expect(links).to.have.length(actions.length);
        for (const [index, action] of actions.entries()) {
          links[index]!.id = `action-${index}`;
          const link = await tree(`#action-${index}`);
          expect(link.role).to.equal('link');
          expect(collapse(link.name)).to.equal(expectedName(action, cardTitle));
          expect(links[index]!.getAttribute('href')).to.equal(action.href);
        }
        if (example.options.card?.title) {
          expect(await tree('.govuk-summary-card__title')).to.include({ role: 'heading', name: example.options.card.title.text });
          expect(element.querySelector('.govuk-summary-card__title')?.tagName).to.equal(`H${example.options.card.title.headingLevel ?? 2}`);
        }
      },
    },
    parity: { server: 'SummaryList' },
  });

  it('marks rows without actions only when another row has them, as GOV.UK lays out the columns', async () => {
    const mixed = await summaryList.render(summaryListExamples[2]!.options);
    const rows = mixed.querySelectorAll('.govuk-summary-list__row');
    expect(rows[0]!.classList.contains('govuk-summary-list__row--no-actions')).to.equal(true);
    expect(rows[1]!.classList.contains('govuk-summary-list__row--no-actions')).to.equal(false);
    const none = await summaryList.render(summaryListExamples[1]!.options);
    expect(none.querySelector('.govuk-summary-list__row--no-actions')).to.equal(null);
    expect(none.querySelector('dl')?.classList.contains('govuk-summary-list--no-border')).to.equal(true);
  });

  it('lists several actions in a list, one action bare', async () => {
    const element = await summaryList.render(summaryListExamples[0]!.options);
    expect(element.querySelectorAll('.govuk-summary-list__actions-list')).to.have.length(1);
    expect(element.querySelectorAll('.govuk-summary-list__actions-list-item')).to.have.length(2);
    const card = await summaryList.render(summaryListExamples[4]!.options);
    expect(card.querySelector('div.govuk-summary-card__actions > a')).to.exist;
  });

  it('takes the action links in order with Tab', async () => {
    const element = await summaryList.render(summaryListExamples[0]!.options);
    for (const link of element.querySelectorAll('a')) {
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(link);
    }
  });

  it('refuses script URLs in row and card actions', async () => {
    const element = await summaryList.render({
      card: { title: { text: 'Card' }, actions: { items: [{ href: 'javascript:alert(1)', text: 'Delete' }] } },
      rows: [{ key: { text: 'Name' }, value: { text: 'X' }, actions: { items: [{ href: 'data:text/html,x', text: 'Change' }] } }],
    });
    for (const link of element.querySelectorAll('a')) expect(link.getAttribute('href')).to.equal('#');
  });

  it('re-renders when rows change', async () => {
    const element = await summaryList.render(summaryListExamples[1]!.options);
    element.rows = [...element.rows, { key: { text: 'Bin size' }, value: { text: '240 litres' } }];
    await element.updateComplete;
    expect(element.querySelectorAll('.govuk-summary-list__row')).to.have.length(3);
  });
});
