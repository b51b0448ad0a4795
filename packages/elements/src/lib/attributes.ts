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
