import { expect } from '@open-wc/testing';
import { html, nothing, render as renderTemplate, type TemplateResult } from 'lit';
import '../src/define.js';
import type { CivicJourney } from '../src/index.js';
import { journeyExamples, type JourneyExampleOptions } from '../examples/journey.examples.js';
import { cleanup, expectAccessible } from '../../../tests/support/browser.js';
import { parentFor, runExampleSuite, type ComponentUnderTest, type Place } from '../../elements/test/support/example-suite.js';

/**
 * The element as a story shows it, once it and every element of its page have drawn themselves. With a
 * `backLinkTarget`, in a page laid out as the handler's: the back link's place (id `civic-journey-back`, holding
 * `slotContent`), then `<main>` with the element, pointed at `backLinkTarget`.
 */
async function render(
  options: JourneyExampleOptions,
  place?: Place,
  layout?: { readonly backLinkTarget: string; readonly slotContent?: TemplateResult },
): Promise<CivicJourney> {
  const journey = document.createElement('civic-journey');
  journey.definition = options.definition;
  journey.answers = options.answers ?? {};
  journey.pageId = options.pageId ?? '';
  if (options.reference) journey.reference = options.reference;
  const page = parentFor(place);
  if (layout) {
    renderTemplate(
      html`<div id="civic-journey-back">${layout.slotContent ?? nothing}</div>
        <main id="main-content"></main>`,
      page,
    );
    journey.setAttribute('back-link-target', layout.backLinkTarget);
    page.querySelector('main')?.append(journey);
  } else {
    page.append(journey);
  }
  await settled(journey);
  return journey;
}

/** Waits for the element and every element of its page, inside it or before `<main>`, to draw themselves. */
async function settled(journey: CivicJourney): Promise<void> {
  await journey.updateComplete;
  const page = journey.closest('[lang]') ?? journey;
  const children = [...page.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('*')];
  await Promise.all(children.map((child) => child.updateComplete));
}

const slot = (): HTMLElement => document.getElementById('civic-journey-back') as HTMLElement;

const text = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The check your answers example: a page with a back link and change links. */
const checkAnswers = journeyExamples.find((example) => example.name === 'Check your answers')?.options as JourneyExampleOptions;

const journey: ComponentUnderTest<CivicJourney, JourneyExampleOptions> = {
  tag: 'civic-journey',
  render: (options, place) => render(options, place),
};

