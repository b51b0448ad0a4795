import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import { accordionAttributes, CivicAccordionToggleEvent, type CivicAccordion } from '../src/index.js';
import { accordionExamples } from '../examples/accordion.examples.js';
import { accessibleProperties, cleanup, container, renderedMarkup, serverRender } from '../../../tests/support/browser.js';
import { afterLangChange, adoptServerHtml, componentFromAttributes, runExampleSuite } from './support/example-suite.js';

const accordion = componentFromAttributes('civic-accordion', accordionAttributes);

const words = {
  en: {
    showAll: 'Show all sections',
    hideAll: 'Hide all sections',
    show: 'Show',
    hide: 'Hide',
    showThis: 'Show this section',
    hideThis: 'Hide this section',
  },
  cy: {
    showAll: 'Dangos pob adran',
    hideAll: 'Cuddio pob adran',
    show: 'Dangos',
    hide: 'Cuddio',
    showThis: 'Dangos yr adran hon',
    hideThis: 'Cuddio’r adran hon',
  },
} as const;

/**
 * The client render with the enhancement taken off, rebuilt as GOV.UK's server markup: no controls, each
 * heading button back to a placeholder span, the summary back under the heading, no `hidden`.
 */
function withoutEnhancement(element: Element): Element {
  const copy = element.cloneNode(true) as Element;
  copy.querySelector('.govuk-accordion__controls')?.remove();
  for (const button of copy.querySelectorAll('button.govuk-accordion__section-button')) {
    const headingText = button.querySelector('.govuk-accordion__section-heading-text')!;
    const span = document.createElement('span');
    span.className = 'govuk-accordion__section-button';
    span.id = headingText.id;
    span.textContent = headingText.textContent;
    const summary = button.querySelector('.govuk-accordion__section-summary');
    const header = button.closest('.govuk-accordion__section-header')!;
    button.replaceWith(span);
    if (summary) {
      const div = document.createElement('div');
      div.className = summary.className;
      div.id = summary.id;
      div.textContent = summary.textContent;
      header.append(div);
    }
  }
  for (const content of copy.querySelectorAll('[hidden]')) content.removeAttribute('hidden');
  return copy;
}

const sectionButtons = (element: CivicAccordion): HTMLButtonElement[] => [
  ...element.querySelectorAll<HTMLButtonElement>('button.govuk-accordion__section-button'),
];
const showAll = (element: CivicAccordion): HTMLButtonElement => element.querySelector('.govuk-accordion__show-all')!;
const text = (node: Element | null): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** The toggle text a sighted person sees (screen readers hear the visually hidden phrase instead). */
const seen = (toggle: Element | null | undefined): string => (toggle?.querySelector('[aria-hidden="true"]')?.textContent ?? '').trim();
const squash = (name: string): string => name.replace(/\s+/g, ' ').trim();
const states = (element: CivicAccordion): (string | null)[] =>
  sectionButtons(element).map((button) => button.getAttribute('aria-expanded'));

