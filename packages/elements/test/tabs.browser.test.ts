import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/define.js';
import { tabsAttributes, type CivicTabs } from '../src/index.js';
import { tabsExamples } from '../examples/tabs.examples.js';
import { cleanup, container, renderedMarkup, serverRender } from '../../../tests/support/browser.js';
import { adoptServerHtml, componentFromAttributes, runExampleSuite } from './support/example-suite.js';

const desktop = { width: 1024, height: 768 };
const mobile = { width: 375, height: 700 };

const tabs = componentFromAttributes('civic-tabs', tabsAttributes);

/** The client render with the tabs enhancement taken off, to compare with GOV.UK's markup from the server. */
function withoutEnhancement(element: Element): Element {
  const copy = element.cloneNode(true) as Element;
  for (const node of copy.querySelectorAll('[role]')) node.removeAttribute('role');
  for (const tab of copy.querySelectorAll('a.govuk-tabs__tab')) {
    for (const name of ['id', 'aria-controls', 'aria-selected', 'tabindex']) tab.removeAttribute(name);
  }
  for (const panel of copy.querySelectorAll('.govuk-tabs__panel')) panel.removeAttribute('aria-labelledby');
  return copy;
}

const selectedStates = (element: CivicTabs): (string | null)[] => element.tabs.map((tab) => tab.getAttribute('aria-selected'));
const tabIndexes = (element: CivicTabs): (string | null)[] => element.tabs.map((tab) => tab.getAttribute('tabindex'));
const hiddenPanels = (element: CivicTabs): boolean[] =>
  [...element.querySelectorAll('.govuk-tabs__panel')].map((panel) => panel.classList.contains('govuk-tabs__panel--hidden'));
const settle = async (element: CivicTabs): Promise<void> => {
  await new Promise((resolve) => setTimeout(resolve));
  await element.updateComplete;
};

/** Resizes the viewport and waits for the media query to reach the element: the change event arrives in its own task. */
async function resize(element: CivicTabs, viewport: typeof desktop): Promise<void> {
  await setViewport(viewport);
  const wide = viewport === desktop;
  await waitUntil(() => element.enhanced === wide, `the tabs never became ${wide ? 'tabs' : 'a contents list'}`);
  await element.updateComplete;
}

const defaultExample = tabsExamples[0]!.options;

