// Node only: renders a component's Lit template to an HTML string with Lit's server renderer.
import { escapeHtml } from '@civicbricks/core/html';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { createTranslator, parseInput, resolveLocale, type Catalogue, type Overrides, type Translator } from '@civicbricks/core';
import type { TemplateResult } from 'lit';
import type { $ZodType, output } from 'zod/v4/core';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { attributeText, type AttributeMap } from './attributes.js';
import { writeMarkedAttributes } from './govuk-attributes.js';
import type { MessageOverrides } from './civic-element.js';
import { setHtmlFragmentParser, type ParsedNode } from './sanitise-html.js';

type Parse5Node = DefaultTreeAdapterMap['childNode'];

function fromParse5(node: Parse5Node): ParsedNode | undefined {
  if (node.nodeName === '#text') return { kind: 'text', text: (node as DefaultTreeAdapterMap['textNode']).value };
  if (!('tagName' in node)) return undefined;
  // A <template>'s content is a fragment of its own; the sanitiser drops templates whole, so it is not read.
  return {
    kind: 'element',
    tag: node.tagName,
    attributes: node.attrs.map((attribute) => ({ name: attribute.name, value: attribute.value })),
    children: node.childNodes.flatMap((child) => fromParse5(child) ?? []),
  };
}

const parse5Fragment = (markup: string): readonly ParsedNode[] =>
  parseFragment(markup).childNodes.flatMap((child) => fromParse5(child) ?? []);

export interface RenderContext {
  /** `cy` for Welsh, `en` (the default) for English; any BCP 47 value such as `cy-GB` works. Set the same `lang` on the page. */
  readonly lang?: string;
  /** Per-instance wording, as the elements' `messages` property takes it. */
  readonly messages?: MessageOverrides;
  /**
   * `true` (the default) wraps the markup in its `civic-` element with matching attributes, so the
   * element adopts it when the script loads; `false` gives bare GOV.UK markup for pages without the elements.
   */
  readonly element?: boolean;
}

// Lit's hydration markers would be noise here: the elements adopt server markup by reading it, not by hydrating.
// `<?>` is the empty marker Lit leaves between the items of a list; text and attribute values never hold a raw `<`.
/**
 * A Lit template as HTML, without Lit's hydration markers: for packages built on the elements whose own templates
 * (a fieldset grouping elements, say) must render on the server from the same template the browser uses.
 */
export function renderTemplate(template: TemplateResult): string {
  // `html` options are sanitised from a parsed tree; on a server there is no DOMParser, so parse5 (the same WHATWG
  // algorithm) parses. Set on each render (and before a template is built,
  // in renderComponent) rather than at import, so no bundler can shake it out as a side effect.
  setHtmlFragmentParser(parse5Fragment);
  const markup = collectResultSync(render(template)).replace(/<!--\/?lit-part[^>]*-->|<!--lit-node \d+-->|<\?lit\$\d+\$>|<\?>/g, '');
  // An attribute left out at the end of a tag (an unset `data-civic-attributes`) leaves its space: `<a class="x" >`.
  // Text and attribute values never hold a raw `>` (Lit escapes them), so ` >` can only be the end of a tag.
  return tidyTags(writeMarkedAttributes(withoutEmptyValues(markup))).trim();
}

/**
 * Templates are laid out for reading, one attribute a line, and an attribute left out leaves its blank line: inside
 * each tag, runs of white space outside quoted values become one space and none is left before `>` or `/>`, so
 * `<strong\n  class="govuk-tag"\n\n>` is written `<strong class="govuk-tag">`. Text between tags is left as it is.
 */
function tidyTags(markup: string): string {
  let out = '';
  let index = 0;
  while (index < markup.length) {
    const open = markup.indexOf('<', index);
    if (open === -1) return out + markup.slice(index);
    out += markup.slice(index, open);
    if (markup.startsWith('<!--', open)) {
      const end = markup.indexOf('-->', open);
      const stop = end === -1 ? markup.length : end + 3;
      out += markup.slice(open, stop);
      index = stop;
      continue;
    }
    let tag = '<';
    let quote: string | undefined;
    let cursor = open + 1;
    for (; cursor < markup.length; cursor += 1) {
      const char = markup[cursor] as string;
      if (quote !== undefined) {
        tag += char;
        if (char === quote) quote = undefined;
      } else if (char === '"' || char === "'") {
        quote = char;
        tag += char;
      } else if (char === '>') {
        tag = tag.replace(/\s+(\/?)$/, '$1') + '>';
        cursor += 1;
        break;
      } else if (/\s/.test(char)) {
        if (!tag.endsWith(' ')) tag += ' ';
      } else {
        tag += char;
      }
    }
    out += tag;
    index = cursor;
  }
  return out;
}

/**
 * Lit's server renderer writes a `.value` property binding as a `value` attribute, `value=""` when empty. For a text
 * field that is its default anyway, and GOV.UK writes none, so it goes (a radio or checkbox value is an attribute
 * binding, never this). Attribute values never hold a raw `>`: Lit escapes them.
 */
function withoutEmptyValues(markup: string): string {
  return markup.replace(/<input\b[^>]*>/g, (tag) => (/ type="(radio|checkbox)"/.test(tag) ? tag : tag.replace(' value=""', '')));
}

export interface ComponentRenderer<Schema extends $ZodType, K extends string> {
  readonly tagName: string;
  readonly schema: Schema;
  /** For error codes and messages: `elements.text_input`, "text input options". */
  readonly codePrefix: string;
  readonly what: string;
  /** The component's messages; components without strings of their own pass `fieldMessages`. */
  readonly catalogue: Catalogue<K>;
  readonly template: (options: output<Schema>, t: Translator<K>) => TemplateResult;
  readonly attributes: (options: output<Schema>) => AttributeMap;
}

/**
 * Validates options, renders the component's template to HTML and, unless `element: false`,
 * wraps it in the element with matching attributes so the element adopts it on upgrade.
 */
export function renderComponent<Schema extends $ZodType, K extends string>(
  renderer: ComponentRenderer<Schema, K>,
  options: unknown,
  context: RenderContext = {},
): string {
  setHtmlFragmentParser(parse5Fragment);
  const valid = parseInput(renderer.schema, options, { what: renderer.what, codePrefix: renderer.codePrefix });
  // The full check of a council's wording (placeholders, every Welsh plural form) runs here, where size does not matter.
  const t = createTranslator(renderer.catalogue, resolveLocale(context.lang ?? 'en'), context.messages as Overrides<K> | undefined);
  const inner = renderTemplate(renderer.template(valid, t));
  if (context.element === false) return inner;
  let written = '';
  for (const [name, value] of Object.entries({
    ...renderer.attributes(valid),
    messages: context.messages,
  })) {
    const text = attributeText(value);
    if (text !== undefined) written += text === '' ? ` ${name}` : ` ${name}="${escapeHtml(text)}"`;
  }
  return `<${renderer.tagName}${written}>${inner}</${renderer.tagName}>`;
}
