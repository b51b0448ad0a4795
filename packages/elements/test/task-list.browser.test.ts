import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import { taskListAttributes, type TaskListItem } from '../src/index.js';
import { taskListExamples } from '../examples/task-list.examples.js';
import { cleanup, container } from '../../../tests/support/browser.js';
import { componentFromAttributes, runExampleSuite } from './support/example-suite.js';

const taskList = componentFromAttributes('civic-task-list', taskListAttributes);

const statusText = (item: TaskListItem): string => item.status.tag?.text ?? item.status.text ?? '';

describe('<civic-task-list>', () => {
  afterEach(cleanup);

  runExampleSuite(taskList, taskListExamples, {
    accessibility: {
      title: 'names each task link by its title and describes it by its hint and status',
      async check({ element, example, tree }) {
        const list = await tree('ul');
        expect(list.role).to.equal('list');
        const prefix = example.options.idPrefix ?? 'task-list';
        for (const [index, item] of example.options.items.entries()) {
          const li = element.querySelectorAll('.govuk-task-list__item')[index]!;
          expect(li.querySelector('.govuk-task-list__status')!.id).to.equal(`${prefix}-${index + 1}-status`);
          expect(li.querySelector('.govuk-task-list__status')!.classList.contains('govuk-task-list__status--cannot-start-yet')).to.equal(
            item.status.cannotStartYet === true,
          );
          expect(li.querySelector('.govuk-tag') !== null).to.equal(item.status.tag !== undefined);
          if (!item.href) {
            expect(li.querySelector('a')).to.equal(null);
            expect(li.classList.contains('govuk-task-list__item--with-link')).to.equal(false);
            continue;
          }
          expect(await tree(`.govuk-task-list__item:nth-child(${index + 1}) a`)).to.include({
            role: 'link',
            name: item.title.text,
            description: [item.hint?.text, statusText(item)].filter(Boolean).join(' '),
          });
          expect(li.querySelector('a')!.getAttribute('href')).to.equal(item.href);
        }
      },
    },
    parity: { server: 'TaskList' },
  });

  it('takes only the startable tasks with Tab, in order', async () => {
    const element = await taskList.render(taskListExamples[0]!.options);
    const links = [...element.querySelectorAll('a')];
    expect(links).to.have.length(4);
    for (const link of links) {
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(link);
    }
  });

  it('keeps ids apart for two lists on one page', async () => {
    const parent = container();
    await taskList.render(taskListExamples[0]!.options, parent);
    await taskList.render({ ...taskListExamples[0]!.options, idPrefix: 'second' }, parent);
    const ids = [...parent.querySelectorAll('[id]')].map((node) => node.id);
    expect(new Set(ids).size).to.equal(ids.length);
  });

  it('refuses script URLs', async () => {
    const element = await taskList.render({
      items: [{ title: { text: 'Pay' }, href: 'javascript:alert(1)', status: { text: 'Not started' } }],
    });
    expect(element.querySelector('a')!.getAttribute('href')).to.equal('#');
  });

  it('re-renders when a status changes', async () => {
    const element = await taskList.render(taskListExamples[0]!.options);
    element.items = element.items.map((item, index) => (index === 1 ? { ...item, status: { text: 'Completed' } } : item));
    await element.updateComplete;
    expect(element.querySelector('#task-list-2-status')?.textContent?.trim()).to.equal('Completed');
    expect(element.querySelector('#task-list-2-status .govuk-tag')).to.equal(null);
  });
});
