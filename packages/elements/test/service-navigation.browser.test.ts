import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/define.js';
import { serviceNavigationAttributes, type CivicServiceNavigation } from '../src/index.js';
import { serviceNavigationExamples } from '../examples/service-navigation.examples.js';
import { accessibleProperties, cleanup, container, parseHtml, serverRender } from '../../../tests/support/browser.js';
import { afterLangChange, componentFromAttributes, runExampleSuite } from './support/example-suite.js';

const serviceNavigation = componentFromAttributes('civic-service-navigation', serviceNavigationAttributes);

/** Lets the media query's change event reach the element, then its re-render finish. */
async function settle(element: CivicServiceNavigation): Promise<void> {
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await new Promise((resolve) => setTimeout(resolve, 50));
  await element.updateComplete;
}

const desktop = { width: 1024, height: 768 };
const mobile = { width: 375, height: 700 };
const words = {
  en: { menu: 'Menu', region: 'Service information' },
  cy: { menu: 'Dewislen', region: 'Gwybodaeth am y gwasanaeth' },
} as const;

describe('<civic-service-navigation>', () => {
  before(() => setViewport(desktop));
  afterEach(async () => {
    cleanup();
    await setViewport(desktop);
  });

  runExampleSuite(serviceNavigation, serviceNavigationExamples, {
    accessibility: {
      title: 'is a region named "Service information" with a nav named "Menu", and marks the current item',
      async check({ element, example, lang, tree }) {
        if (example.options.serviceName) {
          expect(await tree('.govuk-service-navigation')).to.include({ role: 'region', name: words[lang].region });
        }
        const items = example.options.navigation ?? [];
        if (items.length > 0) {
          expect(await tree('nav')).to.include({ role: 'navigation', name: words[lang].menu });
          const links = [...element.querySelectorAll('.govuk-service-navigation__item a')];
          expect(links.map((link) => link.textContent?.trim())).to.deep.equal(items.map((item) => item.text));
          items.forEach((item, index) => {
            expect(links[index]?.getAttribute('aria-current')).to.equal(item.current ? 'page' : item.active ? 'true' : null);
          });
          for (const [index, item] of items.entries()) {
            expect(await tree(`.govuk-service-navigation__item:nth-child(${index + 1}) a`)).to.include({ role: 'link', name: item.text });
          }
        } else {
          expect(element.querySelector('nav')).to.equal(null);
        }
      },
    },
    parity: { server: 'ServiceNavigation' },
  });

  const three = serviceNavigationExamples.find((example) => example.name === 'With service name')!.options;

  it('on a small screen, hides the items behind a "Menu" button that opens and closes them from the keyboard', async () => {
    await setViewport(mobile);
    const element = await serviceNavigation.render(three);
    await settle(element);
    element.id = 'nav-under-test';
    const button = element.menuButton!;
    const list = element.querySelector('ul')!;
    expect(button.hidden).to.equal(false);
    expect(button.hasAttribute('aria-hidden')).to.equal(false);
    expect(button.getAttribute('aria-controls')).to.equal(list.id);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(list.hidden).to.equal(true);
    const accessible = await accessibleProperties('#nav-under-test .govuk-service-navigation__toggle');
    expect(accessible.role).to.equal('button');
    expect(accessible.name).to.equal('Menu');

    button.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(list.hidden).to.equal(false);
    expect(element.open).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(list.querySelector('a'));

    button.focus();
    await sendKeys({ press: 'Space' });
    await element.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(list.hidden).to.equal(true);
  });

  it('shows the items and hides the button again when the screen widens, as govuk-frontend does', async () => {
    await setViewport(mobile);
    const element = await serviceNavigation.render(three);
    await settle(element);
    expect(element.querySelector('ul')!.hidden).to.equal(true);
    await setViewport(desktop);
    await settle(element);
    expect(element.querySelector('ul')!.hidden).to.equal(false);
    expect(element.menuButton!.hidden).to.equal(true);
    expect(element.menuButton!.getAttribute('aria-hidden')).to.equal('true');
    expect(element.menuButton!.hasAttribute('aria-expanded')).to.equal(false);
  });

  it('does not collapse a single item, unless asked to', async () => {
    await setViewport(mobile);
    const single = await serviceNavigation.render({ navigation: [{ text: 'Sign out', href: '/sign-out' }] });
    await settle(single);
    expect(single.menuButton).to.equal(null);
    expect(single.querySelector('ul')!.hidden).to.equal(false);
    const forced = await serviceNavigation.render({
      navigation: [{ text: 'Sign out', href: '/sign-out' }],
      collapseNavigationOnMobile: true,
      navigationId: 'nav-2',
    });
    await settle(forced);
    expect(forced.querySelector('ul')!.hidden).to.equal(true);
    const never = await serviceNavigation.render({ ...three, collapseNavigationOnMobile: false, navigationId: 'nav-3' });
    await settle(never);
    expect(never.menuButton).to.equal(null);
    expect(never.getAttribute('collapse-navigation-on-mobile')).to.equal('false');
  });

  it('marks an item that is not a link, and refuses javascript: URLs', async () => {
    const element = await serviceNavigation.render({
      serviceName: 'Bins',
      serviceUrl: 'javascript:alert(1)',
      navigation: [
        { text: 'Where you are', current: true },
        { text: 'Elsewhere', href: 'javascript:alert(2)' },
      ],
    });
    const text = element.querySelector('.govuk-service-navigation__item .govuk-service-navigation__text')!;
    expect(text.getAttribute('aria-current')).to.equal('page');
    expect(text.querySelector('strong.govuk-service-navigation__active-fallback')).not.to.equal(null);
    expect([...element.querySelectorAll('a')].map((link) => link.getAttribute('href'))).to.deep.equal(['#', '#']);
  });

  it('adopts server markup, and the menu then works', async () => {
    await setViewport(mobile);
    const serverElement = parseHtml(await serverRender('ServiceNavigation', three));
    const bare = parseHtml(await serverRender('ServiceNavigation', three, { element: false }));
    const element = document.adoptNode(serverElement) as CivicServiceNavigation;
    container().append(element);
    await settle(element);
    expect(element.querySelectorAll('.govuk-service-navigation')).to.have.length(1);
    expect(element.menuButton!.getAttribute('aria-expanded')).to.equal('false');
    element.menuButton!.click();
    await element.updateComplete;
    expect(element.querySelector('ul')!.hidden).to.equal(false);

    const wrapped = document.createElement('civic-service-navigation');
    wrapped.append(document.adoptNode(bare));
    container().append(wrapped);
    await settle(wrapped);
    expect(wrapped.serviceName).to.equal(three.serviceName);
    expect(wrapped.navigation).to.deep.equal(three.navigation);
  });

  it('speaks Welsh when the page language changes, and lets one instance change its wording', async () => {
    await setViewport(mobile);
    const element = await serviceNavigation.render(three);
    await settle(element);
    expect(element.menuButton!.textContent?.trim()).to.equal('Menu');
    element.parentElement!.lang = 'cy';
    await afterLangChange(element);
    expect(element.menuButton!.textContent?.trim()).to.equal('Dewislen');
    expect(element.querySelector('nav')!.getAttribute('aria-label')).to.equal('Dewislen');
    expect(element.querySelector('section')!.getAttribute('aria-label')).to.equal('Gwybodaeth am y gwasanaeth');
    element.messages = { menuButtonText: 'Llywio' };
    await element.updateComplete;
    expect(element.menuButton!.textContent?.trim()).to.equal('Llywio');
  });
});
