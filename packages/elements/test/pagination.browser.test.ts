import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import { paginationAttributes, paginationItems, type CivicPagination, type PaginationOptions } from '../src/index.js';
import { paginationExamples } from '../examples/pagination.examples.js';
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

async function renderClient(options: PaginationOptions, parent: HTMLElement = container()): Promise<CivicPagination> {
  return renderElement('civic-pagination', paginationAttributes(options), parent);
}

// govuk-visually-hidden adds spaces around its text (::before/::after); screen readers collapse them.
const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

const words = {
  en: { landmark: 'Pagination', previous: 'Previous page', next: 'Next page', page: 'Page' },
  cy: { landmark: 'Tudalennu', previous: 'Blaenorol', next: 'Nesaf', page: 'Tudalen' },
} as const;

describe('<civic-pagination>', () => {
  afterEach(cleanup);

  for (const example of paginationExamples) {
    describe(`example "${example.name}"`, () => {
      it('has no axe violations', async () => {
        const element = await renderClient(example.options, container(example.lang));
        await expectAccessible(element.parentElement);
      });

      it('is a named navigation landmark whose links are named in full, with the current page marked', async () => {
        const element = await renderClient(example.options, container(example.lang));
        element.id = 'pagination-under-test';
        const text = words[example.lang ?? 'en'];
        const nav = await accessibleProperties('#pagination-under-test nav');
        expect(nav.role).to.equal('navigation');
        expect(nav.name).to.equal(text.landmark);
        const block = !example.options.items?.length;
        expect(element.querySelector('nav')!.classList.contains('govuk-pagination--block')).to.equal(block);
        for (const [type, link] of [
          ['prev', example.options.previous],
          ['next', example.options.next],
        ] as const) {
          if (!link) {
            expect(element.querySelector(`.govuk-pagination__${type}`)).to.equal(null);
            continue;
          }
          const name = collapse((await accessibleProperties(`#pagination-under-test .govuk-pagination__${type} a`)).name);
          const title = type === 'prev' ? text.previous : text.next;
          expect(name).to.equal(link.labelText ? `${title} : ${link.labelText}` : title);
          expect(element.querySelector(`.govuk-pagination__${type} a`)!.getAttribute('href')).to.equal(link.href);
          expect(element.querySelector(`.govuk-pagination__${type} a`)!.getAttribute('rel')).to.equal(type);
        }
        const items = example.options.items ?? [];
        const rendered = element.querySelectorAll('.govuk-pagination__item');
        expect(rendered).to.have.length(items.length);
        for (const [index, item] of items.entries()) {
          const li = rendered[index]!;
          if (item.ellipsis) {
            expect(li.classList.contains('govuk-pagination__item--ellipsis')).to.equal(true);
            expect(li.querySelector('a')).to.equal(null);
            continue;
          }
          const link = await accessibleProperties(`#pagination-under-test .govuk-pagination__item:nth-child(${index + 1}) a`);
          expect(link.role).to.equal('link');
          expect(link.name).to.equal(`${text.page} ${item.number}`);
          expect(li.querySelector('a')!.getAttribute('aria-current')).to.equal(item.current ? 'page' : null);
          expect(li.classList.contains('govuk-pagination__item--current')).to.equal(item.current === true);
        }
      });

      it('renders exactly what the server render function renders', async () => {
        const element = await renderClient(example.options, container(example.lang));
        const server = await serverMarkup('Pagination', example.options, example.lang);
        expect(renderedMarkup(element)).to.equal(renderedMarkup(server));
      });
    });
  }

  it('builds GOV.UK’s numbered items: first, last, the current page and its neighbours, an ellipsis for each gap', () => {
    const href = (page: number): string => `?page=${page}`;
    const shape = (current: number, total: number): string =>
      paginationItems(current, total, href)
        .map((item) => (item.ellipsis ? '…' : item.current ? `[${item.number}]` : String(item.number)))
        .join(' ');
    expect(shape(7, 42)).to.equal('1 … 6 [7] 8 … 42');
    expect(shape(1, 42)).to.equal('[1] 2 … 42');
    expect(shape(3, 5)).to.equal('1 2 [3] 4 5');
    expect(shape(41, 42)).to.equal('1 … 40 [41] 42');
    expect(shape(1, 1)).to.equal('[1]');
    expect(paginationItems(2, 3, href)[1]).to.deep.equal({ number: 2, href: '?page=2', current: true });
  });

  it('takes previous, the pages and next in order with Tab', async () => {
    const element = await renderClient(paginationExamples[1]!.options);
    const links = [...element.querySelectorAll('a')];
    expect(links).to.have.length(7);
    for (const link of links) {
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(link);
    }
  });

  it('refuses script URLs everywhere', async () => {
    const element = await renderClient({
      previous: { href: 'javascript:alert(1)' },
      next: { href: 'data:text/html,x' },
      items: [{ number: 1, href: 'vbscript:x', current: true }],
    });
    for (const link of element.querySelectorAll('a')) expect(link.getAttribute('href')).to.equal('#');
  });

  it('uses custom link text and hidden page names when given', async () => {
    const element = await renderClient({
      previous: { href: '?page=1', text: 'Earlier results' },
      items: [{ number: 2, href: '?page=2', current: true, visuallyHiddenText: 'Results page 2' }],
    });
    element.id = 'custom';
    expect(collapse((await accessibleProperties('#custom .govuk-pagination__prev a')).name)).to.equal('Earlier results');
    expect((await accessibleProperties('#custom .govuk-pagination__item a')).name).to.equal('Results page 2');
  });

  it('adopts server-rendered markup without duplicating it', async () => {
    const options = paginationExamples[1]!.options;
    const serverElement = parseHtml(await serverRender('Pagination', options));
    const serverMarkup = renderedMarkup(serverElement);
    const element = document.adoptNode(serverElement) as CivicPagination;
    container().append(element);
    await element.updateComplete;
    expect(element.querySelectorAll('nav')).to.have.length(1);
    expect(renderedMarkup(element)).to.equal(serverMarkup);
  });

  it('speaks Welsh when the page language changes, and lets one instance change its wording', async () => {
    const element = await renderClient(paginationExamples[0]!.options);
    const label = (): string | null | undefined => element.querySelector('nav')?.getAttribute('aria-label');
    const previous = (): string => collapse(element.querySelector('.govuk-pagination__prev a')?.textContent ?? '');
    expect([label(), previous(), element.querySelector('.govuk-pagination__item a')?.getAttribute('aria-label')]).to.deep.equal([
      'Pagination',
      'Previous page',
      'Page 1',
    ]);
    element.parentElement!.lang = 'cy';
    await new Promise((resolve) => setTimeout(resolve));
    await element.updateComplete;
    expect([label(), previous(), element.querySelector('.govuk-pagination__item a')?.getAttribute('aria-label')]).to.deep.equal([
      'Tudalennu',
      'Blaenorol',
      'Tudalen 1',
    ]);
    element.messages = { landmarkLabel: 'Tudalennau canlyniadau' };
    await element.updateComplete;
    expect(label()).to.equal('Tudalennau canlyniadau');
  });
});
