import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './support/moj-styles.js';
import '../src/define.js';
import { caseListAttributes, type CaseListOptions } from '../src/index.js';
import { caseListExamples } from '../examples/case-list.examples.js';
import { cleanup, collapseSpaces, parseHtml, serverRender } from '../../../tests/support/browser.js';
import { adoptServerHtml, componentFromAttributes, runExampleSuite } from '../../elements/test/support/example-suite.js';

const caseList = componentFromAttributes('civic-case-list', caseListAttributes);

const words = {
  en: {
    filter: 'Filter',
    pages: 'Pages of cases',
    ascending: 'sort ascending',
    descending: 'sort descending',
    remove: 'Remove this filter',
  },
  cy: {
    filter: 'Hidlo',
    pages: 'Tudalennau o achosion',
    ascending: 'trefnu’n esgynnol',
    descending: 'trefnu’n ddisgynnol',
    remove: 'Dileu’r hidlydd hwn',
  },
} as const;

const [firstPage, filtered, , nothingMatches, welsh] = caseListExamples.map((example) => example.options) as [
  CaseListOptions,
  CaseListOptions,
  CaseListOptions,
  CaseListOptions,
  CaseListOptions,
];

/** The address a link goes to, path and query, as the browser resolves it. */
const target = (link: Element | null): string => {
  const url = new URL((link as HTMLAnchorElement).href);
  return `${url.pathname}${url.search}`;
};

