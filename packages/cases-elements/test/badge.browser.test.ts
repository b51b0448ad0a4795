import { expect } from '@open-wc/testing';
import './support/moj-styles.js';
import '../src/define.js';
import { badgeAttributes } from '../src/index.js';
import { badgeExamples } from '../examples/badge.examples.js';
import { cleanup, collapseSpaces, container } from '../../../tests/support/browser.js';
import { componentFromAttributes, runExampleSuite } from '../../elements/test/support/example-suite.js';

const badge = componentFromAttributes('civic-badge', badgeAttributes);

describe('<civic-badge>', () => {
  afterEach(cleanup);

  runExampleSuite(badge, badgeExamples, {
    accessibility: {
      title: 'says its words, and any hidden text, to screen readers, and is not interactive',
      async check({ element, example, tree }) {
        const { text, visuallyHiddenText, colour, large } = example.options;
        const span = element.querySelector('.moj-badge')!;
        expect(collapseSpaces(span.textContent ?? '')).to.equal(visuallyHiddenText ? `${text} ${visuallyHiddenText}` : text);
        expect(span.classList.contains(`moj-badge--${colour}`)).to.equal(colour !== undefined);
        expect(span.classList.contains('moj-badge--large')).to.equal(large === true);
        const hidden = span.querySelector('.govuk-visually-hidden');
        if (hidden) expect(getComputedStyle(hidden).position).to.equal('absolute');
        expect((await tree('.moj-badge')).role).to.not.be.oneOf(['button', 'link']);
      },
    },
    parity: { server: 'Badge' },
  });

  it('takes its text from between the tags, and sits inline in a heading', async () => {
    const heading = document.createElement('h2');
    heading.append('Cases ');
    const element = document.createElement('civic-badge');
    element.setAttribute('colour', 'red');
    element.textContent = 'Urgent';
    heading.append(element);
    container().append(heading);
    await element.updateComplete;
    expect(element.querySelector('.moj-badge.moj-badge--red')?.textContent).to.equal('Urgent');
    expect(getComputedStyle(element).display).to.equal('inline');
  });
});
