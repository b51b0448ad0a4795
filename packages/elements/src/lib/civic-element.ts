import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ValidationError } from '@civicbricks/core/errors';
import { resolveLocale, type Locale, type Overrides } from '@civicbricks/core/i18n';
import { applyMarkedAttributes } from './govuk-attributes.js';

/** Per-instance wording: message keys mapped to a council's own text (a plural message is an object of CLDR forms). */
export type MessageOverrides = Overrides;

// One observer for the whole page rather than one per element: the page language
// changes rarely (a language toggle, Storybook's locale switch) and every element cares.
const localeListeners = new Set<CivicElement>();
let langObserver: MutationObserver | undefined;

function watchLang(element: CivicElement): void {
  localeListeners.add(element);
  if (langObserver) return;
  langObserver = new MutationObserver(() => {
    for (const listener of localeListeners) listener.requestUpdate();
  });
  langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

function unwatchLang(element: CivicElement): void {
  localeListeners.delete(element);
  if (localeListeners.size === 0) {
    langObserver?.disconnect();
    langObserver = undefined;
  }
}

// Tags already given `display: block`, and the one constructed sheet that holds their rules. A constructed sheet,
// not a <style> element, so a strict `style-src 'self'` Content Security Policy allows it.
const blockTags = new Set<string>();
let displaySheet: CSSStyleSheet | undefined;

function displayAsBlock(tagName: string): void {
  if (blockTags.has(tagName)) return;
  blockTags.add(tagName);
  // Browsers without constructed sheets (Safari before 16.4) keep the elements inline, as they always were: slower
  // to lay out, laid out the same.
  if (!('adoptedStyleSheets' in Document.prototype)) return;
  if (!displaySheet) {
    displaySheet = new CSSStyleSheet();
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, displaySheet];
  }
  // :where() keeps the rule at zero specificity, so any rule of the page's own overrides it; and it leaves
  // `hidden` elements alone, because any page rule for `display` beats the browser's `[hidden] { display: none }`.
  try {
    displaySheet.insertRule(`:where(${CSS.escape(tagName)}:not([hidden])) { display: block; }`);
  } catch {
    // A browser that cannot read :where() refuses the rule; the element stays inline there, as it was before.
  }
}

/**
 * Structured data given as JSON text, turned into the array or object the property holds. Frameworks that set
 * properties rather than attributes (React 19 does, once the element is defined) hand over the JSON a page wrote
 * as an attribute, `items='[...]'`, as a string; without this the template would try to map over a string.
 * Anything else is refused with a message saying what the property takes; the text itself is not repeated,
 * since it may hold what a person typed.
 */
function parseJsonProperty(tagName: string, name: string, expected: 'array' | 'object', text: string): unknown {
  const shape = expected === 'array' ? 'an array' : 'an object';
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new ValidationError(
      'elements.property.invalid_json',
      `<${tagName}> ${name} must be ${shape}, or JSON text of ${shape}; it was given text that is not JSON (${(error as Error).message}).`,
      { path: [name] },
    );
  }
  const isArray = Array.isArray(parsed);
  const fits = expected === 'array' ? isArray : typeof parsed === 'object' && parsed !== null && !isArray;
  if (!fits) {
    const given = parsed === null ? 'null' : isArray ? 'an array' : typeof parsed;
    throw new ValidationError(
      'elements.property.wrong_shape',
      `<${tagName}> ${name} must be ${shape}, or JSON text of ${shape}; the JSON it was given holds ${given}.`,
      { path: [name] },
    );
  }
  return parsed;
}

// Marks a class whose array and object accessors are already wrapped, so `finalize` never wraps one twice.
const jsonAccessorsWrapped = Symbol('civicbricks.jsonAccessorsWrapped');

/**
 * Base for elements that render GOV.UK markup into the light DOM.
 *
 * Shadow DOM would put the label, hint, error message and native control in
 * separate trees, where `for` and `aria-describedby` cannot reach, and the
 * error summary could not focus the field by id. So these elements render
 * into themselves: one tree, native form submission, GOV.UK's CSS as it is.
 *
 * When the element upgrades over markup that the server render function
 * produced, it adopts it: it reads what the person had typed or chosen, then
 * renders its own template in place of the server copy.
 */
