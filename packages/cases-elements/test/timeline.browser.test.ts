import { expect } from '@open-wc/testing';
import './support/moj-styles.js';
import '../src/define.js';
import { timelineAttributes } from '../src/index.js';
import { timelineExamples } from '../examples/timeline.examples.js';
import { cleanup, collapseSpaces } from '../../../tests/support/browser.js';
import { afterLangChange, componentFromAttributes, runExampleSuite } from '../../elements/test/support/example-suite.js';

const timeline = componentFromAttributes('civic-timeline', timelineAttributes);

describe('<civic-timeline>', () => {
  afterEach(cleanup);

  runExampleSuite(timeline, timelineExamples, {
    accessibility: {
      title: 'gives each event a heading, its author, a machine-readable time and its description',
      async check({ element, example, lang, tree }) {
        const { items, headingLevel } = example.options;
        if (items.length === 0) {
          expect(collapseSpaces(element.textContent ?? '')).to.equal(
            lang === 'cy' ? 'Does dim wedi’i gofnodi ar yr achos hwn eto.' : 'Nothing has been recorded on this case yet.',
          );
          return;
        }
        const entries = [...element.querySelectorAll('.moj-timeline__item')];
        expect(entries.length).to.equal(items.length);
        for (const [index, item] of items.entries()) {
          const entry = entries[index]!;
          const heading = await tree(`.moj-timeline__item:nth-child(${index + 1}) .moj-timeline__title`);
          expect(heading).to.include({ role: 'heading', name: item.title });
          expect(entry.querySelector('.moj-timeline__title')!.localName).to.equal(`h${headingLevel ?? 2}`);
          const byline = entry.querySelector('.moj-timeline__byline')?.textContent;
          expect(byline).to.equal(item.byline ? `${lang === 'cy' ? 'gan' : 'by'} ${item.byline}` : undefined);
          expect(entry.querySelector('time')!.getAttribute('datetime')).to.equal(item.datetime);
          expect(entry.querySelector('.moj-timeline__description')?.textContent).to.equal(item.description);
        }
      },
    },
    parity: { server: 'Timeline' },
  });

  it('writes times as the service’s clock reads them, in English and then Welsh when the page’s language changes', async () => {
    const element = await timeline.render(timelineExamples[0]!.options);
    const times = () => [...element.querySelectorAll('time')].map((time) => time.textContent);
    expect(times()).to.deep.equal(['8 December 2026 at 2:15pm', '7 December 2026 at 9am', '1 July 2026 at 9:30am']);
    element.parentElement!.lang = 'cy';
    await afterLangChange(element);
    expect(times()).to.deep.equal(['8 Rhagfyr 2026 am 2:15yh', '7 Rhagfyr 2026 am 9yb', '1 Gorffennaf 2026 am 9:30yb']);
    expect(element.querySelector('.moj-timeline__byline')?.textContent).to.equal('gan Sam Jones');
  });

  it('shows a description as text, never as markup', async () => {
    const element = await timeline.render({
      items: [{ title: 'Note added', datetime: '2026-12-08', description: '<img src=x onerror=alert(1)>' }],
    });
    expect(element.querySelector('img')).to.equal(null);
    expect(element.querySelector('.moj-timeline__description')?.textContent).to.equal('<img src=x onerror=alert(1)>');
  });
});