describe('<civic-case-list>', () => {
  afterEach(cleanup);

  runExampleSuite(caseList, caseListExamples, {
    accessibility: {
      title: 'names the table by its caption, marks the sorted column, says what each sort link does, and names the filter and pages',
      async check({ element, example, lang, tree }) {
        const { caption, columns, rows, sort, filters, total, pageSize } = example.options;
        const text = words[lang];
        if (rows.length > 0) {
          expect(await tree('table')).to.include({ role: 'table', name: caption });
          const headers = [...element.querySelectorAll('thead th')];
          for (const [index, column] of columns.entries()) {
            const header = headers[index]!;
            const sorted = sort?.column === column.key ? sort.direction : undefined;
            expect(header.getAttribute('aria-sort')).to.equal(column.sortable ? (sorted ?? 'none') : null);
            if (!column.sortable) continue;
            const link = await tree(`thead th:nth-child(${index + 1}) a`);
            const next = sorted === 'ascending' ? text.descending : text.ascending;
            expect(collapseSpaces(link.name)).to.equal(`${column.text} (${next})`);
          }
          const firstCells = [...element.querySelectorAll('tbody th[scope="row"] a')].map((link) => link.textContent?.trim());
          expect(firstCells).to.deep.equal(rows.map((row) => row.cells[columns[0]!.key]));
        } else {
          expect(element.querySelector('table')).to.equal(null);
        }
        if (filters?.length) expect(await tree('form')).to.include({ role: 'form', name: text.filter });
        else expect(element.querySelector('form')).to.equal(null);
        const pages = Math.ceil(total / pageSize);
        if (pages > 1) expect(await tree('nav')).to.include({ role: 'navigation', name: text.pages });
        else expect(element.querySelector('nav')).to.equal(null);
        for (const tag of element.querySelectorAll('.moj-filter__tag')) {
          expect(collapseSpaces((await tree(`.moj-filter-tags a[href="${tag.getAttribute('href')}"]`)).name)).to.match(
            new RegExp(`^${text.remove} `),
          );
        }
      },
    },
    parity: { server: 'CaseList' },
  });

  it('works with JavaScript off: the server’s page has real addresses for sorting, pages and removing filters, and a GET form', async () => {
    const page = parseHtml(await serverRender('CaseList', filtered, { element: false }));
    const form = page.querySelector('form')!;
    expect(form.getAttribute('method')).to.equal('get');
    expect(form.getAttribute('action')).to.equal('/queues/team');
    // Applying filters keeps the sort and starts again at page 1: there is no page field.
    expect(
      [...form.querySelectorAll('input[type="hidden"]')].map((input) => [input.getAttribute('name'), input.getAttribute('value')]),
    ).to.deep.equal([
      ['sort', 'reference'],
      ['order', 'descending'],
    ]);
    expect(form.querySelector('[name="page"]')).to.equal(null);
    expect(form.querySelector<HTMLInputElement>('input[name="q"]')!.getAttribute('value')).to.equal('Bloggs');
    const filters = 'q=Bloggs&status=assessment&status=decision&team=north';
    expect(page.querySelector('th[aria-sort="descending"] a')!.getAttribute('href')).to.equal(
      `/queues/team?${filters}&sort=reference&order=ascending`,
    );
    expect(page.querySelector('th[aria-sort="none"] a')!.getAttribute('href')).to.equal(
      `/queues/team?${filters}&sort=name&order=ascending`,
    );
    expect(page.querySelector('.govuk-pagination__next a')!.getAttribute('href')).to.equal(
      `/queues/team?${filters}&sort=reference&order=descending&page=4`,
    );
    expect(page.querySelector('.govuk-pagination__prev a')!.getAttribute('href')).to.equal(
      `/queues/team?${filters}&sort=reference&order=descending&page=2`,
    );
    const removeLinks = [...page.querySelectorAll('.moj-filter__tag')].map((link) => [
      collapseSpaces(link.textContent ?? ''),
      link.getAttribute('href'),
    ]);
    expect(removeLinks).to.deep.equal([
      ['Remove this filter Bloggs', '/queues/team?status=assessment&status=decision&team=north&sort=reference&order=descending'],
      ['Remove this filter Assessment', '/queues/team?q=Bloggs&status=decision&team=north&sort=reference&order=descending'],
      ['Remove this filter Awaiting decision', '/queues/team?q=Bloggs&status=assessment&team=north&sort=reference&order=descending'],
      ['Remove this filter North patch', '/queues/team?q=Bloggs&status=assessment&status=decision&sort=reference&order=descending'],
    ]);
    expect(page.querySelector('.moj-filter__heading-action a')!.getAttribute('href')).to.equal(
      '/queues/team?sort=reference&order=descending',
    );
  });

  it('counts what it shows in words, and says when nothing matches', async () => {
    const element = await caseList.render(filtered);
    expect(collapseSpaces(element.querySelector('.civic-case-list__count')!.textContent ?? '')).to.equal('Showing 11 to 15 of 42 cases');
    const none = await caseList.render(nothingMatches);
    expect(collapseSpaces(none.querySelector('.civic-case-list__count')!.textContent ?? '')).to.equal('No cases match these filters.');
    const cy = await caseList.render(welsh, 'cy');
    expect(collapseSpaces(cy.querySelector('.civic-case-list__count')!.textContent ?? '')).to.equal('Yn dangos 2 i 2 o 2 achos');
    expect(collapseSpaces(cy.querySelector('.moj-filter__tag')!.textContent ?? '')).to.equal('Dileu’r hidlydd hwn Asesiad');
  });

  it('marks the current page and links every other, with an ellipsis for the gaps', async () => {
    const element = await caseList.render(filtered);
    const items = [...element.querySelectorAll('.govuk-pagination__item')].map((item) => item.textContent?.trim());
    expect(items).to.deep.equal(['1', '2', '3', '4', '⋯', '9']);
    expect(element.querySelector('[aria-current="page"]')!.textContent?.trim()).to.equal('3');
  });

  it('is worked from the keyboard: Enter on a sort link follows it to page 1 sorted by that column', async () => {
    const element = await caseList.render(filtered);
    const followed: string[] = [];
    element.addEventListener('click', (event) => {
      const link = (event.target as Element).closest('a');
      if (link) followed.push(target(link));
      event.preventDefault();
    });
    element.querySelector<HTMLAnchorElement>('thead th a')!.focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    expect(followed).to.deep.equal([
      '/queues/team?q=Bloggs&status=assessment&status=decision&team=north&sort=reference&order=ascending',
      '/queues/team?q=Bloggs&status=assessment&status=decision&team=north&sort=name&order=ascending',
    ]);
  });

  it('is worked from the keyboard: filters are ticked with Space and applied with Enter, as a GET', async () => {
    const element = await caseList.render(firstPage);
    const form = element.querySelector('form')!;
    let sent: string | undefined;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      sent = new URLSearchParams(new FormData(form) as unknown as Record<string, string>).toString();
    });
    element.querySelector<HTMLInputElement>('input[name="q"]')!.focus();
    await sendKeys({ type: 'Bloggs' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(element.querySelector('input[value="assessment"]'));
    await sendKeys({ press: 'Space' });
    element.querySelector<HTMLButtonElement>('.moj-filter__options button')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(form.method).to.equal('get');
    expect(sent).to.equal('q=Bloggs&status=assessment&team=&sort=due&order=ascending');
  });

  it('keeps what was ticked before the script loaded in the form, while the selected filters still say what is applied', async () => {
    const html = await serverRender('CaseList', filtered);
    const { element } = await adoptServerHtml<HTMLElement>(html, {
      before: (server) => {
        server.querySelector<HTMLInputElement>('input[value="new"]')!.checked = true;
        server.querySelector<HTMLInputElement>('input[value="decision"]')!.checked = false;
      },
    });
    expect(element.querySelector<HTMLInputElement>('input[value="new"]')!.checked).to.equal(true);
    expect(element.querySelector<HTMLInputElement>('input[value="decision"]')!.checked).to.equal(false);
    const chips = [...element.querySelectorAll('.moj-filter__tag')].map((link) =>
      collapseSpaces(link.textContent ?? '').replace('Remove this filter ', ''),
    );
    expect(chips).to.deep.equal(['Bloggs', 'Assessment', 'Awaiting decision', 'North patch']);
  });

  it('never links to javascript:, from the list or from a row', async () => {
    const element = await caseList.render({
      ...firstPage,
      action: 'javascript:alert(1)',
      rows: [{ href: 'javascript:alert(2)', cells: { reference: 'HSG-1' } }],
    });
    expect([...element.querySelectorAll('a')].every((link) => link.getAttribute('href') === '#')).to.equal(true);
    expect(element.querySelector('form')!.getAttribute('action')).to.equal('#');
  });
});
