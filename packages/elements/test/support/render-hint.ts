// The sanitiser finds its server parser (parse5) when a server render function runs; a render sets it up, as on a server.
import { renderTextInput } from '../../src/server.js';

export function renderHint(): string {
  return renderTextInput({ name: 'x', label: { text: 'X' }, hint: { html: '<b>ready</b>' } });
}
