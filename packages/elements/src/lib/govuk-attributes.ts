/**
 * GOV.UK's `attributes` option: any attributes a service adds to a component's element (`data-` hooks for its own
 * analytics, `aria-` wiring, `autocapitalize`). Lit cannot bind a set of attributes it does not know in advance in a
 * template that also renders on the server, so a template marks the element with `data-civic-attributes` holding the
 * set as JSON, and the marker is replaced by the attributes themselves: in the server's HTML string by
 * {@link writeMarkedAttributes}, in the browser after each render by {@link applyMarkedAttributes}. Either way a name
 * that could run script or load something (`on…`, `src`, `srcdoc`, `action`, `formaction`, `style`) is refused, and an
 * `href` goes through {@link safeUrl}.
 */
import { escapeHtml } from '@civicbricks/core/html';
import { safeUrl } from './safe-url.js';

/** An attribute's value as GOV.UK takes it: the value, or `{ value, optional }` (an optional `false` value leaves it off). */
export type GovukAttributeValue =
  string | number | boolean | { readonly value?: string | number | boolean | undefined; readonly optional?: boolean | undefined };

export type GovukAttributes = Readonly<Record<string, GovukAttributeValue>>;

const MARKER = 'data-civic-attributes';
const NAME = /^[A-Za-z_:][\w:.-]*$/;
const refusedNames = /^(on|src$|srcdoc$|action$|formaction$|style$|xlink:href$|data-civic-attributes$)/i;

/** Whether a service may set this attribute through the `attributes` option. */
export function attributeNameAllowed(name: string): boolean {
  return NAME.test(name) && !refusedNames.test(name);
}

/** The marker's value for a template (`data-civic-attributes=${ifDefined(attributesMarker(options.attributes))}`). */
export function attributesMarker(attributes: GovukAttributes | undefined): string | undefined {
  if (attributes === undefined || Object.keys(attributes).length === 0) return undefined;
  return JSON.stringify(attributes);
}

/** The attributes to write, in order: name and text, `''` for a present-but-empty attribute; refused names left out. */
export function resolvedAttributes(attributes: GovukAttributes): [string, string][] {
  const written: [string, string][] = [];
  for (const [name, raw] of Object.entries(attributes)) {
    if (!attributeNameAllowed(name)) continue;
    const entry = typeof raw === 'object' && raw !== null ? raw : { value: raw, optional: false };
    const { value } = entry;
    // GOV.UK leaves an optional attribute off when its value is false, and writes `true` bare when optional.
    if (entry.optional === true && (value === false || value === undefined)) continue;
    if (value === undefined) continue;
    const text = entry.optional === true && value === true ? '' : String(value);
    written.push([name, name.toLowerCase() === 'href' ? safeUrl(text) : text]);
  }
  return written;
}

const entities: Readonly<Record<string, string>> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

/** Server side: swaps each marker in rendered HTML for the attributes it holds, escaped. */
export function writeMarkedAttributes(markup: string): string {
  // Lit escapes every `"` in an attribute value, so the marker's value ends at the first quote.
  return markup.replace(/ data-civic-attributes="([^"]*)"/g, (_whole, value: string) => {
    let attributes: GovukAttributes;
    try {
      attributes = JSON.parse(value.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (entity) => entities[entity] ?? entity)) as GovukAttributes;
    } catch {
      return '';
    }
    return resolvedAttributes(attributes)
      .map(([name, text]) => (text === '' ? ` ${name}` : ` ${name}="${escapeHtml(text)}"`))
      .join('');
  });
}

/** Browser side: sets the attributes each marked element inside `root` holds, then removes the marker. */
export function applyMarkedAttributes(root: ParentNode): void {
  for (const element of root.querySelectorAll(`[${MARKER}]`)) {
    const value = element.getAttribute(MARKER) ?? '';
    element.removeAttribute(MARKER);
    let attributes: GovukAttributes;
    try {
      attributes = JSON.parse(value) as GovukAttributes;
    } catch {
      continue;
    }
    if (attributes === null || typeof attributes !== 'object') continue;
    for (const [name, text] of resolvedAttributes(attributes)) element.setAttribute(name, text);
  }
}
