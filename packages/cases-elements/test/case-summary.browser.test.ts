import { expect } from '@open-wc/testing';
import './support/moj-styles.js';
import '../src/define.js';
import { caseSummaryAttributes, type CaseSummaryOptions } from '../src/index.js';
import { caseSummaryExamples } from '../examples/case-summary.examples.js';
import { cleanup, collapseSpaces } from '../../../tests/support/browser.js';
import { componentFromAttributes, runExampleSuite } from '../../elements/test/support/example-suite.js';

const caseSummary = componentFromAttributes('civic-case-summary', caseSummaryAttributes);

const words = {
  en: {
    reference: 'Reference',
    lead: 'Lead professional',
    none: 'None',
    notAllocated: 'Not allocated',
    caption: 'Case',
    flags: { safeguarding: 'Safeguarding', vulnerable: 'Vulnerable', urgent: 'Urgent' },
  },
  cy: {
    reference: 'Cyfeirnod',
    lead: 'Gweithiwr proffesiynol arweiniol',
    none: 'Dim',
    notAllocated: 'Heb ei ddyrannu',
    caption: 'Achos',
    flags: { safeguarding: 'Diogelu', vulnerable: 'Agored i niwed', urgent: 'Brys' },
  },
} as const;

/** The value of the summary list row whose key is `key`. */
const rowValue = (element: Element, name: string): string =>
  collapseSpaces(element.querySelector(`.civic-case-summary__${name} dd`)?.textContent ?? '');

describe('<civic-case-summary>', () => {
  afterEach(cleanup);

  runExampleSuite(caseSummary, caseSummaryExamples, {
    accessibility: {
      title: 'names the case in its heading with the reference, and says status, lead and each flag in words',
      async check({ element, example, lang, tree }) {
        const text = words[lang];
        const { reference, title, status, lead, flags = [] } = example.options;
        if (title) expect(collapseSpaces((await tree('h1')).name)).to.equal(`${text.caption} ${reference} ${title}`);
        else expect(element.querySelector('h1')).to.equal(null);
        expect(rowValue(element, 'reference')).to.equal(reference);
        expect(rowValue(element, 'status')).to.equal(status.text);
        const leadText = lead ? (lead.organisation ? `${lead.name}, ${lead.organisation}` : lead.name) : text.notAllocated;
        expect(rowValue(element, 'lead')).to.equal(leadText);
        const flagTags = [...element.querySelectorAll('.civic-case-summary__flags .govuk-tag')].map((tag) => tag.textContent);
        expect(flagTags).to.deep.equal(flags.map((flag) => text.flags[flag]));
        if (flags.length === 0) expect(rowValue(element, 'flags')).to.equal(text.none);
        else expect(await tree('.civic-case-summary__flags ul')).to.include({ role: 'list' });
      },
    },
    parity: { server: 'CaseSummary' },
  });

  it('says where the case stands against its due date in words, for each SLA status', async () => {
    const base: CaseSummaryOptions = { reference: 'A-1', status: { text: 'New' } };
    const said: string[] = [];
    for (const status of ['due', 'overdue', 'met', 'missed'] as const) {
      const element = await caseSummary.render({ ...base, due: { date: '2027-01-15', status } });
      said.push(rowValue(element, 'due'));
    }
    expect(said).to.deep.equal([
      'Due by 15 January 2027',
      'Overdue was due by 15 January 2027',
      'Met: due by 15 January 2027',
      'Missed: was due by 15 January 2027',
    ]);
    const element = await caseSummary.render({ ...base, due: { date: '2027-01-15', status: 'overdue' } }, 'cy');
    expect(rowValue(element, 'due')).to.equal('Hwyr roedd angen erbyn 15 Ionawr 2027');
  });

  it('gives a flag a different colour from the next, but never only a colour', async () => {
    const element = await caseSummary.render({
      reference: 'A-1',
      status: { text: 'New' },
      flags: ['safeguarding', 'vulnerable', 'urgent'],
    });
    const tags = [...element.querySelectorAll('.civic-case-summary__flags .govuk-tag')];
    expect(new Set(tags.map((tag) => tag.className)).size).to.equal(3);
    expect(tags.every((tag) => (tag.textContent ?? '').trim().length > 0)).to.equal(true);
  });
});
