import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './support/moj-styles.js';
import '../src/define.js';
import { subNavigationAttributes } from '../src/index.js';
import { subNavigationExamples } from '../examples/sub-navigation.examples.js';
import { cleanup } from '../../../tests/support/browser.js';
import { componentFromAttributes, runExampleSuite } from '../../elements/test/support/example-suite.js';

const subNavigation = componentFromAttributes('civic-sub-navigation', subNavigationAttributes);

describe('<civic-sub-navigation>', () => {
  afterEach(cleanup);

  runExampleSuite(subNavigation, subNavigationExamples, {
    accessibility: {
      title: 'is a named navigation landmark of links, the current section marked as the page',
      async check({ element, example, lang, tree }) {
        const label = example.options.label ?? (lang === 'cy' ? 'Rhanbarth llywio eilaidd' : 'Secondary navigation region');
        expect(await tree('nav')).to.include({ role: 'navigation', name: label });
        const links = [...element.querySelectorAll('a')];
        expect(links.map((link) => link.textContent)).to.deep.equal(example.options.items.map((item) => item.text));
        for (const [index, item] of example.options.items.entries()) {
          expect(await tree(`li:nth-child(${index + 1}) a`)).to.include({ role: 'link', name: item.text });
          expect(links[index]!.getAttribute('aria-current')).to.equal(item.active ? 'page' : null);
        }
      },
    },
    parity: { server: 'SubNavigation' },
  });

  it('is reached link by link with Tab, in order', async () => {
    const element = await subNavigation.render(subNavigationExamples[0]!.options);
    const links = [...element.querySelectorAll('a')];
    links[0]!.focus();
    for (const link of links.slice(1)) {
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(link);
    }
  });

  it('never links to javascript:', async () => {
    const element = await subNavigation.render({ items: [{ text: 'Summary', href: 'javascript:alert(1)' }] });
    expect(element.querySelector('a')?.getAttribute('href')).to.equal('#');
  });
});