describe('<civic-tabs>', () => {
  before(() => setViewport(desktop));
  afterEach(async () => {
    cleanup();
    // Each test starts from a page with no hash, as the tabs read it when they first render.
    history.replaceState(null, '', window.location.pathname + window.location.search);
    await setViewport(desktop);
  });

  runExampleSuite(tabs, tabsExamples, {
    // As tabs, then as the contents list a narrow screen shows.
    async axeAlso(element) {
      expect(element.enhanced).to.equal(true);
      await resize(element, mobile);
    },
    accessibility: {
      title: 'is a tablist of tabs named by their labels, each controlling a tabpanel it labels',
      async check({ element, example, tree }) {
        const list = await tree('.govuk-tabs__list');
        expect(list.role).to.equal('tablist');
        for (const [index, item] of example.options.items.entries()) {
          expect(await tree(`li:nth-child(${index + 1}) a`)).to.include({ role: 'tab', name: item.label });
          const link = element.tabs[index]!;
          const panel = element.querySelector(`#${link.getAttribute('aria-controls')!}`)!;
          expect(panel.getAttribute('aria-labelledby')).to.equal(link.id);
          const panelProperties = await tree(`#${panel.id}`);
          // Only the chosen panel is shown; the others are display: none, so out of the accessibility tree.
          if (index === 0) {
            expect(panelProperties.role).to.equal('tabpanel');
            expect(panelProperties.name).to.equal(item.label);
          } else {
            expect(panelProperties.ignored).to.equal(true);
          }
          expect(panel.textContent).to.contain(item.panel.text);
        }
        expect(selectedStates(element)).to.deep.equal(example.options.items.map((_, index) => String(index === 0)));
        expect(tabIndexes(element)).to.deep.equal(example.options.items.map((_, index) => (index === 0 ? '0' : '-1')));
      },
    },
    parity: {
      server: 'Tabs',
      title: 'renders what the server render function renders (plus, as tabs, only the tabs enhancement)',
      client: (element) => renderedMarkup(withoutEnhancement(element)),
      async check({ element, server }) {
        expect(server.querySelector('[role], [aria-selected], [tabindex]')).to.equal(null);
        expect(renderedMarkup(element)).not.to.equal(renderedMarkup(server));
        await resize(element, mobile);
        expect(renderedMarkup(element)).to.equal(renderedMarkup(server));
      },
    },
    more: {
      'without the tabs (narrow screen) is a contents list of links to panels that all show': {
        beforeRender: () => setViewport(mobile),
        async check({ element, example, lang, tree }) {
          expect(await tree('.govuk-tabs__title')).to.include({
            role: 'heading',
            name: example.options.title ?? { en: 'Contents', cy: 'Cynnwys' }[lang],
          });
          expect(element.querySelector('[role]')).to.equal(null);
          for (const [index, item] of example.options.items.entries()) {
            expect(await tree(`li:nth-child(${index + 1}) a`)).to.include({ role: 'link', name: item.label });
            const id = element.tabs[index]!.getAttribute('href')!.slice(1);
            expect((await tree(`#${id}`)).ignored).to.equal(false);
          }
        },
      },
    },
  });

  it('moves and opens tabs with the arrow keys, Home and End, keeping one tab in the tab order', async () => {
    const element = await tabs.render(defaultExample);
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(element.tabs[0]);
    await sendKeys({ press: 'ArrowRight' });
    await element.updateComplete;
    expect(document.activeElement).to.equal(element.tabs[1]);
    expect(selectedStates(element)).to.deep.equal(['false', 'true', 'false', 'false']);
    expect(tabIndexes(element)).to.deep.equal(['-1', '0', '-1', '-1']);
    expect(hiddenPanels(element)).to.deep.equal([true, false, true, true]);
    expect(window.location.hash).to.equal('#past-week');
    await sendKeys({ press: 'End' });
    await element.updateComplete;
    expect(document.activeElement).to.equal(element.tabs[3]);
    expect(selectedStates(element)).to.deep.equal(['false', 'false', 'false', 'true']);
    // The last tab does not wrap round to the first, as in govuk-frontend.
    await sendKeys({ press: 'ArrowRight' });
    await element.updateComplete;
    expect(document.activeElement).to.equal(element.tabs[3]);
    await sendKeys({ press: 'ArrowLeft' });
    await element.updateComplete;
    expect(document.activeElement).to.equal(element.tabs[2]);
    expect(hiddenPanels(element)).to.deep.equal([true, true, false, true]);
    await sendKeys({ press: 'Home' });
    await element.updateComplete;
    expect(document.activeElement).to.equal(element.tabs[0]);
    expect(element.selectedIndex).to.equal(0);
    expect(window.location.hash).to.equal('#past-day');
    // Tab leaves the tablist rather than walking through every tab.
    await sendKeys({ press: 'Tab' });
    expect(element.tabs).not.to.include(document.activeElement);
  });

  it('opens a clicked tab and puts its panel in the URL hash without scrolling to it', async () => {
    const spacer = container();
    spacer.style.height = '3000px';
    const element = await tabs.render(defaultExample);
    element.scrollIntoView();
    const scrolled = window.scrollY;
    expect(scrolled).to.be.greaterThan(0);
    element.tabs[2]!.click();
    await settle(element);
    expect(window.location.hash).to.equal('#past-month');
    expect(window.scrollY).to.equal(scrolled);
    expect(selectedStates(element)).to.deep.equal(['false', 'false', 'true', 'false']);
    expect(document.activeElement).to.equal(element.tabs[2]);
    expect(element.querySelector('#past-month')).not.to.equal(null);
  });

  it('opens the tab the page hash names when it loads, and follows later hash changes (Back, links to a panel)', async () => {
    history.replaceState(null, '', '#past-month');
    const element = await tabs.render(defaultExample);
    expect(element.selectedIndex).to.equal(2);
    expect(hiddenPanels(element)).to.deep.equal([true, true, false, true]);
    window.location.hash = 'past-year';
    await settle(element);
    expect(element.selectedIndex).to.equal(3);
    expect(document.activeElement).to.equal(element.tabs[3]);
    // A hash naming something else on the page leaves the tabs alone.
    window.location.hash = 'somewhere-else';
    await settle(element);
    expect(element.selectedIndex).to.equal(3);
  });

  it('gives panels GOV.UK ids from the prefix when items have none, and the tabs their own ids', async () => {
    const element = await tabs.render(tabsExamples[1]!.options);
    expect(element.tabs.map((tab) => tab.getAttribute('href'))).to.deep.equal(['#bins-1', '#bins-2']);
    expect(element.tabs.map((tab) => tab.id)).to.deep.equal(['tab_bins-1', 'tab_bins-2']);
    expect(element.querySelector('.govuk-tabs__title')?.textContent?.trim()).to.equal('Bin collections');
  });

  it('turns into tabs and back as the screen widens and narrows', async () => {
    const element = await tabs.render(defaultExample);
    element.tabs[1]!.click();
    await settle(element);
    await resize(element, mobile);
    expect(element.querySelector('[role="tablist"]')).to.equal(null);
    await resize(element, desktop);
    expect(selectedStates(element)).to.deep.equal(['false', 'true', 'false', 'false']);
  });

  it('adopts server-rendered markup, then works as tabs', async () => {
    const { element, serverMarkup } = await adoptServerHtml<CivicTabs>(await serverRender('Tabs', defaultExample));
    expect(element.querySelectorAll('.govuk-tabs')).to.have.length(1);
    expect(element.items).to.deep.equal(defaultExample.items);
    expect(renderedMarkup(withoutEnhancement(element))).to.equal(serverMarkup);
    element.tabs[1]!.click();
    await settle(element);
    expect(element.selectedIndex).to.equal(1);
  });

  it('says "Cynnwys" when the page language changes to Welsh, and lets one instance change its wording', async () => {
    await setViewport(mobile);
    const element = await tabs.render(defaultExample);
    const title = (): string => (element.querySelector('.govuk-tabs__title')?.textContent ?? '').trim();
    expect(title()).to.equal('Contents');
    element.parentElement!.lang = 'cy';
    await settle(element);
    expect(title()).to.equal('Cynnwys');
    element.messages = { contents: 'Ar y dudalen hon' };
    await element.updateComplete;
    expect(title()).to.equal('Ar y dudalen hon');
  });
});
