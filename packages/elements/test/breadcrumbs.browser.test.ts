import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import { breadcrumbsAttributes, type CivicBreadcrumbs } from '../src/index.js';
import { breadcrumbsExamples } from '../examples/breadcrumbs.examples.js';
import { cleanup, parseHtml, renderedMarkup, serverRender } from '../../../tests/support/browser.js';
import { afterLangChange, adoptServerHtml, componentFromAttributes, runExampleSuite } from './support/example-suite.js';

const breadcrumbs = componentFromAttributes('civic-breadcrumbs', breadcrumbsAttributes);

describe('<civic-breadcrumbs>', () => {
  afterEach(cleanup);

  runExampleSuite(breadcrumbs, breadcrumbsExamples, {
    accessibility: {
      title: 'is a navigation landmark named in the page language, with a link per page above this one',
      async check({ element, example, lang, tree }) {
        expect(await tree('nav')).to.include({
          role: 'navigation',
          name: example.options.labelText ?? (lang === 'cy' ? 'Briwsion bara' : 'Breadcrumb'),
        });
        expect((await tree('ol')).role).to.equal('list');
        for (const [index, item] of example.options.items.entries()) {
          const selector = `li:nth-child(${index + 1})`;
          if (item.href) {
            expect(await tree(`${selector} a`)).to.include({ role: 'link', name: item.text });
          } else {
            expect(element.querySelector(selector)?.getAttribute('aria-current')).to.equal('page');
            expect(element.querySelector(`${selector} a`)).to.equal(null);
          }
        }
        expect(element.querySelector('nav')?.classList.contains('govuk-breadcrumbs--collapse-on-mobile')).to.equal(
          example.options.collapseOnMobile === true,
        );
      },
    },
    parity: { server: 'Breadcrumbs' },
  });

  it('takes each link in turn with Tab', async () => {
    const element = await breadcrumbs.render(breadcrumbsExamples[0]!.options);
    const links = [...element.querySelectorAll('a')];
    for (const link of links) {
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(link);
    }
  });

  it('refuses script URLs in items', async () => {
    const element = await breadcrumbs.render({ items: [{ text: 'Home', href: 'javascript:alert(1)' }] });
    expect(element.querySelector('a')?.getAttribute('href')).to.equal('#');
  });

  it('adopts bare server markup, rebuilding its items', async () => {
    const options = breadcrumbsExamples[1]!.options;
    const inner = await serverRender('Breadcrumbs', options, { element: false });
    const { element } = await adoptServerHtml<CivicBreadcrumbs>(`<civic-breadcrumbs>${inner}</civic-breadcrumbs>`);
    expect(element.items).to.deep.equal(options.items);
    expect(element.querySelectorAll('nav')).to.have.length(1);
    expect(renderedMarkup(element)).to.equal(renderedMarkup(parseHtml(`<div>${inner}</div>`)));
  });

  it('speaks Welsh when the page language changes, and lets one instance change its label', async () => {
    const element = await breadcrumbs.render(breadcrumbsExamples[0]!.options);
    const label = (): string | null | undefined => element.querySelector('nav')?.getAttribute('aria-label');
    expect(label()).to.equal('Breadcrumb');
    element.parentElement!.lang = 'cy';
    await afterLangChange(element);
    expect(label()).to.equal('Briwsion bara');
    element.messages = { labelText: 'Llwybr' };
    await element.updateComplete;
    expect(label()).to.equal('Llwybr');
  });
});