describe('<civic-accordion>', () => {
  afterEach(() => {
    cleanup();
    sessionStorage.clear();
  });

  runExampleSuite(accordion, accordionExamples, {
    // Closed, then with every section open.
    async axeAlso(element) {
      element.setAllExpanded(true);
      await element.updateComplete;
    },
    accessibility: {
      title: 'has a "Show all sections" button and a button per heading, named as govuk-frontend names them',
      async check({ element, example, lang, tree }) {
        const says = words[lang];
        const allOpen = example.options.items.every((item) => item.expanded === true);
        expect(await tree('.govuk-accordion__show-all')).to.include({ role: 'button', name: allOpen ? says.hideAll : says.showAll });
        expect(showAll(element).getAttribute('aria-expanded')).to.equal(String(allOpen));
        for (const [index, item] of example.options.items.entries()) {
          const open = item.expanded === true;
          const button = sectionButtons(element)[index]!;
          expect(button.parentElement!.localName).to.equal(`h${example.options.headingLevel ?? 2}`);
          const properties = await tree(`button[aria-controls="${example.options.id}-content-${index + 1}"]`);
          expect(properties.role).to.equal('button');
          const parts = [item.heading.text, ...(item.summary ? [item.summary.text] : []), open ? says.hideThis : says.showThis];
          // Chromium keeps the spaces around the spans' inline blocks; screen readers collapse them.
          expect(squash(properties.name)).to.equal(parts.join(' , '));
          expect(button.getAttribute('aria-expanded')).to.equal(String(open));
          // Only "Show" or "Hide" is seen; the rest of "Show this section" is visually hidden.
          const toggle = button.querySelector('.govuk-accordion__section-toggle-text')!;
          expect(seen(toggle)).to.equal(open ? says.hide : says.show);
          expect(text(toggle.querySelector('.govuk-visually-hidden'))).to.equal(open ? says.hideThis : says.showThis);
          const content = element.querySelector(`#${button.getAttribute('aria-controls')!}`)!;
          expect(text(content)).to.equal(item.content.text);
          // Closed content is `hidden="until-found"` (content-visibility: hidden): its text leaves the accessibility tree.
          expect((await tree(`#${content.id} p`)).ignored).to.equal(!open);
        }
      },
    },
    parity: {
      server: 'Accordion',
      title: 'renders what the server render function renders (plus only the buttons), and without script every section shows',
      client: (element) => renderedMarkup(withoutEnhancement(element)),
      async check({ example, lang, server }) {
        expect(server.querySelector('button, [hidden], [aria-expanded]')).to.equal(null);
        // govuk-frontend's CSS collapses sections only once its script is known to run (`govuk-frontend-supported`).
        document.body.classList.remove('govuk-frontend-supported');
        try {
          const page = container(lang);
          page.id = 'no-script';
          page.append(server);
          for (const index of example.options.items.keys()) {
            expect((await accessibleProperties(`#no-script #${example.options.id}-content-${index + 1}`)).ignored).to.equal(false);
          }
        } finally {
          document.body.classList.add('govuk-frontend-supported');
        }
      },
    },
  });

  const options = accordionExamples[0]!.options;

  it('shows and hides sections from the keyboard, one at a time and all at once', async () => {
    const element = await accordion.render(options);
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(showAll(element));
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(states(element)).to.deep.equal(['true', 'true', 'true']);
    expect(text(showAll(element))).to.equal('Hide all sections');
    expect(showAll(element).getAttribute('aria-expanded')).to.equal('true');
    expect(element.querySelectorAll('.govuk-accordion__section-content[hidden]')).to.have.length(0);
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(sectionButtons(element)[0]);
    await sendKeys({ press: 'Space' });
    await element.updateComplete;
    expect(states(element)).to.deep.equal(['false', 'true', 'true']);
    expect(element.querySelector(`#${options.id}-content-1`)?.getAttribute('hidden')).to.equal('until-found');
    expect(text(showAll(element))).to.equal('Show all sections');
    expect(document.activeElement).to.equal(sectionButtons(element)[0]);
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(states(element)).to.deep.equal(['true', 'true', 'true']);
    showAll(element).click();
    await element.updateComplete;
    expect(states(element)).to.deep.equal(['false', 'false', 'false']);
  });

  it('fires civic-accordion-toggle with the sections that changed', async () => {
    const element = await accordion.render(options);
    const heard: [readonly number[], boolean][] = [];
    element.addEventListener('civic-accordion-toggle', (event) => {
      expect(event).to.be.instanceOf(CivicAccordionToggleEvent);
      heard.push([event.sections, event.expanded]);
    });
    sectionButtons(element)[1]!.click();
    showAll(element).click();
    expect(heard).to.deep.equal([
      [[1], true],
      [[0, 1, 2], true],
    ]);
  });

  it('remembers open sections for the session under their content ids, and restores them', async () => {
    const first = await accordion.render(options);
    sectionButtons(first)[1]!.click();
    await first.updateComplete;
    expect(sessionStorage.getItem(`${options.id}-content-2`)).to.equal('true');
    cleanup();
    const again = await accordion.render(options);
    expect(states(again)).to.deep.equal(['false', 'true', 'false']);
    // A section the page opens by default stays closed if the person closed it.
    const opened = accordionExamples.find((example) => example.name.includes('first section open'))!.options;
    sessionStorage.setItem(`${opened.id}-content-1`, 'false');
    expect(states(await accordion.render(opened))).to.deep.equal(['false', 'false']);
  });

  it('neither reads nor writes sessionStorage with remember-expanded="false"', async () => {
    sessionStorage.setItem(`${options.id}-content-1`, 'true');
    const element = await accordion.render({ ...options, rememberExpanded: false });
    expect(element.getAttribute('remember-expanded')).to.equal('false');
    expect(states(element)).to.deep.equal(['false', 'false', 'false']);
    sectionButtons(element)[2]!.click();
    await element.updateComplete;
    expect(sessionStorage.getItem(`${options.id}-content-3`)).to.equal(null);
  });

  it('still works when storage throws', async () => {
    const { getItem, setItem } = Storage.prototype;
    Storage.prototype.getItem = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      const element = await accordion.render(options);
      sectionButtons(element)[0]!.click();
      await element.updateComplete;
      expect(states(element)).to.deep.equal(['true', 'false', 'false']);
    } finally {
      Storage.prototype.getItem = getItem;
      Storage.prototype.setItem = setItem;
    }
  });

  it('opens a closed section when find in page matches inside it (beforematch)', async () => {
    const element = await accordion.render(options);
    element.querySelector(`#${options.id}-content-3`)!.dispatchEvent(new Event('beforematch', { bubbles: true }));
    await element.updateComplete;
    expect(states(element)).to.deep.equal(['false', 'false', 'true']);
  });

  it('adopts server-rendered markup, keeping its heading level and open sections', async () => {
    const opened = accordionExamples.find((example) => example.name.includes('first section open'))!.options;
    const { element, serverMarkup } = await adoptServerHtml<CivicAccordion>(await serverRender('Accordion', opened));
    expect(element.querySelectorAll('.govuk-accordion')).to.have.length(1);
    expect(element.items).to.deep.equal(opened.items);
    expect(element.headingLevel).to.equal(3);
    expect(states(element)).to.deep.equal(['true', 'false']);
    expect(renderedMarkup(withoutEnhancement(element))).to.equal(serverMarkup);
  });

  it('speaks Welsh when the page language changes, and lets one instance change its wording', async () => {
    const element = await accordion.render(options);
    element.parentElement!.lang = 'cy';
    await afterLangChange(element);
    expect(text(showAll(element))).to.equal('Dangos pob adran');
    element.id = 'accordion-under-test';
    const first = `#accordion-under-test button[aria-controls="${options.id}-content-1"]`;
    expect(squash((await accessibleProperties(first)).name)).to.equal('Writing well for the web , Dangos yr adran hon');
    sectionButtons(element)[0]!.click();
    await element.updateComplete;
    expect(seen(sectionButtons(element)[0]!.querySelector('.govuk-accordion__section-toggle-text'))).to.equal('Cuddio');
    expect(squash((await accessibleProperties(first)).name)).to.equal('Writing well for the web , Cuddio’r adran hon');
    element.messages = { showAllSections: 'Agor y cyfan' };
    await element.updateComplete;
    expect(text(showAll(element))).to.equal('Agor y cyfan');
  });
});
