import { expect } from '@open-wc/testing';
import '../src/define.js';
import type { CivicJourney } from '../src/index.js';
import { journeyExamples, type JourneyExampleOptions } from '../examples/journey.examples.js';
import { accessibleProperties, cleanup, container, expectAccessible } from '../../../tests/support/browser.js';

/** The element as a story shows it, once it and every element of its page have drawn themselves. */
async function render(options: JourneyExampleOptions, lang?: string): Promise<CivicJourney> {
  const journey = document.createElement('civic-journey');
  journey.definition = options.definition;
  journey.answers = options.answers ?? {};
  journey.pageId = options.pageId ?? '';
  if (options.reference) journey.reference = options.reference;
  container(lang).append(journey);
  await journey.updateComplete;
  const children = [...journey.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('*')];
  await Promise.all(children.map((child) => child.updateComplete));
  return journey;
}

const text = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('<civic-journey>', () => {
  afterEach(cleanup);

  for (const example of journeyExamples) {
    describe(`example "${example.name}"`, () => {
      it('has no axe violations', async () => {
        const journey = await render(example.options, example.lang);
        await expectAccessible(journey.parentElement);
      });

      it('names every control by its label and describes it by its hint and error, in the accessibility tree', async () => {
        const journey = await render(example.options, example.lang);
        expect(journey.querySelector('h1'), 'every page has one heading').to.exist;
        const controls = [...journey.querySelectorAll<HTMLElement>('input:not([type="hidden"]), select, textarea')];
        for (const control of controls) {
          const properties = await accessibleProperties(`#${CSS.escape(control.id)}`);
          const label = journey.querySelector(`label[for="${CSS.escape(control.id)}"]`);
          expect(label, `${control.id} has a label`).to.exist;
          expect(properties.name, control.id).to.not.equal('');
          expect(properties.name, control.id).to.equal(text(label));
          const described = (control.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
          expect(properties.description, control.id).to.equal(described.map((id) => text(document.getElementById(id))).join(' '));
        }
        const buttons = [...journey.querySelectorAll<HTMLButtonElement>('button:not([hidden])')];
        for (const [index, button] of buttons.entries()) {
          button.id ||= `journey-button-${index}`;
          const name = (await accessibleProperties(`#${button.id}`)).name;
          expect(name).to.not.equal('');
          expect(name).to.equal(text(button));
        }
      });
    });
  }

  it('shows the Welsh example in Welsh', async () => {
    const example = journeyExamples.find((candidate) => candidate.lang === 'cy');
    const journey = await render(example?.options as JourneyExampleOptions, 'cy');
    expect(text(journey.querySelector('h1'))).to.equal('Gwirio eich atebion');
    expect(text(journey.querySelector('button'))).to.equal('Derbyn ac anfon');
  });
});
