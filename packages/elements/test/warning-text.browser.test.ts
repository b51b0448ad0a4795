import { expect } from '@open-wc/testing';
import '../src/define.js';
import { warningTextAttributes, type CivicWarningText, type WarningTextOptions } from '../src/index.js';
import { warningTextExamples } from '../examples/warning-text.examples.js';
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

async function renderClient(options: WarningTextOptions, parent: HTMLElement = container()): Promise<CivicWarningText> {
  return renderElement('civic-warning-text', warningTextAttributes(options), parent);
}

/**
 * What a screen reader reads for the warning, from Chromium's accessibility tree: an input
 * described by the warning gets the warning's text as the tree computes it (hidden icon left out).
 */
async function spokenText(element: CivicWarningText): Promise<string> {
  const warning = element.querySelector<HTMLElement>('.govuk-warning-text')!;
  warning.id = 'warning-under-test';
  const probe = document.createElement('input');
  probe.id = 'warning-probe';
  probe.setAttribute('aria-label', 'Probe');
  probe.setAttribute('aria-describedby', warning.id);
  element.after(probe);
  const { description } = await accessibleProperties('#warning-probe');
  probe.remove();
  warning.removeAttribute('id');
  // govuk-visually-hidden adds spaces around its text (::before/::after); screen readers collapse them.
  return description.replace(/\s+/g, ' ').trim();
}

describe('<civic-warning-text>', () => {
  afterEach(cleanup);

  for (const example of warningTextExamples) {
    describe(`example "${example.name}"`, () => {
      it('has no axe violations', async () => {
        const element = await renderClient(example.options, container(example.lang));
        await expectAccessible(element.parentElement);
      });

      it('reads the fallback text, not the "!" icon, before the warning', async () => {
        const element = await renderClient(example.options, container(example.lang));
        const fallback = example.options.iconFallbackText ?? (example.lang === 'cy' ? 'Rhybudd' : 'Warning');
        expect(await spokenText(element)).to.equal(`${fallback} ${example.options.text}`);
        element.id = 'warning-element';
        expect((await accessibleProperties('#warning-element .govuk-warning-text__icon')).ignored).to.equal(true);
        expect((await accessibleProperties('#warning-element .govuk-warning-text__text')).role).to.equal('strong');
      });

      it('renders exactly what the server render function renders', async () => {
        const element = await renderClient(example.options, container(example.lang));
        const server = await serverMarkup('WarningText', example.options, example.lang);
        expect(renderedMarkup(element)).to.equal(renderedMarkup(server));
      });
    });
  }

  it('takes its text from its content', async () => {
    const element = document.createElement('civic-warning-text');
    element.textContent = ' You must bring photo ID. ';
    container().append(element);
    await element.updateComplete;
    expect(element.querySelectorAll('.govuk-warning-text')).to.have.length(1);
    expect(await spokenText(element)).to.equal('Warning You must bring photo ID.');
  });

  it('adopts server-rendered Welsh markup, keeping only the text and not the prefix', async () => {
    const options = warningTextExamples[2]!.options;
    const serverElement = parseHtml(await serverRender('WarningText', options, { lang: 'cy' }));
    const serverMarkup = renderedMarkup(serverElement);
    const element = document.adoptNode(serverElement) as CivicWarningText;
    container('cy').append(element);
    await element.updateComplete;
    expect(element.text).to.equal(options.text);
    expect(element.querySelectorAll('.govuk-warning-text')).to.have.length(1);
    expect(renderedMarkup(element)).to.equal(serverMarkup);
  });

  it('speaks Welsh when the page language changes, and lets one instance change its wording', async () => {
    const element = await renderClient(warningTextExamples[0]!.options);
    const prefix = (): string | null | undefined => element.querySelector('.govuk-visually-hidden')?.textContent;
    expect(prefix()).to.equal('Warning');
    element.parentElement!.lang = 'cy';
    await new Promise((resolve) => setTimeout(resolve));
    await element.updateComplete;
    expect(prefix()).to.equal('Rhybudd');
    element.messages = { iconFallbackText: 'Rhybudd pwysig' };
    await element.updateComplete;
    expect(prefix()).to.equal('Rhybudd pwysig');
  });
});
