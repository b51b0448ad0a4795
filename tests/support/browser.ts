// Helpers for browser tests: what the browser's accessibility tree says, and the server render functions run in Node.
import 'axe-core/axe.min.js';
import { executeServerCommand } from '@web/test-runner-commands';
import { axeRunOptions } from './axe-rules.js';

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; html: string }[];
}

/**
 * Runs axe over an element with GOV.UK's rule tags and our one list of switched-off rules
 * (tests/support/axe-rules.ts), and fails with every violation spelled out.
 */
export async function expectAccessible(element: Element | null): Promise<void> {
  if (!element) throw new Error('expectAccessible was given no element');
  const axe = (window as unknown as { axe: { run(context: Element, options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
  const { violations } = await axe.run(element, axeRunOptions());
  if (violations.length === 0) return;
  const report = violations
    .map(
      (violation) =>
        `${violation.id} (${violation.impact ?? 'unknown'}): ${violation.help}\n${violation.nodes.map((node) => `  ${node.target.join(' ')}: ${node.html}`).join('\n')}`,
    )
    .join('\n');
  throw new Error(`axe found ${violations.length} violation(s):\n${report}`);
}

export interface AccessibleProperties {
  readonly role: string | null;
  readonly name: string;
  readonly description: string;
  readonly ignored: boolean;
}

/** The role, accessible name and description Chromium computed for the first element matching `selector`. */
export async function accessibleProperties(selector: string): Promise<AccessibleProperties> {
  const result = await executeServerCommand<AccessibleProperties, { selector: string }>('accessible-properties', { selector });
  if (!result) throw new Error('The accessible-properties command is not registered in web-test-runner.config.mjs');
  return result;
}

/** Runs `render<Component>(options, context)` from `@civicbricks/elements/server` in Node and returns its HTML. */
export async function serverRender(component: string, options: unknown, context: Record<string, unknown> = {}): Promise<string> {
  const html = await executeServerCommand<string, { component: string; options: unknown; context: Record<string, unknown> }>(
    'server-render',
    {
      component,
      options,
      context,
    },
  );
  if (typeof html !== 'string') throw new Error('The server-render command is not registered in web-test-runner.config.mjs');
  return html;
}

/** Parses HTML into inert nodes (scripts do not run; custom elements upgrade only once adopted into this document). */
export function parseHtml(html: string): Element {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const first = parsed.body.firstElementChild;
  if (!first) throw new Error(`No element in: ${html}`);
  return first;
}

/**
 * The bare markup (no element wrapper) a server render function gives for these options, parsed into one
 * element: compare it with `renderedMarkup` of the client render for server/client parity.
 */
export async function serverMarkup(component: string, options: unknown, lang = 'en'): Promise<Element> {
  return parseHtml(`<div>${await serverRender(component, options, { lang, element: false })}</div>`);
}

/** What a form control's accessible description reads: its hint, then the visually hidden "Error:" and the message. */
/** A hint or error message as our string or GOV.UK's `{ text }` object. */
export type FieldText = string | { readonly text?: string | undefined; readonly html?: string | undefined };

/** The words of a hint or error as a screen reader reads them: its text, or its html without the tags. */
function wordsOf(option: FieldText | undefined): string | undefined {
  if (option === undefined || typeof option === 'string') return option;
  return option.text ?? option.html?.replace(/<[^>]*>/g, '');
}

export function fieldDescription(
  options: { readonly hint?: FieldText | undefined; readonly errorMessage?: FieldText | undefined },
  lang = 'en',
): string {
  const prefix = lang === 'cy' ? 'Gwall:' : 'Error:';
  const hint = wordsOf(options.hint);
  const error = wordsOf(options.errorMessage);
  return [hint, error && `${prefix} ${error}`].filter(Boolean).join(' ');
}

/** Collapses runs of white space: govuk-visually-hidden adds spaces around its text, which screen readers collapse too. */
export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * A canonical text form of a subtree, for comparing server and client renders:
 * comments dropped, whitespace collapsed, attributes sorted. An input's `value`
 * attribute is left out because the client sets the live property instead; tests
 * compare `input.value` separately.
 */
export function canonicalMarkup(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return (node.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (node.nodeType !== Node.ELEMENT_NODE) return '';
  const element = node as Element;
  const tag = element.tagName.toLowerCase();
  const attributes = [...element.attributes]
    .filter((attribute) => !(tag === 'input' && attribute.name === 'value'))
    .map((attribute) => `${attribute.name}="${attribute.value}"`)
    .sort()
    .join(' ');
  const children = [...element.childNodes].map(canonicalMarkup).filter(Boolean).join('');
  return `<${tag}${attributes ? ` ${attributes}` : ''}>${children}</${tag}>`;
}

/** Canonical markup of an element's children: what the element rendered, without the element itself. */
export function renderedMarkup(element: Element): string {
  return [...element.childNodes].map(canonicalMarkup).filter(Boolean).join('');
}

/**
 * Creates a `civic-` element from its attributes (as stories and server-rendered pages set them),
 * attaches it and waits for its first render.
 */
export async function renderElement<E extends HTMLElement>(
  tagName: string,
  attributes: Record<string, unknown>,
  parent: HTMLElement = container(),
): Promise<E> {
  const element = document.createElement(tagName) as unknown as E & { updateComplete?: Promise<boolean> };
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false || value === '') continue;
    element.setAttribute(name, value === true ? '' : typeof value === 'string' ? value : JSON.stringify(value));
  }
  parent.append(element);
  await element.updateComplete;
  return element;
}

/** A container with a `lang`, attached to the document, removed again by `cleanup()`. */
const containers: HTMLElement[] = [];
export function container(lang: string = 'en'): HTMLElement {
  const div = document.createElement('div');
  div.lang = lang;
  document.body.append(div);
  containers.push(div);
  return div;
}

export function cleanup(): void {
  for (const div of containers.splice(0)) div.remove();
}