export abstract class CivicElement extends LitElement {
  /** Selects the root of this component's server-rendered markup among the element's children. */
  protected static serverMarkupSelector = ':scope > [data-civic-ssr]';

  /**
   * A custom element is inline unless styled, and an inline box around GOV.UK's block markup makes the browser
   * split it around every block inside, on every layout. So elements are blocks, like the markup they render;
   * those that render inline markup (a tag, a link, a button) say `false`.
   */
  protected static blockLevel = true;

  /**
   * Per-instance wording: message keys of the component mapped to your own text,
   * for example `{ "errorPrefix": "Problem:" }`. Set as a property, or as JSON in the `messages` attribute.
   */
  @property({ type: Object })
  messages: MessageOverrides | undefined;

  /**
   * GOV.UK macro options that have no attribute of their own on this element (`classes`, `attributes`, `formGroup`,
   * a hint or label given as `html`…), as JSON; the server render functions write it. They are laid over the
   * options the element's own attributes give, and rendered through the same template, so `html` is sanitised here too.
   */
  @property({ attribute: 'govuk-options', type: Object })
  govukOptions: Record<string, unknown> | undefined;

  private adopted = false;

  /**
   * Properties declared `type: Array` or `type: Object` also take JSON text of one (see `parseJsonProperty`). Each
   * class wraps the accessors Lit put on its own prototype, once, when it is finalized (before it is defined), so
   * subclasses inherit the wrapped ones. `finalize`, because Lit deprecates overriding `createProperty`.
   * @internal
   */
  protected static override finalize(): void {
    if (Object.hasOwn(this, jsonAccessorsWrapped)) return;
    super.finalize();
    Object.defineProperty(this, jsonAccessorsWrapped, { value: true });
    for (const [name, options] of this.elementProperties) {
      const expected = options.type === Array ? 'array' : options.type === Object ? 'object' : undefined;
      const descriptor = expected && Object.getOwnPropertyDescriptor(this.prototype, name);
      const set = descriptor ? descriptor.set : undefined;
      if (!expected || !descriptor || !set) continue;
      Object.defineProperty(this.prototype, name, {
        ...descriptor,
        set(this: CivicElement, value: unknown) {
          set.call(this, typeof value === 'string' ? parseJsonProperty(this.localName, String(name), expected, value) : value);
        },
      });
    }
  }

  /** The element's options with its GOV.UK-only options laid over them, for its template. */
  protected withGovukOptions<T extends object>(options: T): T {
    return this.govukOptions && typeof this.govukOptions === 'object' ? { ...options, ...this.govukOptions } : options;
  }

  protected override update(changed: PropertyValues): void {
    super.update(changed);
    // GOV.UK's `attributes` option: the template marks elements with the set, written here as real attributes.
    applyMarkedAttributes(this);
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  /** The locale from the closest `lang` attribute: `cy` for Welsh, `en` otherwise. */
  get locale(): Locale {
    const owner = this.closest('[lang]');
    return resolveLocale(owner?.getAttribute('lang') ?? null);
  }

  override connectedCallback(): void {
    if (!this.adopted) {
      this.adopted = true;
      const selector = (this.constructor as typeof CivicElement).serverMarkupSelector;
      const serverRoot = this.querySelector<HTMLElement>(selector);
      if (serverRoot) {
        this.adoptServerState(serverRoot);
        this.replaceChildren();
      }
    }
    super.connectedCallback();
    if ((this.constructor as typeof CivicElement).blockLevel) displayAsBlock(this.localName);
    watchLang(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchLang(this);
  }

  /**
   * For elements written with their text between the tags (`<civic-tag>Completed</civic-tag>`):
   * returns that text and clears it, so the rendered markup takes its place. Returns `''` when
   * the element holds server-rendered markup instead (adoption reads that) or no text at all.
   */
  protected takeTextContent(): string {
    const selector = (this.constructor as typeof CivicElement).serverMarkupSelector;
    if (this.querySelector(selector)) return '';
    const text = (this.textContent ?? '').trim();
    if (text) this.replaceChildren();
    return text;
  }

  /**
   * Reads what the person already did with the server-rendered markup (typed text,
   * choices) into properties, so upgrading never throws their input away.
   */
  protected adoptServerState(_serverRoot: HTMLElement): void {}
}
