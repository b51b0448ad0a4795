// Security properties over every example of every component: hostile strings in every text option never add an
// element or an attribute, and come back exactly as typed; script URLs in every URL option are refused.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../src/define.js';
import * as elements from '../src/index.js';
import type { AttributeMap } from '../src/index.js';
import { accordionExamples } from '../examples/accordion.examples.js';
import { backLinkExamples } from '../examples/back-link.examples.js';
import { breadcrumbsExamples } from '../examples/breadcrumbs.examples.js';
import { buttonExamples } from '../examples/button.examples.js';
import { characterCountExamples } from '../examples/character-count.examples.js';
import { checkboxesExamples } from '../examples/checkboxes.examples.js';
import { cookieBannerExamples } from '../examples/cookie-banner.examples.js';
import { dateInputExamples } from '../examples/date-input.examples.js';
import { detailsExamples } from '../examples/details.examples.js';
import { errorSummaryExamples } from '../examples/error-summary.examples.js';
import { exitThisPageExamples } from '../examples/exit-this-page.examples.js';
import { fieldsetExamples } from '../examples/fieldset.examples.js';
import { footerExamples } from '../examples/footer.examples.js';
import { headerExamples } from '../examples/header.examples.js';
import { insetTextExamples } from '../examples/inset-text.examples.js';
import { notificationBannerExamples } from '../examples/notification-banner.examples.js';
import { paginationExamples } from '../examples/pagination.examples.js';
import { panelExamples } from '../examples/panel.examples.js';
import { phaseBannerExamples } from '../examples/phase-banner.examples.js';
import { radiosExamples } from '../examples/radios.examples.js';
import { selectExamples } from '../examples/select.examples.js';
import { serviceNavigationExamples } from '../examples/service-navigation.examples.js';
import { skipLinkExamples } from '../examples/skip-link.examples.js';
import { summaryListExamples } from '../examples/summary-list.examples.js';
import { tableExamples } from '../examples/table.examples.js';
import { tabsExamples } from '../examples/tabs.examples.js';
import { tagExamples } from '../examples/tag.examples.js';
import { taskListExamples } from '../examples/task-list.examples.js';
import { textInputExamples } from '../examples/text-input.examples.js';
import { textareaExamples } from '../examples/textarea.examples.js';
import { warningTextExamples } from '../examples/warning-text.examples.js';
import { cleanup, container } from '../../../tests/support/browser.js';

interface ComponentUnderTest {
  readonly tag: string;
  readonly examples: readonly { readonly name: string; readonly options: object }[];
  readonly attributes: (options: never) => AttributeMap;
}

const components: readonly ComponentUnderTest[] = [
  { tag: 'civic-accordion', examples: accordionExamples, attributes: elements.accordionAttributes },
  { tag: 'civic-back-link', examples: backLinkExamples, attributes: elements.backLinkAttributes },
  { tag: 'civic-breadcrumbs', examples: breadcrumbsExamples, attributes: elements.breadcrumbsAttributes },
  { tag: 'civic-button', examples: buttonExamples, attributes: elements.buttonAttributes },
  { tag: 'civic-character-count', examples: characterCountExamples, attributes: elements.characterCountAttributes },
  { tag: 'civic-checkboxes', examples: checkboxesExamples, attributes: elements.checkboxesAttributes },
  { tag: 'civic-cookie-banner', examples: cookieBannerExamples, attributes: elements.cookieBannerAttributes },
  { tag: 'civic-date-input', examples: dateInputExamples, attributes: elements.dateInputAttributes },
  { tag: 'civic-details', examples: detailsExamples, attributes: elements.detailsAttributes },
  { tag: 'civic-error-summary', examples: errorSummaryExamples, attributes: elements.errorSummaryAttributes },
  { tag: 'civic-exit-this-page', examples: exitThisPageExamples, attributes: elements.exitThisPageAttributes },
  { tag: 'civic-fieldset', examples: fieldsetExamples, attributes: elements.fieldsetAttributes },
  { tag: 'civic-footer', examples: footerExamples, attributes: elements.footerAttributes },
  { tag: 'civic-header', examples: headerExamples, attributes: elements.headerAttributes },
  { tag: 'civic-inset-text', examples: insetTextExamples, attributes: elements.insetTextAttributes },
  { tag: 'civic-notification-banner', examples: notificationBannerExamples, attributes: elements.notificationBannerAttributes },
  { tag: 'civic-pagination', examples: paginationExamples, attributes: elements.paginationAttributes },
  { tag: 'civic-panel', examples: panelExamples, attributes: elements.panelAttributes },
  { tag: 'civic-phase-banner', examples: phaseBannerExamples, attributes: elements.phaseBannerAttributes },
  { tag: 'civic-radios', examples: radiosExamples, attributes: elements.radiosAttributes },
  { tag: 'civic-select', examples: selectExamples, attributes: elements.selectAttributes },
  { tag: 'civic-service-navigation', examples: serviceNavigationExamples, attributes: elements.serviceNavigationAttributes },
  { tag: 'civic-skip-link', examples: skipLinkExamples, attributes: elements.skipLinkAttributes },
  { tag: 'civic-summary-list', examples: summaryListExamples, attributes: elements.summaryListAttributes },
  { tag: 'civic-table', examples: tableExamples, attributes: elements.tableAttributes },
  { tag: 'civic-tabs', examples: tabsExamples, attributes: elements.tabsAttributes },
  { tag: 'civic-tag', examples: tagExamples, attributes: elements.tagAttributes },
  { tag: 'civic-task-list', examples: taskListExamples, attributes: elements.taskListAttributes },
  { tag: 'civic-text-input', examples: textInputExamples, attributes: elements.textInputAttributes },
  { tag: 'civic-textarea', examples: textareaExamples, attributes: elements.textareaAttributes },
  { tag: 'civic-warning-text', examples: warningTextExamples, attributes: elements.warningTextAttributes },
];

