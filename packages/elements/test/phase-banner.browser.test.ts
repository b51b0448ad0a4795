import { expect } from '@open-wc/testing';
import '../src/define.js';
import { phaseBannerAttributes } from '../src/index.js';
import { phaseBannerExamples } from '../examples/phase-banner.examples.js';
import { cleanup, container } from '../../../tests/support/browser.js';
import { componentFromAttributes, runExampleSuite } from './support/example-suite.js';

const phaseBanner = componentFromAttributes('civic-phase-banner', phaseBannerAttributes);

describe('<civic-phase-banner>', () => {
  afterEach(cleanup);

  runExampleSuite(phaseBanner, phaseBannerExamples, {
    accessibility: {
      title: 'reads the phase, as text in the accessibility tree, then what it means',
      async check({ element, example, tree }) {
        const tag = await tree('.govuk-tag');
        expect(tag.ignored).to.equal(false);
        expect(element.querySelector('.govuk-phase-banner__content__tag')?.textContent).to.equal(example.options.tag.text);
        expect(element.querySelector('.govuk-phase-banner__text')?.textContent).to.equal(example.options.text);
        expect(element.querySelector('.govuk-phase-banner__content')?.textContent?.replace(/\s+/g, ' ').trim()).to.equal(
          `${example.options.tag.text} ${example.options.text}`,
        );
      },
    },
    parity: { server: 'PhaseBanner' },
  });

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
    const element = await phaseBanner.render({ tag: { text: '<b>Beta</b>' }, text: '<img src=x onerror=alert(1)>' });
    expect(element.querySelector('img, b')).to.equal(null);
    expect(element.querySelector('.govuk-phase-banner__text')?.textContent).to.equal('<img src=x onerror=alert(1)>');
  });
});
