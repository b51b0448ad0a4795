import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import { paginationAttributes, paginationItems } from '../src/index.js';
import { paginationExamples } from '../examples/pagination.examples.js';
import { accessibleProperties, cleanup } from '../../../tests/support/browser.js';
import { afterLangChange, componentFromAttributes, runExampleSuite } from './support/example-suite.js';

const pagination = componentFromAttributes('civic-pagination', paginationAttributes);

// govuk-visually-hidden adds spaces around its text (::before/::after); screen readers collapse them.
const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

const words = {
  en: { landmark: 'Pagination', previous: 'Previous page', next: 'Next page', page: 'Page' },
  cy: { landmark: 'Tudalennu', previous: 'Blaenorol', next: 'Nesaf', page: 'Tudalen' },
} as const;

describe('<civic-pagination>', () => {
  afterEach(cleanup);

  runExampleSuite(pagination, paginationExamples, {
    accessibility: {
      title: 'is a named navigation landmark whose links are named in full, with the current page marked',
      async check({ element, example, lang, tree }) {
        const text = words[lang];
        expect(await tree('nav')).to.include({ role: 'navigation', name: text.landmark });
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
          const name = collapse((await tree(`.govuk-pagination__${type} a`)).name);
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
          expect(await tree(`.govuk-pagination__item:nth-child(${index + 1}) a`)).to.include({
            role: 'link',
            name: `${text.page} ${item.number}`,
          });
          expect(li.querySelector('a')!.getAttribute('aria-current')).to.equal(item.current ? 'page' : null);
          expect(li.classList.contains('govuk-pagination__item--current')).to.equal(item.current === true);
        }
      },
    },
    parity: { server: 'Pagination' },
  });

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
    const element = await pagination.render(paginationExamples[1]!.options);
    const links = [...element.querySelectorAll('a')];
    expect(links).to.have.length(7);
    for (const link of links) {
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(link);
    }
  });

  it('refuses script URLs everywhere', async () => {
    const element = await pagination.render({
      previous: { href: 'javascript:alert(1)' },
      next: { href: 'data:text/html,x' },
      items: [{ number: 1, href: 'vbscript:x', current: true }],
    });
    for (const link of element.querySelectorAll('a')) expect(link.getAttribute('href')).to.equal('#');
  });

  it('uses custom link text and hidden page names when given', async () => {
    const element = await pagination.render({
      previous: { href: '?page=1', text: 'Earlier results' },
      items: [{ number: 2, href: '?page=2', current: true, visuallyHiddenText: 'Results page 2' }],
    });
    element.id = 'custom';
    expect(collapse((await accessibleProperties('#custom .govuk-pagination__prev a')).name)).to.equal('Earlier results');
    expect((await accessibleProperties('#custom .govuk-pagination__item a')).name).to.equal('Results page 2');
  });

  it('speaks Welsh when the page language changes, and lets one instance change its wording', async () => {
    const element = await pagination.render(paginationExamples[0]!.options);
    const label = (): string | null | undefined => element.querySelector('nav')?.getAttribute('aria-label');
    const previous = (): string => collapse(element.querySelector('.govuk-pagination__prev a')?.textContent ?? '');
    expect([label(), previous(), element.querySelector('.govuk-pagination__item a')?.getAttribute('aria-label')]).to.deep.equal([
      'Pagination',
      'Previous page',
      'Page 1',
    ]);
    element.parentElement!.lang = 'cy';
    await afterLangChange(element);
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
