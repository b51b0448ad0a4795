import { expect } from '@open-wc/testing';
import '../src/define.js';
import { phaseBannerAttributes, type CivicPhaseBanner, type PhaseBannerOptions } from '../src/index.js';
import { phaseBannerExamples } from '../examples/phase-banner.examples.js';
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

async function renderClient(options: PhaseBannerOptions, parent: HTMLElement = container()): Promise<CivicPhaseBanner> {
  return renderElement('civic-phase-banner', phaseBannerAttributes(options), parent);
}

describe('<civic-phase-banner>', () => {
  afterEach(cleanup);

  for (const example of phaseBannerExamples) {
    describe(`example "${example.name}"`, () => {
      it('has no axe violations', async () => {
        const element = await renderClient(example.options, container(example.lang));
        await expectAccessible(element.parentElement);
      });

      it('reads the phase, as text in the accessibility tree, then what it means', async () => {
        const element = await renderClient(example.options, container(example.lang));
        element.id = 'banner-under-test';
        const tag = await accessibleProperties('#banner-under-test .govuk-tag');
        expect(tag.ignored).to.equal(false);
        expect(element.querySelector('.govuk-phase-banner__content__tag')?.textContent).to.equal(example.options.tag.text);
        expect(element.querySelector('.govuk-phase-banner__text')?.textContent).to.equal(example.options.text);
        expect(element.querySelector('.govuk-phase-banner__content')?.textContent?.replace(/\s+/g, ' ').trim()).to.equal(
          `${example.options.tag.text} ${example.options.text}`,
        );
      });

      it('renders exactly what the server render function renders', async () => {
        const element = await renderClient(example.options, container(example.lang));
        const server = await serverMarkup('PhaseBanner', example.options, example.lang);
        expect(renderedMarkup(element)).to.equal(renderedMarkup(server));
      });
    });
  }

  it('takes its text from between the tags', async () => {
    const element = document.createElement('civic-phase-banner');
    element.setAttribute('tag-text', 'Beta');
    element.textContent = 'This is a new service.';
    container().append(element);
    await element.updateComplete;
    expect(element.querySelectorAll('.govuk-phase-banner')).to.have.length(1);
    expect(element.querySelector('.govuk-phase-banner__text')?.textContent).to.equal('This is a new service.');
  });

  it('renders markup as text, never as HTML', async () => {
    const element = await renderClient({ tag: { text: '<b>Beta</b>' }, text: '<img src=x onerror=alert(1)>' });
    expect(element.querySelector('img, b')).to.equal(null);
    expect(element.querySelector('.govuk-phase-banner__text')?.textContent).to.equal('<img src=x onerror=alert(1)>');
  });

  it('adopts server-rendered markup without duplicating it', async () => {
    const options = phaseBannerExamples[0]!.options;
    const serverElement = parseHtml(await serverRender('PhaseBanner', options));
    const serverMarkup = renderedMarkup(serverElement);
    const element = document.adoptNode(serverElement) as CivicPhaseBanner;
    container().append(element);
    await element.updateComplete;
    expect(element.querySelectorAll('.govuk-phase-banner')).to.have.length(1);
    expect(renderedMarkup(element)).to.equal(serverMarkup);
  });
});
