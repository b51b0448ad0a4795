// Security properties over every example of a package's components: hostile strings in every text option never add
// an element or an attribute, and come back exactly as typed; script URLs in every URL option are refused. Every
// element package runs it over its descriptors (docs/decisions/0007-shared-behaviour-suites.md).
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { applyAttributes, type AttributeMap } from '../../src/index.js';
import { cleanup, container } from '../../../../tests/support/browser.js';

export interface ComponentUnderTest {
  readonly tag: string;
  readonly examples: readonly { readonly name: string; readonly options: object }[];
  readonly attributes: (options: never) => AttributeMap;
}

// Option keys whose values are picked from a fixed list or name things in markup (ids, names): not free text.
const fixedKeys = [
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
];
const isUrlKey = (key: string): boolean => /href|url$/i.test(key) || key === 'action' || key === 'formAction';

type Json = string | number | boolean | null | undefined | Json[] | { [key: string]: Json };

const isHtmlKey = (key: string): boolean => key === 'html' || key.endsWith('Html');

/**
 * Replaces every free-text leaf with `text`, every URL leaf with `url` and every `html` leaf with `markup`, keeping the
 * options' shape. `html` options are sanitised, not escaped, so they have a property of their own below.
 */
function substitute(
  value: Json,
  text: string,
  url: string,
  notFreeText: ReadonlySet<string>,
  key = '',
  markup = 'Sample <strong>markup</strong>',
): Json {
  if (typeof value === 'string') {
    if (isUrlKey(key)) return url;
    if (isHtmlKey(key)) return markup;
    return notFreeText.has(key) ? value : text;
  }
  if (Array.isArray(value)) return value.map((item) => substitute(item, text, url, notFreeText, key, markup));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, substitute(item, text, url, notFreeText, name, markup)]));
  }
  return value;
}

const hostileMarkup = fc.oneof(
  fc.constantFrom(
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '<a href="javascript:alert(1)">link</a>',
    '<a href=" java\tscript:alert(1)" onclick="alert(1)">link</a>',
    '<svg><script>alert(1)</script></svg>',
    '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
    '<p style="background:url(x)" class="govuk-body evil">text</p>',
    '<form action="https://evil.example"><input formaction="javascript:alert(1)"></form>',
    '<template><script>alert(1)</script></template>',
    '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
    '<strong>bold</strong> <a class="govuk-link" href="/ok">ok</a>',
  ),
  fc.string({ minLength: 1, maxLength: 30 }).map((text) => `<b onmouseover="x">${text}</b><img src="${text}">`),
);
// What GOV.UK's markup allows after sanitising; anything else in rendered html content is an injection.
const refusedElements = new Set([
  'script',
  'img',
  'svg',
  'iframe',
  'style',
  'template',
  'form',
  'math',
  'object',
  'embed',
  'noscript',
  'link',
  'meta',
  'base',
]);

/** Every element's tag and sorted attribute names: the markup's shape, whatever the text. */
function shape(root: Element): string[] {
  return [...root.querySelectorAll('*')].map((element) => `${element.localName}[${[...element.getAttributeNames()].sort().join(',')}]`);
}

async function render(component: ComponentUnderTest, options: object): Promise<Element> {
  const element = document.createElement(component.tag) as HTMLElement & { updateComplete: Promise<boolean> };
  applyAttributes(element, component.attributes(options as never));
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

/**
 * Defines, for every example of every component, the property that hostile text stays text and script URLs are
 * refused. `notFreeText` names a package's own option keys that are not free text (column keys, dates, flags).
 */
export function runSecuritySuite(
  components: readonly ComponentUnderTest[],
  { notFreeText: ownKeys = [] }: { readonly notFreeText?: readonly string[] } = {},
): void {
  const notFreeText = new Set([...fixedKeys, ...ownKeys]);
  const swap = (options: object, text: string, url: string): object => substitute(options as Json, text, url, notFreeText) as object;
  describe('security properties of every component', () => {
    afterEach(cleanup);

    for (const component of components) {
      for (const example of component.examples) {
        it(`<${component.tag}> "${example.name}": hostile text stays text, script URLs are refused`, async () => {
          const baseline = await render(component, swap(example.options, 'Sample text', '/safe'));
          const baselineShape = shape(baseline);
          cleanup();
          await fc.assert(
            fc.asyncProperty(hostileText, scriptUrl, async (text, url) => {
              const element = await render(component, swap(example.options, text, url));
              try {
                expect(shape(element)).to.deep.equal(baselineShape);
                const attributeValues = [...element.querySelectorAll('*')].flatMap((node) =>
                  node.getAttributeNames().map((name) => node.getAttribute(name) ?? ''),
                );
                const appears = (element.textContent ?? '').includes(text) || attributeValues.includes(text);
                const usesText = JSON.stringify(swap(example.options, '\u0001', '/safe')).includes('\\u0001');
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

        const markupSample = JSON.stringify(substitute(example.options as Json, 'Sample text', '/safe', notFreeText, '', '\u0002'));
        if (!markupSample.includes('\\u0002')) continue;
        it(`<${component.tag}> "${example.name}": html options keep GOV.UK's markup and lose everything that could run or load`, async () => {
          await fc.assert(
            fc.asyncProperty(hostileMarkup, async (markup) => {
              const element = await render(
                component,
                substitute(example.options as Json, 'Sample text', '/safe', notFreeText, '', markup) as object,
              );
              try {
                for (const node of element.querySelectorAll('*')) {
                  expect(refusedElements.has(node.localName), `<${node.localName}>`).to.equal(false);
                  for (const name of node.getAttributeNames()) {
                    expect(/^on|^style$|^src|^formaction$|^action$/i.test(name), `${node.localName}[${name}]`).to.equal(false);
                  }
                  const href = node.getAttribute('href');
                  if (href !== null) expect(['', 'http:', 'https:', 'mailto:', 'tel:'], `href="${href}"`).to.include(scheme(href));
                  for (const token of node.classList) expect(token === 'evil', `class ${token}`).to.equal(false);
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
}