// Option keys whose values are picked from a fixed list or name things in markup (ids, names): not free text.
const notFreeText = new Set([
  'type',
  'width',
  'inputmode',
  'variant',
  'colour',
  'size',
  'autocomplete',
  'behaviour',
  'id',
  'idPrefix',
  'name',
  'namePrefix',
  'sortMode',
  'sortDirection',
  'direction',
  'format',
  'headingLevel',
  'titleId',
  'status',
  'column',
  'lang',
  'spellcheck',
  'rows',
  'value',
  'values',
  'sortValue',
  'captionSize',
  'targetId',
  'menuId',
  'formMethod',
  'csrfName',
  'describedBy',
  'role',
]);
const isUrlKey = (key: string): boolean => /href|url$/i.test(key) || key === 'action' || key === 'formAction';

type Json = string | number | boolean | null | undefined | Json[] | { [key: string]: Json };

/** Replaces every free-text leaf with `text` and every URL leaf with `url`, keeping the options' shape. */
function substitute(value: Json, text: string, url: string, key = ''): Json {
  if (typeof value === 'string') {
    if (isUrlKey(key)) return url;
    return notFreeText.has(key) ? value : text;
  }
  if (Array.isArray(value)) return value.map((item) => substitute(item, text, url, key));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, substitute(item, text, url, name)]));
  }
  return value;
}

/** Every element's tag and sorted attribute names: the markup's shape, whatever the text. */
function shape(root: Element): string[] {
  return [...root.querySelectorAll('*')].map((element) => `${element.localName}[${[...element.getAttributeNames()].sort().join(',')}]`);
}

async function render(component: ComponentUnderTest, options: object): Promise<Element> {
  const element = document.createElement(component.tag) as HTMLElement & { updateComplete: Promise<boolean> };
  elements.applyAttributes(element, component.attributes(options as never));
  container().append(element);
  await element.updateComplete;
  return element;
}

const hostileText = fc.oneof(
  fc.constantFrom(
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    "' onmouseover='alert(1)' x='",
    '<svg onload=alert(1)>',
    '</textarea><script>alert(1)</script>',
    '<!-- comment -->',
    '${alert(1)}',
    '%{count}',
    '&lt;b&gt;bold&lt;/b&gt;',
  ),
  fc.string({ minLength: 1, maxLength: 40 }).map((text) => `<b onclick="x">${text}</b>`),
);
const scriptUrl = fc.constantFrom(
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'vbscript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>',
  '\u0000javascript:alert(1)',
);

/** The same compaction a browser applies before reading a scheme. */
function scheme(href: string): string {
  // eslint-disable-next-line no-control-regex
  return /^[a-z][a-z0-9+.-]*:/i.exec(href.replace(/[\u0000-\u0020\u007f]/g, ''))?.[0].toLowerCase() ?? '';
}

describe('security properties of every component', () => {
  afterEach(cleanup);

  for (const component of components) {
    for (const example of component.examples) {
      it(`<${component.tag}> "${example.name}": hostile text stays text, script URLs are refused`, async () => {
        const baseline = await render(component, substitute(example.options as Json, 'Sample text', '/safe') as object);
        const baselineShape = shape(baseline);
        cleanup();
        await fc.assert(
          fc.asyncProperty(hostileText, scriptUrl, async (text, url) => {
            const element = await render(component, substitute(example.options as Json, text, url) as object);
            try {
              expect(shape(element)).to.deep.equal(baselineShape);
              const attributeValues = [...element.querySelectorAll('*')].flatMap((node) =>
                node.getAttributeNames().map((name) => node.getAttribute(name) ?? ''),
              );
              const appears = (element.textContent ?? '').includes(text) || attributeValues.includes(text);
              const usesText = JSON.stringify(substitute(example.options as Json, '\u0001', '/safe')).includes('\\u0001');
              if (usesText) expect(appears, 'the text comes back exactly as given').to.equal(true);
              for (const node of element.querySelectorAll('[href], [src], [action], [formaction]')) {
                for (const name of ['href', 'src', 'action', 'formaction']) {
                  const value = node.getAttribute(name);
                  if (value !== null) expect(['', 'http:', 'https:', 'mailto:', 'tel:'], `${name}="${value}"`).to.include(scheme(value));
                }
              }
            } finally {
              cleanup();
            }
          }),
          { numRuns: 12 },
        );
      });
    }
  }
});
