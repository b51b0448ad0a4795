/**
 * Notify's email formatting read into blocks, so the preview can be built with Lit templates instead of
 * injecting the HTML `renderTemplate` returns (the project allows HTML strings only through one sanitising
 * module). The blocks and links come from `@civicbricks/notifications`' own formatter, so the two cannot drift;
 * the browser tests still compare them.
 */
import {
  isTruthyValue,
  parseEmailBlocks,
  parseEmailInline,
  placeholderKey,
  plainValueMarker,
  type EmailBlock,
  type Personalisation,
  type PersonalisationValue,
} from '@civicbricks/notifications';

export type { EmailBlock };

/** Wraps a missing placeholder in the body, so it survives parsing and can be highlighted. */
export const MISSING_OPEN = '\uE000';
export const MISSING_CLOSE = '\uE001';

const PLACEHOLDER = /\(\(([^()]+)\)\)/g;

function scalar(value: PersonalisationValue): string {
  if (value === true) return 'True';
  if (value === false) return 'False';
  return String(value);
}

/** A body with its values filled in: the text to parse, and the plain values its markers stand for. */
export interface FilledBody {
  readonly text: string;
  readonly values: readonly string[];
}

// The missing-placeholder markers here and the formatter's value markers: none may come from outside.
const MARKERS = /[\uE000-\uE003]/g;

/**
 * The body with values filled in as `renderTemplate` fills an email: each value is plain text (a marker the
 * formatter writes the value in for, so Markdown in it is shown as typed) unless its placeholder is one of the
 * template's `formattedPlaceholders`; missing placeholders are kept between markers.
 */
export function fillBody(body: string, personalisation: Personalisation, formattedPlaceholders: readonly string[] = []): FilledBody {
  const values = new Map(Object.entries(personalisation).map(([name, value]) => [placeholderKey(name), value]));
  const formatted = new Set(formattedPlaceholders.map(placeholderKey));
  const plain: string[] = [];
  const written = (raw: string, key: string): string => {
    const text = raw.replace(MARKERS, '');
    return formatted.has(key) || text.trim() === '' ? text : plainValueMarker(plain.push(text) - 1);
  };
  const text = body.replace(MARKERS, '').replace(PLACEHOLDER, (raw, inner: string) => {
    const at = inner.indexOf('??');
    const key = placeholderKey(at === -1 ? inner : inner.slice(0, at));
    const value = values.get(key);
    if (value === null || value === undefined) return `${MISSING_OPEN}${raw}${MISSING_CLOSE}`;
    if (at !== -1) return isTruthyValue(value) ? inner.slice(at + 2) : '';
    if (Array.isArray(value)) {
      const items = (value as readonly PersonalisationValue[])
        .filter((item) => item !== null && item !== undefined)
        .map((item) => scalar(item).trim())
        .filter(Boolean);
      return items.length === 0 ? '' : `\n\n${items.map((item) => `* ${written(item, key)}`).join('\n')}`;
    }
    return written(scalar(value), key);
  });
  return { text, values: plain };
}

/** The blocks of a filled body, read by `@civicbricks/notifications`' own formatter rules. */
export function parseBlocks(text: string): EmailBlock[] {
  return parseEmailBlocks(text);
}

export type Inline =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'missing'; readonly text: string }
  | { readonly kind: 'link'; readonly text: string; readonly href: string };

const MISSING = /\uE000([^\uE001]*)\uE001/g;

/** A block's text split into plain text, missing placeholders and links, by the formatter's own inline rules. */
export function parseInline(text: string, values: readonly string[] = []): Inline[] {
  const out: Inline[] = [];
  for (const token of parseEmailInline(text, { values })) {
    if (token.kind === 'link') out.push({ kind: 'link', text: token.text || token.href, href: token.href });
    else if (token.kind === 'url') out.push({ kind: 'link', text: token.href, href: token.href });
    else {
      // The formatter keeps the markers in text; split them out so missing values can be highlighted.
      let last = 0;
      for (const match of token.text.matchAll(MISSING)) {
        if (match.index > last) out.push({ kind: 'text', text: token.text.slice(last, match.index) });
        out.push({ kind: 'missing', text: match[1] ?? '' });
        last = match.index + match[0].length;
      }
      if (last < token.text.length) out.push({ kind: 'text', text: token.text.slice(last) });
    }
  }
  return out;
}
