// The one sanitising module, on the server's parser (parse5): GOV.UK's markup is kept, everything that could run
// script, load something or restyle the page is dropped, and what is written is rebuilt, never copied.
import fc from 'fast-check';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import { renderHint } from './support/render-hint.js';
import { sanitiseHtml } from '../src/lib/sanitise-html.js';
import { setAllowedUrlHosts } from '../src/index.js';

type Node = DefaultTreeAdapterMap['childNode'];
function elements(html: string): DefaultTreeAdapterMap['element'][] {
  const found: DefaultTreeAdapterMap['element'][] = [];
  const walk = (nodes: readonly Node[]): void => {
    for (const node of nodes) {
      if ('tagName' in node) {
        found.push(node);
        walk(node.childNodes);
      }
    }
  };
  walk(parseFragment(html).childNodes);
  return found;
}

const allowed = new Set([
  'a',
  'abbr',
  'b',
  'br',
  'code',
  'div',
  'em',
  'h2',
  'h3',
  'h4',
  'i',
  'li',
  'ol',
  'p',
  'small',
  'span',
  'strong',
  'ul',
]);
const tables = ['caption', 'table', 'thead', 'tbody', 'tr', 'th', 'td'];
const controls = ['label', 'input', 'textarea', 'select', 'option'];
for (const tag of [...tables, ...controls]) allowed.add(tag);

describe('sanitiseHtml', () => {
  it("keeps GOV.UK's inline and block markup with its govuk- classes", () => {
    renderHint();
    const html =
      '<p class="govuk-body app-x">Pay <strong>£30</strong> by <a class="govuk-link" href="/pay">card</a>.</p><ul class="govuk-list govuk-list--bullet"><li>one</li></ul>';
    expect(sanitiseHtml(html)).toBe(
      '<p class="govuk-body">Pay <strong>£30</strong> by <a class="govuk-link" href="/pay">card</a>.</p><ul class="govuk-list govuk-list--bullet"><li>one</li></ul>',
    );
  });

  it('drops script, event handlers, styles and script URLs, keeping the text of unknown elements', () => {
    renderHint();
    expect(sanitiseHtml('<script>alert(1)</script><b onclick="x" style="color:red">bold</b><marquee>moving</marquee>')).toBe(
      '<b>bold</b>moving',
    );
    expect(sanitiseHtml('<a href="javascript:alert(1)">x</a><a href=" java\tscript:1" target="_blank">y</a>')).toBe(
      '<a href="#">x</a><a href="#" target="_blank" rel="noreferrer noopener">y</a>',
    );
    expect(sanitiseHtml('<img src=x onerror=alert(1)><svg onload=alert(1)><circle/></svg><iframe srcdoc="<b>x</b>"></iframe>')).toBe('');
  });

  it('follows the service’s host allow-list for links', () => {
    renderHint();
    setAllowedUrlHosts(['www.camden.gov.uk']);
    try {
      expect(sanitiseHtml('<a href="https://evil.example/login">x</a><a href="https://www.camden.gov.uk/pay">y</a>')).toBe(
        '<a href="#">x</a><a href="https://www.camden.gov.uk/pay">y</a>',
      );
    } finally {
      setAllowedUrlHosts(undefined);
    }
  });

  it('never lets anything off the allow-list through, whatever the markup (property)', () => {
    renderHint();
    const tag = fc.constantFrom(
      'p',
      'a',
      'b',
      'script',
      'img',
      'svg',
      'style',
      'iframe',
      'math',
      'template',
      'noscript',
      'input',
      'form',
      'table',
      'td',
      'span',
    );
    const attribute = fc.constantFrom(
      'onclick="alert(1)"',
      'style="x"',
      'href="javascript:alert(1)"',
      'src="x"',
      'class="govuk-body evil"',
      'formaction="javascript:1"',
      'id="ok"',
    );
    const fragment = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.string({ maxLength: 8 }),
        fc
          .tuple(tag, fc.array(attribute, { maxLength: 3 }), fc.array(tie('node'), { maxLength: 3 }))
          .map(([name, attributes, children]) => `<${name} ${attributes.join(' ')}>${(children as string[]).join('')}</${name}>`),
      ),
    })).node;
    fc.assert(
      fc.property(fragment, (markup) => {
        const clean = sanitiseHtml(markup as string);
        for (const element of elements(clean)) {
          expect(allowed.has(element.tagName), element.tagName).toBe(true);
          for (const { name, value } of element.attrs) {
            expect(['onclick', 'style', 'src', 'formaction']).not.toContain(name);
            if (name === 'href') expect(value).not.toMatch(/script:/i);
            if (name === 'class') expect(value.split(' ').every((token) => token.startsWith('govuk-'))).toBe(true);
          }
        }
        // Sanitising what was already sanitised changes nothing: the output is GOV.UK markup only.
        expect(sanitiseHtml(clean)).toBe(clean);
      }),
      { numRuns: 200, seed: 17 },
    );
  });
});