describe('<civic-journey>', () => {
  afterEach(cleanup);

  runExampleSuite(journey, journeyExamples, {
    accessibility: {
      title: 'names every control by its label and describes it by its hint and error, in the accessibility tree',
      async check({ element, tree }) {
        expect(element.querySelector('h1'), 'every page has one heading').to.exist;
        const controls = [...element.querySelectorAll<HTMLElement>('input:not([type="hidden"]), select, textarea')];
        for (const control of controls) {
          const properties = await tree(`#${CSS.escape(control.id)}`);
          const label = element.querySelector(`label[for="${CSS.escape(control.id)}"]`);
          expect(label, `${control.id} has a label`).to.exist;
          expect(properties.name, control.id).to.not.equal('');
          expect(properties.name, control.id).to.equal(text(label));
          const described = (control.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
          expect(properties.description, control.id).to.equal(described.map((id) => text(document.getElementById(id))).join(' '));
        }
        const buttons = [...element.querySelectorAll<HTMLButtonElement>('button:not([hidden])')];
        for (const [index, button] of buttons.entries()) {
          button.id ||= `journey-button-${index}`;
          const name = (await tree(`#${button.id}`)).name;
          expect(name).to.not.equal('');
          expect(name).to.equal(text(button));
        }
      },
    },
    more: {
      async 'shows its back link before <main>, in the element back-link-target names, with no axe violations'({ element, example, lang }) {
        const inside = element.querySelectorAll('.govuk-back-link').length;
        cleanup();
        const journey = await render(example.options, lang, { backLinkTarget: 'civic-journey-back' });
        expect(journey.querySelector('.govuk-back-link')).to.be.null;
        expect(slot().querySelectorAll(':scope > nav > civic-back-link > a.govuk-back-link')).to.have.length(inside);
        expect(slot().querySelector('nav')?.getAttribute('aria-label')).to.equal(
          inside === 0 ? undefined : lang === 'cy' ? 'Tudalen flaenorol' : 'Previous page',
        );
        await expectAccessible(journey.closest('[lang]'));
      },
    },
  });

  describe('with back-link-target', () => {
    it('takes the place over from the server’s back link and keeps it up to date as the pages change', async () => {
      const journey = await render(checkAnswers, 'en', {
        backLinkTarget: 'civic-journey-back',
        slotContent: html`<nav aria-label="Previous page"><a href="/journey/access" class="govuk-back-link">Back</a></nav>`,
      });
      expect(slot().querySelectorAll('.govuk-back-link')).to.have.length(1);
      expect(slot().querySelector('a')?.getAttribute('href')).to.equal('#access');
      // Before <main> in document order, and not inside it.
      const main = document.querySelector('main') as HTMLElement;
      expect(slot().compareDocumentPosition(main) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      expect(main.querySelector('.govuk-back-link')).to.be.null;
      journey.pageId = 'age';
      await settled(journey);
      expect(slot().querySelector('.govuk-back-link'), 'the first page has none').to.be.null;
      expect(slot().querySelector('nav'), 'and no empty landmark').to.be.null;
      journey.pageId = 'name';
      await settled(journey);
      expect(slot().querySelector('a')?.getAttribute('href')).to.equal('#age');
      expect(journey.querySelector('h1')?.textContent?.trim()).to.equal('What is your name?');
      await expectAccessible(journey.closest('[lang]'));
    });

    it('shows the back link inside itself when back-link-target is removed, and in its place again when set', async () => {
      const journey = await render(checkAnswers, 'en', { backLinkTarget: 'civic-journey-back' });
      journey.removeAttribute('back-link-target');
      await settled(journey);
      expect(slot().childElementCount).to.equal(0);
      expect(journey.firstElementChild?.localName).to.equal('civic-back-link');
      journey.backLinkTarget = 'civic-journey-back';
      await settled(journey);
      expect(journey.querySelector('.govuk-back-link')).to.be.null;
      expect(slot().querySelectorAll('.govuk-back-link')).to.have.length(1);
    });

    it('empties the place when the element leaves the page, and fills it again when it comes back', async () => {
      const journey = await render(checkAnswers, 'en', { backLinkTarget: 'civic-journey-back' });
      const main = journey.parentElement as HTMLElement;
      journey.remove();
      expect(slot().querySelector('.govuk-back-link')).to.be.null;
      expect(slot().childNodes, 'nothing left behind, not even its marker').to.have.length(0);
      main.append(journey);
      await settled(journey);
      expect(slot().querySelectorAll('.govuk-back-link')).to.have.length(1);
      expect(journey.querySelector('.govuk-back-link')).to.be.null;
    });

    for (const [what, target] of [
      ['names no element', 'no-such-element'],
      ['names an element around it', 'main-content'],
      ['is empty', ''],
    ] as const) {
      it(`keeps the back link inside itself when back-link-target ${what}`, async () => {
        const journey = await render(checkAnswers, 'en', { backLinkTarget: target, slotContent: html`<p>Kept</p>` });
        expect(journey.firstElementChild?.localName).to.equal('civic-back-link');
        expect(journey.querySelectorAll('.govuk-back-link')).to.have.length(1);
        expect(slot().children).to.have.length(1);
        expect(text(slot().querySelector(':scope > p'))).to.equal('Kept');
        expect(document.querySelector('main')?.firstElementChild).to.equal(journey);
        expect(journey.querySelector('h1')?.textContent?.trim()).to.equal('Check your answers');
      });
    }

    it('keeps the back link inside itself when back-link-target names an element inside it', async () => {
      const journey = await render(checkAnswers, 'en', { backLinkTarget: 'civic-journey-back' });
      const inner = journey.querySelector('form') as HTMLFormElement;
      inner.id = 'inner-form';
      journey.backLinkTarget = 'inner-form';
      await settled(journey);
      expect(journey.firstElementChild?.localName).to.equal('civic-back-link');
      expect(slot().childElementCount).to.equal(0);
    });
  });

  describe('shown inside another page (no base-path)', () => {
    const click = async (journey: CivicJourney, link: HTMLAnchorElement | null): Promise<void> => {
      expect(link, 'the link is there').to.not.be.null;
      link?.click();
      await settled(journey);
    };

    it('moves within the journey on a change link, and its back link returns to check your answers', async () => {
      const journey = await render(checkAnswers);
      const hashBefore = location.hash;
      await click(journey, journey.querySelector<HTMLAnchorElement>('.govuk-summary-list a[href^="#name"]'));
      expect(journey.pageId).to.equal('name');
      expect(text(journey.querySelector('h1'))).to.equal('What is your name?');
      expect(location.hash, 'the page’s own address is left alone').to.equal(hashBefore);
      await click(journey, journey.querySelector<HTMLAnchorElement>('.govuk-back-link'));
      expect(journey.pageId).to.equal('check');
    });

    it('moves back a page on its back link', async () => {
      const journey = await render({ ...checkAnswers, pageId: 'name' });
      await click(journey, journey.querySelector<HTMLAnchorElement>('.govuk-back-link'));
      expect(journey.pageId).to.equal('age');
    });
  });

  it('shows the Welsh example in Welsh', async () => {
    const example = journeyExamples.find((candidate) => candidate.lang === 'cy');
    const journey = await render(example?.options as JourneyExampleOptions, 'cy');
    expect(text(journey.querySelector('h1'))).to.equal('Gwirio eich atebion');
    expect(text(journey.querySelector('button'))).to.equal('Derbyn ac anfon');
  });
});
