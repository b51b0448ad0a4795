/** An attribute value as the elements read it: text, a boolean attribute, JSON for structured data, or absent. */
export type AttributeValue = string | boolean | undefined | object;

/** Attribute name to value, in the order they are written. */
export type AttributeMap = Record<string, AttributeValue>;

/** The text an attribute holds, or `undefined` when it should be left off. */
export function attributeText(value: AttributeValue): string | undefined {
  if (value === undefined || value === false || value === '') return undefined;
  if (value === true) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Sets attributes on an element (for stories, tests and client-side rendering from the same data as the server). */
export function applyAttributes(element: Element, attributes: AttributeMap): void {
  for (const [name, value] of Object.entries(attributes)) {
    const text = attributeText(value);
    if (text === undefined) element.removeAttribute(name);
    else element.setAttribute(name, text);
  }
}

/** A string option, or the `text` of GOV.UK's `{ text | html }` object (its `html` and the rest travel in `govuk-options`). */
export function plainText(option: string | { readonly text?: string | undefined } | undefined | null | false): string | undefined {
  if (option === undefined || option === null || option === false) return undefined;
  return typeof option === 'string' ? option : option.text;
}

type FieldText = string | { readonly text?: string | undefined };

/** What every labelled control's options share (text input, textarea, select). */
interface LabelledFieldOptions {
  readonly name: string;
  readonly id?: string | undefined;
  readonly label: { readonly text?: string | undefined; readonly size?: string | undefined; readonly isPageHeading?: boolean | undefined };
  readonly hint?: FieldText | undefined;
  readonly errorMessage?: FieldText | undefined;
}

/** The attributes every labelled control starts with; its own id attribute is left off when the id is the name. */
export function labelledFieldAttributes(options: LabelledFieldOptions, idAttribute: string): AttributeMap {
  return {
    name: options.name,
    [idAttribute]: options.id === options.name ? undefined : options.id,
    label: options.label.text,
    'label-size': options.label.size,
    'label-is-page-heading': options.label.isPageHeading,
    hint: plainText(options.hint),
    'error-message': plainText(options.errorMessage),
  };
}

/** What radios and checkboxes share: one question as a fieldset with a legend, and its answers. */
interface ChoicesFieldOptions {
  readonly name: string;
  readonly idPrefix?: string | undefined;
  readonly fieldset?:
    | {
        readonly legend?:
          | { readonly text?: string | undefined; readonly size?: string | undefined; readonly isPageHeading?: boolean | undefined }
          | undefined;
      }
    | undefined;
  readonly hint?: FieldText | undefined;
  readonly errorMessage?: FieldText | undefined;
  readonly items: readonly object[];
}

/** The attributes radios and checkboxes start with. */
export function choicesFieldAttributes(options: ChoicesFieldOptions): AttributeMap {
  return {
    name: options.name,
    'id-prefix': options.idPrefix,
    legend: options.fieldset?.legend?.text,
    'legend-size': options.fieldset?.legend?.size,
    'legend-is-page-heading': options.fieldset?.legend?.isPageHeading,
    hint: plainText(options.hint),
    'error-message': plainText(options.errorMessage),
    items: options.items,
  };
}

// What the element's own attributes already carry: a string, or a label, legend or fieldset made only of text, size and heading.
const plainKeys = new Set(['text', 'size', 'isPageHeading', 'legend']);
function isPlain(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return true;
  if (Array.isArray(value)) return false;
  return Object.entries(value).every(([key, inner]) => plainKeys.has(key) && isPlain(inner));
}

/**
 * Adds the `govuk-options` attribute: the options among `keys` that the element has no attribute of its own for
 * (`classes`, `attributes`, `html` content…), as JSON, so the element renders them as the server did. Left off when
 * every one of them is unset, or a string or text-only object the other attributes already carry.
 */
export function withGovukOptions(attributes: AttributeMap, options: object, keys: readonly string[]): AttributeMap {
  const written = Object.values(attributes);
  const picked = Object.fromEntries(
    keys.flatMap((key) => {
      const value = (options as Record<string, unknown>)[key];
      if (value === undefined) return [];
      if (isPlain(value) && (typeof value !== 'string' || written.includes(value))) return [];
      return [[key, value]];
    }),
  );
  return { ...attributes, 'govuk-options': Object.keys(picked).length > 0 ? picked : undefined };
}
