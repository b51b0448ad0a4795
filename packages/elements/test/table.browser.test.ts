import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import { CivicSortEvent, tableAttributes, type CivicTable, type TableOptions } from '../src/index.js';
import { tableExamples } from '../examples/table.examples.js';
import { cleanup, container, renderedMarkup, serverRender } from '../../../tests/support/browser.js';
import { afterLangChange, adoptServerHtml, componentFromAttributes, runExampleSuite } from './support/example-suite.js';

const table = componentFromAttributes('civic-table', tableAttributes);

/** The client render with its enhancement taken off: each sort button back to its text, no `aria-sort`, no status region. */
function withoutEnhancement(element: Element): Element {
  const copy = element.cloneNode(true) as Element;
  for (const button of copy.querySelectorAll('th > button')) button.replaceWith((button.textContent ?? '').trim());
  for (const header of copy.querySelectorAll('th[aria-sort]')) header.removeAttribute('aria-sort');
  copy.querySelector(':scope > [role="status"]')?.remove();
  return copy;
}

const column = (element: CivicTable, index: number): string[] =>
  [...element.querySelectorAll('tbody tr')].map((row) => (row.children[index]?.textContent ?? '').trim());
const sortStates = (element: CivicTable): (string | null)[] =>
  [...element.querySelectorAll('thead th')].map((th) => th.getAttribute('aria-sort'));
const status = (element: CivicTable): string => (element.querySelector('[role="status"]')?.textContent ?? '').trim();
const button = (element: CivicTable, index: number): HTMLButtonElement => element.querySelector(`button[data-column="${index}"]`)!;

const sortable = tableExamples.find((example) => example.name === 'Sortable')!.options;
const serverSorted = tableExamples.find((example) => example.name === 'Sortable, sorted by the server')!.options;

