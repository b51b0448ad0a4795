// Node only (server render functions): Lit cannot bind text inside a <textarea> in a template that also renders in the
// browser, and its server renderer drops the `.value` property binding, so the server string gets the value here.
import { escapeHtml } from '@civicbricks/core/html';

/**
 * Puts a textarea's value, escaped, into server-rendered HTML that holds exactly one empty `<textarea>`. Safe because
 * Lit escapes every `<` in the rendered text and attributes, so the only literal `</textarea>` is the element's own.
 */
export function withTextareaValue(markup: string, value: string | undefined): string {
  if (!value) return markup;
  // The HTML parser drops one newline straight after `<textarea>`, so a value that starts with one needs another.
  const text = (value.startsWith('\n') ? '\n' : '') + escapeHtml(value);
  const close = markup.indexOf('</textarea>');
  if (close === -1 || markup.indexOf('</textarea>', close + 1) !== -1) {
    throw new Error('withTextareaValue expects markup with exactly one <textarea>');
  }
  return `${markup.slice(0, close)}${text}${markup.slice(close)}`;
}
