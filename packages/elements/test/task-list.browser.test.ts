import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import { taskListAttributes, type CivicTaskList, type TaskListItem, type TaskListOptions } from '../src/index.js';
import { taskListExamples } from '../examples/task-list.examples.js';
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

async function renderClient(options: TaskListOptions, parent: HTMLElement = container()): Promise<CivicTaskList> {
  return renderElement('civic-task-list', taskListAttributes(options), parent);
}

const statusText = (item: TaskListItem): string => item.status.tag?.text ?? item.status.text ?? '';

describe('<civic-task-list>', () => {
  afterEach(cleanup);

  for (const example of taskListExamples) {
    describe(`example "${example.name}"`, () => {
      it('has no axe violations', async () => {
        const element = await renderClient(example.options, container(example.lang));
        await expectAccessible(element.parentElement);
      });

      it('names each task link by its title and describes it by its hint and status', async () => {
        const element = await renderClient(example.options, container(example.lang));
        element.id = 'tasks-under-test';
        const list = await accessibleProperties('#tasks-under-test ul');
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
          const link = await accessibleProperties(`#tasks-under-test .govuk-task-list__item:nth-child(${index + 1}) a`);
          expect(link.role).to.equal('link');
          expect(link.name).to.equal(item.title.text);
          expect(link.description).to.equal([item.hint?.text, statusText(item)].filter(Boolean).join(' '));
          expect(li.querySelector('a')!.getAttribute('href')).to.equal(item.href);
        }
      });

      it('renders exactly what the server render function renders', async () => {
        const element = await renderClient(example.options, container(example.lang));
        const server = await serverMarkup('TaskList', example.options, example.lang);
        expect(renderedMarkup(element)).to.equal(renderedMarkup(server));
      });
    });
  }

  it('takes only the startable tasks with Tab, in order', async () => {
    const element = await renderClient(taskListExamples[0]!.options);
    const links = [...element.querySelectorAll('a')];
    expect(links).to.have.length(4);
    for (const link of links) {
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(link);
    }
  });

  it('keeps ids apart for two lists on one page', async () => {
    const parent = container();
    await renderClient(taskListExamples[0]!.options, parent);
    await renderClient({ ...taskListExamples[0]!.options, idPrefix: 'second' }, parent);
    const ids = [...parent.querySelectorAll('[id]')].map((node) => node.id);
    expect(new Set(ids).size).to.equal(ids.length);
  });

  it('refuses script URLs', async () => {
    const element = await renderClient({
      items: [{ title: { text: 'Pay' }, href: 'javascript:alert(1)', status: { text: 'Not started' } }],
    });
    expect(element.querySelector('a')!.getAttribute('href')).to.equal('#');
  });

  it('adopts server-rendered markup without duplicating it', async () => {
    const options = taskListExamples[0]!.options;
    const serverElement = parseHtml(await serverRender('TaskList', options));
    const serverMarkup = renderedMarkup(serverElement);
    const element = document.adoptNode(serverElement) as CivicTaskList;
    container().append(element);
    await element.updateComplete;
    expect(element.querySelectorAll('ul.govuk-task-list')).to.have.length(1);
    expect(renderedMarkup(element)).to.equal(serverMarkup);
  });

  it('re-renders when a status changes', async () => {
    const element = await renderClient(taskListExamples[0]!.options);
    element.items = element.items.map((item, index) => (index === 1 ? { ...item, status: { text: 'Completed' } } : item));
    await element.updateComplete;
    expect(element.querySelector('#task-list-2-status')?.textContent?.trim()).to.equal('Completed');
    expect(element.querySelector('#task-list-2-status .govuk-tag')).to.equal(null);
  });
});
