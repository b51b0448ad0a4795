/**
 * The one HTML escaper every package uses when it writes HTML as a string (server render functions,
 * emails, journey pages): text made safe for element content and for quoted attribute values.
 * Lit templates escape their own bindings; this is for what is built outside them.
 */
const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes `& < > " '`, so the text can sit between tags or inside a quoted attribute and never ends either. */
export function escapeHtml(text: string): string {
  return String(text).replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);
}
