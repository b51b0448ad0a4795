import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import { summaryListAttributes, type CivicSummaryList, type SummaryListAction, type SummaryListOptions } from '../src/index.js';
import { summaryListExamples } from '../examples/summary-list.examples.js';
import {
  accessibleProperties,
  cleanup,
  container,
  parseHtml,
  renderedMarkup,
  serverRender,
  expectAccessible,
  renderElement,
  serverMarkup,
} from '../../../tests/support/browser.js';

async function renderClient(options: SummaryListOptions, parent: HTMLElement = container()): Promise<CivicSummaryList> {
  return renderElement('civic-summary-list', summaryListAttributes(options), parent);
}

/** The link name GOV.UK intends: visible text, hidden text, then the card title in brackets. */
function expectedName(action: SummaryListAction, cardTitle: string | undefined): string {
  return [action.text, action.visuallyHiddenText, cardTitle && `(${cardTitle})`].filter(Boolean).join(' ');
}

// govuk-visually-hidden adds spaces around its text (::before/::after); screen readers collapse them.
const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

describe('<civic-summary-list>', () => {
  afterEach(cleanup);

  for (const example of summaryListExamples) {
    describe(`example "${example.name}"`, () => {
      it('has no axe violations', async () => {
        const element = await renderClient(example.options, container(example.lang));
        await expectAccessible(element.parentElement);
      });

      it('pairs each key with its value, and names every action link in full', async () => {
        const element = await renderClient(example.options, container(example.lang));
        element.id = 'list-under-test';
        const cardTitle = example.options.card?.title?.text;
        const rows = element.querySelectorAll('.govuk-summary-list__row');
        expect(rows).to.have.length(example.options.rows.length);
        const actions: SummaryListAction[] = [...(example.options.card?.actions?.items ?? [])];
        for (const [index, row] of example.options.rows.entries()) {
          const selector = `#list-under-test .govuk-summary-list__row:nth-child(${index + 1})`;
          expect((await accessibleProperties(`${selector} dt`)).role).to.equal('term');
          expect((await accessibleProperties(`${selector} .govuk-summary-list__value`)).role).to.equal('definition');
          expect(rows[index]!.querySelector('dt')?.textContent).to.equal(row.key.text);
          expect(rows[index]!.querySelector('.govuk-summary-list__value')?.textContent).to.equal(row.value.text);
          actions.push(...(row.actions?.items ?? []));
        }
        // Card actions come first in the document, then each row's.
        const links = [...element.querySelectorAll('a')];
        expect(links).to.have.length(actions.length);
        for (const [index, action] of actions.entries()) {
          links[index]!.id = `action-${index}`;
          const link = await accessibleProperties(`#action-${index}`);
          expect(link.role).to.equal('link');
          expect(collapse(link.name)).to.equal(expectedName(action, cardTitle));
          expect(links[index]!.getAttribute('href')).to.equal(action.href);
        }
        if (example.options.card?.title) {
          const title = await accessibleProperties('#list-under-test .govuk-summary-card__title');
          expect(title.role).to.equal('heading');
          expect(title.name).to.equal(example.options.card.title.text);
          expect(element.querySelector('.govuk-summary-card__title')?.tagName).to.equal(`H${example.options.card.title.headingLevel ?? 2}`);
        }
      });

      it('renders exactly what the server render function renders', async () => {
        const element = await renderClient(example.options, container(example.lang));
        const server = await serverMarkup('SummaryList', example.options, example.lang);
        expect(renderedMarkup(element)).to.equal(renderedMarkup(server));
      });
    });
  }

  it('marks rows without actions only when another row has them, as GOV.UK lays out the columns', async () => {
    const mixed = await renderClient(summaryListExamples[2]!.options);
    const rows = mixed.querySelectorAll('.govuk-summary-list__row');
    expect(rows[0]!.classList.contains('govuk-summary-list__row--no-actions')).to.equal(true);
    expect(rows[1]!.classList.contains('govuk-summary-list__row--no-actions')).to.equal(false);
    const none = await renderClient(summaryListExamples[1]!.options);
    expect(none.querySelector('.govuk-summary-list__row--no-actions')).to.equal(null);
    expect(none.querySelector('dl')?.classList.contains('govuk-summary-list--no-border')).to.equal(true);
  });

  it('lists several actions in a list, one action bare', async () => {
    const element = await renderClient(summaryListExamples[0]!.options);
    expect(element.querySelectorAll('.govuk-summary-list__actions-list')).to.have.length(1);
    expect(element.querySelectorAll('.govuk-summary-list__actions-list-item')).to.have.length(2);
    const card = await renderClient(summaryListExamples[4]!.options);
    expect(card.querySelector('div.govuk-summary-card__actions > a')).to.exist;
  });

  it('takes the action links in order with Tab', async () => {
    const element = await renderClient(summaryListExamples[0]!.options);
    for (const link of element.querySelectorAll('a')) {
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(link);
    }
  });

  it('refuses script URLs in row and card actions', async () => {
    const element = await renderClient({
      card: { title: { text: 'Card' }, actions: { items: [{ href: 'javascript:alert(1)', text: 'Delete' }] } },
      rows: [{ key: { text: 'Name' }, value: { text: 'X' }, actions: { items: [{ href: 'data:text/html,x', text: 'Change' }] } }],
    });
    for (const link of element.querySelectorAll('a')) expect(link.getAttribute('href')).to.equal('#');
  });

  it('adopts server-rendered markup without duplicating it', async () => {
    const options = summaryListExamples[3]!.options;
    const serverElement = parseHtml(await serverRender('SummaryList', options));
    const serverMarkup = renderedMarkup(serverElement);
    const element = document.adoptNode(serverElement) as CivicSummaryList;
    container().append(element);
    await element.updateComplete;
    expect(element.querySelectorAll('.govuk-summary-card')).to.have.length(1);
    expect(element.querySelectorAll('dl')).to.have.length(1);
    expect(renderedMarkup(element)).to.equal(serverMarkup);
  });

  it('re-renders when rows change', async () => {
    const element = await renderClient(summaryListExamples[1]!.options);
    element.rows = [...element.rows, { key: { text: 'Bin size' }, value: { text: '240 litres' } }];
    await element.updateComplete;
    expect(element.querySelectorAll('.govuk-summary-list__row')).to.have.length(3);
  });
});
