// Node only: renders a component's Lit template to an HTML string with Lit's server renderer.
import { escapeHtml } from '@civicbricks/core/html';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { createTranslator, parseInput, resolveLocale, type Catalogue, type Overrides, type Translator } from '@civicbricks/core';
import type { TemplateResult } from 'lit';
import type { $ZodType, output } from 'zod/v4/core';
import { attributeText, type AttributeMap } from './attributes.js';
import type { MessageOverrides } from './civic-element.js';

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
  return collectResultSync(render(template))
    .replace(/<!--\/?lit-part[^>]*-->|<!--lit-node \d+-->|<\?lit\$\d+\$>|<\?>/g, '')
    .trim();
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
  const valid = parseInput(renderer.schema, options, { what: renderer.what, codePrefix: renderer.codePrefix });
  // The full check of a council's wording (placeholders, every Welsh plural form) runs here, where size does not matter.
  const t = createTranslator(renderer.catalogue, resolveLocale(context.lang ?? 'en'), context.messages as Overrides<K> | undefined);
  const inner = renderTemplate(renderer.template(valid, t));
  if (context.element === false) return inner;
  let written = '';
  for (const [name, value] of Object.entries({ ...renderer.attributes(valid), messages: context.messages })) {
    const text = attributeText(value);
    if (text !== undefined) written += text === '' ? ` ${name}` : ` ${name}="${escapeHtml(text)}"`;
  }
  return `<${renderer.tagName}${written}>${inner}</${renderer.tagName}>`;
}