describe('<civic-table>', () => {
  afterEach(cleanup);

  runExampleSuite(table, tableExamples, {
    accessibility: {
      title: 'is a table named by its caption, with column and row headers (and sort buttons) in the accessibility tree',
      async check({ element, example, tree }) {
        expect(await tree('table')).to.include({ role: 'table', name: example.options.caption });
        if (example.options.captionSize) {
          expect(element.querySelector('caption')?.classList.contains(`govuk-table__caption--${example.options.captionSize}`)).to.equal(
            true,
          );
        }
        for (const [index, head] of (example.options.head ?? []).entries()) {
          const selector = `thead th:nth-child(${index + 1})`;
          expect(await tree(selector)).to.include({ role: 'columnheader', name: head.text });
          const th = element.querySelector(selector)!;
          expect(th.classList.contains('govuk-table__header--numeric')).to.equal(head.format === 'numeric');
          if (example.options.sortable && head.sortable !== false) {
            expect(await tree(`${selector} button`)).to.include({ role: 'button', name: head.text });
            const expected = example.options.sortColumn === index ? (example.options.sortDirection ?? 'none') : 'none';
            expect(th.getAttribute('aria-sort')).to.equal(expected);
          } else {
            expect(th.querySelector('button')).to.equal(null);
            expect(th.hasAttribute('aria-sort')).to.equal(false);
          }
        }
        for (const [index, row] of example.options.rows.entries()) {
          const first = await tree(`tbody tr:nth-child(${index + 1}) > :first-child`);
          expect(first.role).to.equal(example.options.firstCellIsHeader ? 'rowheader' : 'cell');
          expect(first.name === '' || first.name === row[0]?.text).to.equal(true);
          for (const [cellIndex, cell] of row.entries()) {
            const rendered = element.querySelectorAll('tbody tr')[index]!.children[cellIndex]!;
            expect(rendered.textContent?.trim()).to.equal(cell.text);
            if (rendered.tagName === 'TD')
              expect(rendered.classList.contains('govuk-table__cell--numeric')).to.equal(cell.format === 'numeric');
          }
        }
        if (example.options.sortable) {
          const region = await tree('[role="status"]');
          expect(region.role).to.equal('status');
          expect(status(element)).to.equal('');
        }
      },
    },
    parity: {
      server: 'Table',
      title: 'renders what the server render function renders (plus, when sortable, only the sort enhancement)',
      client: (element) => renderedMarkup(withoutEnhancement(element)),
      check({ element, example, server }) {
        expect(server.querySelector('button, [aria-sort], [role="status"]')).to.equal(null);
        if (example.options.sortable) expect(renderedMarkup(element)).not.to.equal(renderedMarkup(server));
      },
    },
  });

  it('sorts a numeric column by amount, ascending then descending, and says so', async () => {
    const element = await table.render(sortable);
    button(element, 2).click();
    await element.updateComplete;
    expect(column(element, 2)).to.deep.equal(['£9', '£85', '£310.50', '£1,250']);
    expect(sortStates(element)).to.deep.equal(['none', 'none', 'ascending']);
    expect(status(element)).to.equal('Sorted by Cost, ascending');
    button(element, 2).click();
    await element.updateComplete;
    expect(column(element, 2)).to.deep.equal(['£1,250', '£310.50', '£85', '£9']);
    expect(sortStates(element)).to.deep.equal(['none', 'none', 'descending']);
    expect(status(element)).to.equal('Sorted by Cost, descending');
    // Another column starts ascending again, and the first goes back to "none".
    button(element, 0).click();
    await element.updateComplete;
    expect(column(element, 0)).to.deep.equal(['Abandoned vehicles', 'Bulky items', 'Clinical waste', 'Garden waste']);
    expect(sortStates(element)).to.deep.equal(['ascending', 'none', 'none']);
    expect(status(element)).to.equal('Sorted by Service, ascending');
  });

  it('sorts text with Intl.Collator for the page language: case and accents (ŵ, ŷ) do not push words out of place', async () => {
    // CLDR has no Welsh tailoring (digraphs such as "ll" sort as two letters), so Welsh and English orders agree here.
    const rows = [[{ text: 'Zebra crossing' }], [{ text: 'ŵyn' }], [{ text: 'afon' }], [{ text: 'Ysgol' }]];
    const options: TableOptions = { sortable: true, head: [{ text: 'Enw' }], rows };
    for (const lang of ['en', 'cy']) {
      const element = await table.render(options, container(lang));
      button(element, 0).click();
      await element.updateComplete;
      expect(column(element, 0)).to.deep.equal(['afon', 'ŵyn', 'Ysgol', 'Zebra crossing']);
    }
  });

  it('sorts text naturally ("Flat 9" before "Flat 10") and by sortValue when given', async () => {
    const element = await table.render({
      sortable: true,
      head: [{ text: 'Address' }, { text: 'Received', format: 'numeric' }],
      rows: [
        [{ text: 'Flat 10' }, { text: '1 March 2024', sortValue: 20240301 }],
        [{ text: 'Flat 9' }, { text: '15 February 2024', sortValue: 20240215 }],
        [{ text: 'Flat 2' }, { text: '2 April 2024', sortValue: 20240402 }],
      ],
    });
    button(element, 0).click();
    await element.updateComplete;
    expect(column(element, 0)).to.deep.equal(['Flat 2', 'Flat 9', 'Flat 10']);
    button(element, 1).click();
    await element.updateComplete;
    expect(column(element, 1)).to.deep.equal(['15 February 2024', '1 March 2024', '2 April 2024']);
  });

  it('sorts from the keyboard: Tab to a header, Enter and Space, with focus kept on the button', async () => {
    const element = await table.render(sortable);
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(button(element, 0));
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(button(element, 2));
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(sortStates(element)[2]).to.equal('ascending');
    expect(document.activeElement).to.equal(button(element, 2));
    await sendKeys({ press: 'Space' });
    await element.updateComplete;
    expect(sortStates(element)[2]).to.equal('descending');
    expect(column(element, 2)[0]).to.equal('£1,250');
    expect(document.activeElement).to.equal(button(element, 2));
  });

  it('fires a cancelable civic-sort event; cancelling it leaves the table as it was', async () => {
    const element = await table.render(sortable);
    const events: CivicSortEvent[] = [];
    element.addEventListener('civic-sort', (event) => {
      events.push(event);
      event.preventDefault();
    });
    button(element, 2).click();
    await element.updateComplete;
    expect(events).to.have.length(1);
    expect(events[0]).to.be.instanceOf(CivicSortEvent);
    expect([events[0]!.column, events[0]!.direction, events[0]!.columnText, events[0]!.bubbles]).to.deep.equal([
      2,
      'ascending',
      'Cost',
      true,
    ]);
    expect(column(element, 2)).to.deep.equal(sortable.rows.map((row) => row[2]!.text));
    expect(sortStates(element)).to.deep.equal(['none', 'none', 'none']);
    expect(status(element)).to.equal('');
  });

  it('in server mode never reorders rows: it reports the sort for the page to fetch, then shows the rows it is given', async () => {
    const element = await table.render(serverSorted);
    const heard: [number, string][] = [];
    element.addEventListener('civic-sort', (event) => heard.push([event.column, event.direction]));
    // The rows already arrive sorted by "Received", descending, so its button flips to ascending.
    button(element, 1).click();
    await element.updateComplete;
    expect(heard).to.deep.equal([[1, 'ascending']]);
    expect(column(element, 0)).to.deep.equal(['24/00312/FUL', '24/00298/HOU']);
    expect(sortStates(element)).to.deep.equal(['none', 'ascending', null]);
    expect(status(element)).to.equal('Sorted by Received, ascending');
    element.rows = [...serverSorted.rows].reverse();
    await element.updateComplete;
    expect(column(element, 0)).to.deep.equal(['24/00298/HOU', '24/00312/FUL']);
    expect(element.querySelector('thead th:nth-child(3) button')).to.equal(null);
  });

  it('adopts server-rendered markup, then adds the sort buttons', async () => {
    const { element, serverMarkup } = await adoptServerHtml<CivicTable>(await serverRender('Table', sortable), {
      before(serverElement) {
        expect(serverElement.querySelector('button')).to.equal(null);
      },
    });
    expect(element.querySelectorAll('table')).to.have.length(1);
    expect(element.querySelectorAll('thead button')).to.have.length(3);
    expect(renderedMarkup(withoutEnhancement(element))).to.equal(serverMarkup);
    button(element, 2).click();
    await element.updateComplete;
    expect(column(element, 2)[0]).to.equal('£9');
  });

  it('speaks Welsh when the page language changes, and lets one instance change its wording', async () => {
    const element = await table.render(sortable);
    button(element, 2).click();
    await element.updateComplete;
    expect(status(element)).to.equal('Sorted by Cost, ascending');
    element.parentElement!.lang = 'cy';
    await afterLangChange(element);
    expect(status(element)).to.equal('Wedi’i drefnu yn ôl Cost, trefn esgynnol');
    element.messages = { sortedAscending: 'Trefn: %{column}, o’r lleiaf' };
    await element.updateComplete;
    expect(status(element)).to.equal('Trefn: Cost, o’r lleiaf');
  });

  it('keeps plain headers when not sortable', async () => {
    const element = await table.render(tableExamples[1]!.options);
    expect(element.querySelector('button, [aria-sort], [role="status"]')).to.equal(null);
    expect(element.querySelectorAll('tbody th[scope="row"]')).to.have.length(3);
  });
});
