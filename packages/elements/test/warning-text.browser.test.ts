import { expect } from '@open-wc/testing';
import '../src/define.js';
import { warningTextAttributes, type CivicWarningText } from '../src/index.js';
import { warningTextExamples } from '../examples/warning-text.examples.js';
import { accessibleProperties, cleanup, container, renderedMarkup, serverRender } from '../../../tests/support/browser.js';
import { afterLangChange, adoptServerHtml, componentFromAttributes, runExampleSuite } from './support/example-suite.js';

const warningText = componentFromAttributes('civic-warning-text', warningTextAttributes);

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

  runExampleSuite(warningText, warningTextExamples, {
    accessibility: {
      title: 'reads the fallback text, not the "!" icon, before the warning',
      async check({ element, example, lang, tree }) {
        const fallback = example.options.iconFallbackText ?? (lang === 'cy' ? 'Rhybudd' : 'Warning');
        expect(await spokenText(element)).to.equal(`${fallback} ${example.options.text}`);
        expect((await tree('.govuk-warning-text__icon')).ignored).to.equal(true);
        expect((await tree('.govuk-warning-text__text')).role).to.equal('strong');
      },
    },
    parity: { server: 'WarningText' },
  });

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
    const html = await serverRender('WarningText', options, { lang: 'cy' });
    const { element, serverMarkup } = await adoptServerHtml<CivicWarningText>(html, { place: 'cy' });
    expect(element.text).to.equal(options.text);
    expect(element.querySelectorAll('.govuk-warning-text')).to.have.length(1);
    expect(renderedMarkup(element)).to.equal(serverMarkup);
  });

  it('speaks Welsh when the page language changes, and lets one instance change its wording', async () => {
    const element = await warningText.render(warningTextExamples[0]!.options);
    const prefix = (): string | null | undefined => element.querySelector('.govuk-visually-hidden')?.textContent;
    expect(prefix()).to.equal('Warning');
    element.parentElement!.lang = 'cy';
    await afterLangChange(element);
    expect(prefix()).to.equal('Rhybudd');
    element.messages = { iconFallbackText: 'Rhybudd pwysig' };
    await element.updateComplete;
    expect(prefix()).to.equal('Rhybudd pwysig');
  });
});
