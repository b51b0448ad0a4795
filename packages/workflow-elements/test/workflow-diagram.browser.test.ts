import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { describeDefinition } from '@civicbricks/workflow';
import '../src/define.js';
import { workflowDiagramAttributes } from '../src/index.js';
import {
  approvedSnapshot,
  awaitingEvidenceSnapshot,
  blueBadgeDefinition,
  workflowDiagramExamples,
} from '../examples/workflow-diagram.examples.js';
import { cleanup, container } from '../../../tests/support/browser.js';
import { componentFromAttributes, runExampleSuite } from '../../elements/test/support/example-suite.js';

const workflowDiagram = componentFromAttributes('civic-workflow-diagram', workflowDiagramAttributes);

const text = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Every state name of the definition, nested ones included, in document order. */
function stateNames(states: Readonly<Record<string, { states?: Readonly<Record<string, unknown>> }>>): string[] {
  return Object.entries(states).flatMap(([name, state]) => [
    name,
    ...stateNames((state.states ?? {}) as Readonly<Record<string, { states?: Readonly<Record<string, unknown>> }>>),
  ]);
}

describe('<civic-workflow-diagram>', () => {
  afterEach(cleanup);

  runExampleSuite(workflowDiagram, workflowDiagramExamples, {
    accessibility: {
      title: 'is a figure named by its caption, with every state as a list item and the current one marked as the current step',
      async check({ element, example, lang, tree }) {
        expect(await tree('figure')).to.include({ role: 'figure', name: example.options.caption ?? blueBadgeDefinition.title });
        const items = [...element.querySelectorAll('li[data-state]')];
        expect(items.map((item) => item.getAttribute('data-state'))).to.deep.equal(stateNames(blueBadgeDefinition.states));
        for (const item of items) expect((await tree(`#${item.id}`)).role).to.equal('listitem');
        const current = element.querySelectorAll('[aria-current]');
        const leaf = example.options.snapshot?.state.at(-1);
        if (!leaf) {
          expect(current).to.have.length(0);
          return;
        }
        expect(current).to.have.length(1);
        expect(current[0]!.getAttribute('aria-current')).to.equal('step');
        expect(current[0]!.getAttribute('data-state')).to.equal(leaf);
        expect(text(current[0]!.querySelector('.govuk-tag--yellow'))).to.equal(lang === 'cy' ? 'Rydych chi yma' : 'You are here');
      },
    },
    more: {
      async 'links every transition and timer to the item of the state it leads to'({ element, tree }) {
        const links = [...element.querySelectorAll<HTMLAnchorElement>('li[data-state] a')];
        expect(links.length).to.be.greaterThan(8);
        for (const [index, link] of links.entries()) {
          const target = element.querySelector(link.getAttribute('href')!);
          expect(target?.getAttribute('data-state'), link.getAttribute('href')!).to.be.a('string');
          link.id = `link-${index}`;
          expect(await tree(`#link-${index}`)).to.include({
            role: 'link',
            name: text(target!.querySelector('.civic-workflow-diagram__title')),
          });
        }
      },
      async 'offers the describeDefinition text as its text alternative, in a details element'({ element, example, lang, tree }) {
        const details = element.querySelector('details');
        expect(details).to.exist;
        const expected = describeDefinition(example.options.definition, example.options.snapshot)
          .trimEnd()
          .split('\n')
          .map((line) => line.trim());
        const paragraphs = [...details!.querySelectorAll('.civic-workflow-diagram__description p')].map((p) => text(p));
        expect(paragraphs).to.deep.equal(expected);
        // The description is English: marked so, so a screen reader reads it with an English voice.
        expect(details!.querySelector('.civic-workflow-diagram__description')?.getAttribute('lang')).to.equal('en');
        details!.id = 'alternative';
        const summary = await tree('#alternative summary');
        expect(summary.name).to.equal(lang === 'cy' ? 'Disgrifiad testun o’r broses hon' : 'Text description of this process');
      },
    },
  });

  it('says where the process is and when its timers are due, in UK time', async () => {
    const element = await workflowDiagram.render({ definition: blueBadgeDefinition, snapshot: awaitingEvidenceSnapshot });
    expect(text(element.querySelector('.civic-workflow-diagram__where'))).to.equal('You are here: In review › Awaiting evidence');
    // Midnight at the end of 6 January 2027 in London.
    expect(text(element.querySelector('.civic-workflow-diagram__timers'))).to.equal(
      'Timer “evidenceDeadline” is due on 7 January 2027 at 00:00',
    );
    const inside = element.querySelector('li[data-state="inReview"]');
    expect(inside?.classList.contains('civic-workflow-diagram__state--active')).to.equal(true);
    expect(inside?.hasAttribute('aria-current')).to.equal(false);
    const timer = element.querySelector('li[data-state="awaitingEvidence"] .govuk-list li:last-child');
    expect(text(timer)).to.equal('Timer “evidenceDeadline”: after 10 working days in England and Wales, goes to Refused');
    const [guarded, fallback] = element.querySelectorAll('li[data-state="assessing"] .govuk-list li');
    expect(text(guarded)).to.equal('decide: goes to Approved (only if meetsCriteria)');
    expect(text(fallback)).to.equal('decide: otherwise goes to Refused');
    expect(text(element.querySelector('li[data-state="submitted"] .govuk-list li:last-child'))).to.equal(
      'Timer “triageDeadline”: after 14 days, goes to In review',
    );
  });

  it('speaks Welsh for everything it owns, and follows a change of the page language', async () => {
    const parent = container('cy');
    const element = await workflowDiagram.render({ definition: blueBadgeDefinition, snapshot: awaitingEvidenceSnapshot }, parent);
    expect(text(element.querySelector('.civic-workflow-diagram__where'))).to.equal('Rydych chi yma: In review › Awaiting evidence');
    expect(text(element.querySelector('li[data-state="awaitingEvidence"] .govuk-list li:last-child'))).to.equal(
      'Amserydd “evidenceDeadline”: ar ôl 10 diwrnod gwaith yn Cymru a Lloegr, yn mynd i Refused',
    );
    expect(text(element.querySelector('.civic-workflow-diagram__timers'))).to.equal(
      'Mae amserydd “evidenceDeadline” yn dod i ben ar 7 Ionawr 2027 am 00:00',
    );
    expect(text(element.querySelector('li[data-state="submitted"] .govuk-tag--blue'))).to.equal('Dechrau');
    expect(text(element.querySelector('li[data-state="withdrawn"] .govuk-tag--grey'))).to.equal('Cam olaf');
    expect(text(element.querySelector('.govuk-details__text > p'))).to.equal('Mae’r disgrifiad hwn yn Saesneg.');
    parent.lang = 'en';
    await element.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 0));
    await element.updateComplete;
    expect(text(element.querySelector('[aria-current] .govuk-tag--yellow'))).to.equal('You are here');
  });

  it('writes deadlines in London time, across the clock change', async () => {
    const summer = {
      ...awaitingEvidenceSnapshot,
      timers: [{ ...awaitingEvidenceSnapshot.timers[0]!, deadline: '2027-04-09T23:00:00.000Z' }],
    };
    const element = await workflowDiagram.render({ definition: blueBadgeDefinition, snapshot: summer });
    // 23:00 UTC on 9 April is midnight BST, the start of 10 April.
    expect(text(element.querySelector('.civic-workflow-diagram__timers'))).to.equal(
      'Timer “evidenceDeadline” is due on 10 April 2027 at 00:00',
    );
  });

  it('shows a finished process as finished, with no pending timers', async () => {
    const element = await workflowDiagram.render({ definition: blueBadgeDefinition, snapshot: approvedSnapshot });
    expect(text(element.querySelector('.civic-workflow-diagram__where'))).to.equal('This process has finished');
    expect(element.querySelector('.civic-workflow-diagram__timers')).to.equal(null);
    expect(element.querySelector('[aria-current="step"]')?.getAttribute('data-state')).to.equal('approved');
  });

  it('says why when the snapshot does not fit the definition, and when there is no definition', async () => {
    const wrong = await workflowDiagram.render({
      definition: blueBadgeDefinition,
      snapshot: { ...awaitingEvidenceSnapshot, state: ['inReview', 'deciding'] },
    });
    expect(text(wrong)).to.match(/^This process cannot be shown: .*deciding/);
    expect(wrong.querySelector('li')).to.equal(null);
    const empty = await workflowDiagram.render({ definition: undefined });
    expect(text(empty)).to.equal('No process to show');
  });

  it('follows its links with the keyboard to the state they name', async () => {
    const element = await workflowDiagram.render({ definition: blueBadgeDefinition });
    const first = element.querySelector<HTMLAnchorElement>('li[data-state="submitted"] a')!;
    first.focus();
    await sendKeys({ press: 'Enter' });
    expect(location.hash).to.equal(first.getAttribute('href'));
    expect(element.querySelector(':target')?.getAttribute('data-state')).to.equal('inReview');
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('gives two diagrams on one page their own state ids', async () => {
    const a = await workflowDiagram.render({ definition: blueBadgeDefinition });
    const b = await workflowDiagram.render({ definition: blueBadgeDefinition });
    const ids = [...a.querySelectorAll('[id]'), ...b.querySelectorAll('[id]')].map((node) => node.id);
    expect(new Set(ids).size).to.equal(ids.length);
    for (const link of b.querySelectorAll('a')) expect(b.querySelector(link.getAttribute('href')!)).to.exist;
  });

  it('re-renders when the snapshot changes', async () => {
    const element = await workflowDiagram.render({ definition: blueBadgeDefinition, snapshot: awaitingEvidenceSnapshot });
    element.snapshot = approvedSnapshot;
    await element.updateComplete;
    expect(element.querySelector('[aria-current="step"]')?.getAttribute('data-state')).to.equal('approved');
  });
});
