/**
 * The one way HTML from options reaches a page. GOV.UK's macros take `html` wherever they take `text` (a hint with a
 * link, a panel with bold text, a conditional reveal holding a text input), and councils fill those from their
 * content systems. So every `html` option goes through this allow-list: GOV.UK's inline and block markup, tables and
 * the form controls GOV.UK puts inside conditional reveals, with only the attributes that markup needs, `govuk-`
 * classes, and every link through the URL scheme and host allow-list of {@link safeUrl}. Anything else is dropped:
 * an element not on the list leaves its text (escaped) behind, except those whose content is code or a document
 * (`script`, `style`, `iframe`…), which go whole. What is written out is built from the parsed tree, never copied
 * from the input, so a trick that fools the parser cannot reach the page either.
 *
 * Parsing is the browser's own HTML parser (`DOMParser`, which runs no script and loads nothing) in the browser,
 * and parse5, the same WHATWG algorithm, on the server (registered by the server entry, so browsers never ship it).
 */
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { escapeHtml } from '@civicbricks/core/html';
import { safeUrl } from './safe-url.js';

/** What the sanitiser needs of a parsed node, from either parser. */
export type ParsedNode =
  | { readonly kind: 'text'; readonly text: string }
  | {
      readonly kind: 'element';
      readonly tag: string;
      readonly attributes: readonly { readonly name: string; readonly value: string }[];
      readonly children: readonly ParsedNode[];
    };

/** Parses an HTML fragment as if it were the content of a `<body>`. */
export type HtmlFragmentParser = (markup: string) => readonly ParsedNode[];

const parserKey = Symbol.for('civicbricks.elements.htmlFragmentParser');
type ParserHolder = { [parserKey]?: HtmlFragmentParser | undefined };

/** For the server entry: the parser to use where there is no `DOMParser`. */
export function setHtmlFragmentParser(parser: HtmlFragmentParser): void {
  (globalThis as ParserHolder)[parserKey] = parser;
}

function fromDom(node: Node): ParsedNode | undefined {
  if (node.nodeType === 3) return { kind: 'text', text: node.textContent ?? '' };
  if (node.nodeType !== 1) return undefined;
  const element = node as Element;
  return {
    kind: 'element',
    tag: element.localName,
    attributes: [...element.attributes].map((attribute) => ({ name: attribute.name, value: attribute.value })),
    children: [...element.childNodes].flatMap((child) => fromDom(child) ?? []),
  };
}

interface ParsingPolicy {
  createHTML(markup: string): string;
}
let parsingPolicy: ParsingPolicy | undefined;

/**
 * Under a Trusted Types policy (`require-trusted-types-for 'script'`) a string cannot reach `DOMParser`. This policy
 * passes markup to the parser only: the parsed document is inert and is read, never shown; what reaches the page is
 * rebuilt from the allow-list. A page that names its allowed policies adds `trusted-types civicbricks-sanitiser`.
 */
function forParser(markup: string): string {
  const factory = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: ParsingPolicy): ParsingPolicy } }).trustedTypes;
  if (!factory) return markup;
  parsingPolicy ??= factory.createPolicy('civicbricks-sanitiser', { createHTML: (input) => input });
  return parsingPolicy.createHTML(markup);
}

function parse(markup: string): readonly ParsedNode[] {
  const registered = (globalThis as ParserHolder)[parserKey];
  if (registered) return registered(markup);
  if (typeof DOMParser === 'undefined') {
    throw new Error('HTML options need a parser: import @civicbricks/elements/server before rendering on a server');
  }
  // A DOMParser document is inert: no script runs, no image or style loads, whatever the markup says.
  const body = new DOMParser().parseFromString(forParser(`<!doctype html><body>${markup}`), 'text/html').body;
  return [...body.childNodes].flatMap((child) => fromDom(child) ?? []);
}

