import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './support/moj-styles.js';
import '../src/define.js';
import { sideNavigationAttributes, type NavigationItem } from '../src/index.js';
import { sideNavigationExamples } from '../examples/side-navigation.examples.js';
import { cleanup } from '../../../tests/support/browser.js';
import { componentFromAttributes, runExampleSuite } from '../../elements/test/support/example-suite.js';

const sideNavigation = componentFromAttributes('civic-side-navigation', sideNavigationAttributes);

describe('<civic-side-navigation>', () => {
  afterEach(cleanup);

  runExampleSuite(sideNavigation, sideNavigationExamples, {
    accessibility: {
      title: 'is a named navigation landmark, its sections headed, the current page marked as the location',
      async check({ element, example, lang, tree }) {
        const label = example.options.label ?? (lang === 'cy' ? 'Llywio ochr' : 'Side navigation');
        expect(await tree('nav')).to.include({ role: 'navigation', name: label });
        const sections = example.options.sections ?? [];
        for (const [index, section] of sections.entries()) {
          expect(await tree(`.moj-side-navigation__title:nth-of-type(${index + 1})`)).to.include({
            role: 'heading',
            name: section.heading.text,
          });
        }
        const items: NavigationItem[] = example.options.items ?? sections.flatMap((section) => section.items);
        const links = [...element.querySelectorAll('a')];
        expect(links.map((link) => link.textContent?.trim())).to.deep.equal(items.map((item) => item.text));
        expect(links.map((link) => link.getAttribute('aria-current'))).to.deep.equal(
          items.map((item) => (item.active ? 'location' : null)),
        );
        expect(element.querySelectorAll('.moj-side-navigation__item--active').length).to.equal(items.filter((item) => item.active).length);
      },
    },
    parity: { server: 'SideNavigation' },
  });

  it('is reached link by link with Tab, across its sections', async () => {
    const element = await sideNavigation.render(sideNavigationExamples[1]!.options);
    const links = [...element.querySelectorAll('a')];
    expect(links.length).to.equal(4);
    links[0]!.focus();
    for (const link of links.slice(1)) {
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(link);
    }
  });

  it('puts section headings at the level asked for', async () => {
    const element = await sideNavigation.render({
      sections: [{ heading: { text: 'Queues', headingLevel: 3 }, items: [{ text: 'Mine', href: '/mine' }] }],
    });
    expect(element.querySelector('h3.moj-side-navigation__title')?.textContent).to.equal('Queues');
  });
});
