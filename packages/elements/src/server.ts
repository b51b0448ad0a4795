/**
 * Server render functions: the same GOV.UK markup the elements render, as an
 * HTML string, so a page works with JavaScript off and the element enhances
 * it when it loads. They run the components' own Lit templates through Lit's
 * server renderer, so the two can never drift apart.
 *
 * Node only. Each function validates its options and throws a typed
 * `ValidationError` naming the option that is wrong.
 */
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { parseInput, resolveLocale } from '@civicbricks/core';
import type { TemplateResult } from 'lit';
import { buttonOptionsSchema, type ButtonOptions } from './components/button/button.options.js';
import { buttonTemplate } from './components/button/button.template.js';
import { errorSummaryOptionsSchema, type ErrorSummaryOptions } from './components/error-summary/error-summary.options.js';
import { errorSummaryTemplate } from './components/error-summary/error-summary.template.js';
import { textInputOptionsSchema, type TextInputOptions } from './components/text-input/text-input.options.js';
import { textInputTemplate } from './components/text-input/text-input.template.js';
import type { MessageOverrides } from './lib/civic-element.js';
import { attributeText, type AttributeMap } from './lib/attributes.js';
import { buttonAttributes } from './components/button/button.attributes.js';
import { textInputAttributes } from './components/text-input/text-input.attributes.js';
import { errorSummaryAttributes } from './components/error-summary/error-summary.attributes.js';
import { translatorFor } from './messages.js';

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

const escapes: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&#39;', '<': '&lt;', '>': '&gt;' };

function escapeAttribute(value: string): string {
  return value.replace(/[&"'<>]/g, (character) => escapes[character] ?? character);
}

function wrap(tagName: string, attributes: AttributeMap, inner: string, context: RenderContext): string {
  if (context.element === false) return inner;
  let written = '';
  for (const [name, value] of Object.entries({ ...attributes, messages: context.messages })) {
    const text = attributeText(value);
    if (text !== undefined) written += text === '' ? ` ${name}` : ` ${name}="${escapeAttribute(text)}"`;
  }
  return `<${tagName}${written}>${inner}</${tagName}>`;
}

// Lit's hydration markers would be noise here: the elements adopt server markup by reading it, not by hydrating.
function toHtml(template: TemplateResult): string {
  return collectResultSync(render(template))
    .replace(/<!--\/?lit-part[^>]*-->|<!--lit-node \d+-->|<\?lit\$\d+\$>/g, '')
    .trim();
}

function translator(context: RenderContext) {
  return translatorFor(resolveLocale(context.lang ?? 'en'), context.messages);
}

/** Renders a GOV.UK button (or link button) as HTML. */
export function renderButton(options: ButtonOptions, context: RenderContext = {}): string {
  const valid = parseInput(buttonOptionsSchema, options, { what: 'button options', codePrefix: 'elements.button' });
  return wrap('civic-button', buttonAttributes(valid), toHtml(buttonTemplate(valid)), context);
}

/** Renders a GOV.UK text input with its label, hint and error message as HTML. */
export function renderTextInput(options: TextInputOptions, context: RenderContext = {}): string {
  const valid = parseInput(textInputOptionsSchema, options, { what: 'text input options', codePrefix: 'elements.text_input' });
  return wrap('civic-text-input', textInputAttributes(valid), toHtml(textInputTemplate(valid, translator(context))), context);
}

/** Renders a GOV.UK error summary as HTML. Put it first in `<main>`, above the form. */
export function renderErrorSummary(options: ErrorSummaryOptions, context: RenderContext = {}): string {
  const valid = parseInput(errorSummaryOptionsSchema, options, { what: 'error summary options', codePrefix: 'elements.error_summary' });
  return wrap('civic-error-summary', errorSummaryAttributes(valid), toHtml(errorSummaryTemplate(valid, translator(context))), context);
}