// Elements kept, with the attributes each may keep besides the global ones below.
const allowedElements: Readonly<Record<string, readonly string[]>> = {
  a: ['href', 'hreflang', 'rel', 'target'],
  abbr: ['title'],
  b: [],
  br: [],
  code: [],
  div: [],
  em: [],
  h2: [],
  h3: [],
  h4: [],
  i: [],
  li: [],
  ol: [],
  p: [],
  small: [],
  span: [],
  strong: [],
  ul: [],
  // Tables, as GOV.UK's tabs and details hold them.
  caption: [],
  table: [],
  thead: [],
  tbody: [],
  tr: [],
  th: ['scope', 'colspan', 'rowspan'],
  td: ['colspan', 'rowspan'],
  // The controls GOV.UK puts inside a conditional reveal ("How would you like to be contacted?" then an email field).
  label: ['for'],
  input: ['name', 'type', 'value', 'autocomplete', 'inputmode', 'spellcheck', 'checked', 'disabled'],
  textarea: ['name', 'rows', 'autocomplete', 'spellcheck', 'disabled'],
  select: ['name', 'disabled'],
  option: ['value', 'selected', 'disabled'],
};
const globalAttributes = new Set(['class', 'id', 'lang', 'aria-label', 'aria-hidden', 'aria-current', 'aria-describedby']);
// Dropped with everything inside them: their content is code, a document or a resource, never text to show.
const droppedWithContent = new Set([
  'script',
  'style',
  'template',
  'iframe',
  'object',
  'embed',
  'noscript',
  'svg',
  'math',
  'title',
  'head',
  'frame',
  'frameset',
  'noembed',
  'noframes',
  'xmp',
]);
const voidElements = new Set(['br', 'input']);
const inputTypes = new Set(['text', 'email', 'tel', 'number', 'url', 'search', 'radio', 'checkbox', 'hidden']);
const booleanAttributes = new Set(['checked', 'disabled', 'selected']);
const ID = /^[A-Za-z][\w:.-]*$/;

function keptAttribute(tag: string, name: string, value: string): string | undefined {
  if (!globalAttributes.has(name) && !allowedElements[tag]?.includes(name)) return undefined;
  switch (name) {
    case 'class': {
      const classes = value.split(/\s+/).filter((token) => /^govuk-[\w!-]+$/.test(token));
      return classes.length > 0 ? classes.join(' ') : undefined;
    }
    case 'id':
    case 'for':
      return ID.test(value) ? value : undefined;
    case 'aria-describedby':
      return value.split(/\s+/).every((id) => ID.test(id)) ? value.trim() : undefined;
    case 'href':
      return safeUrl(value);
    case 'target':
      return value === '_blank' ? value : undefined;
    case 'type':
      return inputTypes.has(value.toLowerCase()) ? value.toLowerCase() : undefined;
    case 'aria-hidden':
      return value === 'true' ? value : undefined;
    default:
      return booleanAttributes.has(name) ? '' : value;
  }
}

function write(nodes: readonly ParsedNode[]): string {
  let out = '';
  for (const node of nodes) {
    if (node.kind === 'text') {
      out += escapeHtml(node.text);
      continue;
    }
    if (droppedWithContent.has(node.tag)) continue;
    if (!(node.tag in allowedElements)) {
      out += write(node.children);
      continue;
    }
    let attributes = '';
    const seen = new Set<string>();
    for (const { name, value } of node.attributes) {
      if (seen.has(name)) continue;
      seen.add(name);
      const kept = keptAttribute(node.tag, name, value);
      if (kept !== undefined) attributes += kept === '' && booleanAttributes.has(name) ? ` ${name}` : ` ${name}="${escapeHtml(kept)}"`;
    }
    // A link that opens a new tab must not hand the new page a handle on this one.
    if (node.tag === 'a' && node.attributes.some((attribute) => attribute.name === 'target' && attribute.value === '_blank')) {
      attributes = attributes.replace(/ rel="[^"]*"/, '') + ' rel="noreferrer noopener"';
    }
    out += voidElements.has(node.tag) ? `<${node.tag}${attributes}>` : `<${node.tag}${attributes}>${write(node.children)}</${node.tag}>`;
  }
  return out;
}

/** GOV.UK's markup from `markup`, with everything off the allow-list dropped. */
export function sanitiseHtml(markup: string): string {
  return write(parse(markup));
}

/** An `html` option, sanitised, as content for a Lit template. */
export function sanitisedHtml(markup: string): ReturnType<typeof unsafeHTML> {
  // The only unsafeHTML in the package (ESLint refuses it elsewhere): what it is given was just rebuilt from the allow-list.
  return unsafeHTML(sanitiseHtml(markup));
}

/** GOV.UK's `text` or `html` pair as template content: `html` wins, as in the macros. */
export function textOrHtml(
  option: { readonly text?: string | undefined; readonly html?: string | false | undefined } | undefined,
): unknown {
  if (option === undefined) return undefined;
  return typeof option.html === 'string' ? sanitisedHtml(option.html) : option.text;
}
