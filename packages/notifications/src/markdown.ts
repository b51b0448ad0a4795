/**
 * Notify's email formatting, rendered to HTML and to plain text.
 *
 * Notify runs a trimmed-down Markdown (mistune 0.8 with its own grammar) over
 * the message after the placeholders are filled in. This is a small parser of
 * the same language, written from Notify's rules (`markdown.py` in
 * alphagov/notifications-utils), not a general Markdown engine:
 * - `#` heading (only level 1; `##` and deeper are plain paragraphs), and a
 *   line underlined with `===` (underlined with `---` it stays a paragraph);
 * - `*`, `-` or `•` bullets and `1.` numbered lists;
 * - `^` inset text (may hold other blocks);
 * - `---` (or `***`, `___`) horizontal rule;
 * - `[text](https://…)` links and bare `http(s)://` addresses, auto-linked;
 * - paragraphs split by blank lines, single line breaks kept;
 * - no emphasis, no code, no HTML: `*` and `_` mean themselves.
 *
 * Safety: every piece of text is HTML-escaped where it is written out, and a
 * link is only made for `http:`, `https:` and `mailto:` addresses, percent-
 * encoded, so no value can add markup of its own. Personalisation values go
 * further, unlike Notify's: `renderTemplate` puts each one in the source as an
 * opaque marker ({@link plainValueMarker}) and the formatter writes the value
 * in where the marker lands, after the blocks and links are read, so Markdown
 * in a value is shown as typed. With `allowedLinkHosts`, a link to any other
 * host is written as text.
 */
import { escapeHtml } from '@civicbricks/core/html';

/** One block of a formatted email body, as Notify's formatting reads it. */
export type EmailBlock =
  | { readonly kind: 'heading'; readonly text: string }
  | { readonly kind: 'rule' }
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'list'; readonly ordered: boolean; readonly items: readonly string[] }
  | { readonly kind: 'inset'; readonly blocks: readonly EmailBlock[] };
type Block = EmailBlock;

const BLANK = /^\s*$/;
const RULE = /^ {0,3}[-*_](?: *[-*_]){2,} *$/;
const HEADING = /^ *(#{1,6}) *(.+?) *#* *$/;
const UNDERLINE = /^ *(=+|-+) *$/;
const INSET = /^ *\^ ?/;
const LIST_ITEM = /^ *([•*-]|\d+\.)[ \t]+(.*)$/;
// Notify sends the 0x2028 line separator nowhere: it is removed first.
const LINE_SEPARATOR = /\u2028/g;

const STYLE = {
  p: 'margin: 0 0 20px 0; font-size: 19px; line-height: 25px; color: #0b0c0c;',
  h2: 'margin: 0 0 20px 0; padding: 0; font-size: 27px; line-height: 35px; font-weight: bold; color: #0b0c0c;',
  list: 'margin: 0 0 20px 20px; padding: 0;',
  li: 'margin: 5px 0; padding: 0 0 0 5px; font-size: 19px; line-height: 25px; color: #0b0c0c;',
  inset: 'margin: 0 0 20px 0; border-left: 10px solid #b1b4b6; padding: 15px 0 0.1px 15px; font-size: 19px; line-height: 25px;',
  hr: 'border: 0; height: 1px; background: #b1b4b6; margin: 30px 0 30px 0;',
  a: 'word-wrap: break-word; color: #1d70b8;',
} as const;

/** Width of the rules under headings and across the page in plain-text email (Notify's 65). */
const COLUMN_WIDTH = 65;

/** What the formatter needs beyond the source text. */
export interface EmailFormatOptions {
  /** The plain-text values that the source's value markers stand for, by index. */
  readonly values?: readonly string[];
  /**
   * The only hosts links may go to (`council.gov.uk`, or `*.council.gov.uk` for
   * its subdomains); any link elsewhere is written as text. Every host if absent.
   */
  readonly allowedLinkHosts?: readonly string[];
}

const VALUE_OPEN = '\uE002';
const VALUE_CLOSE = '\uE003';
const VALUE_MARKER = /\uE002(\d+)\uE003/g;

/** The marker that stands for plain value `index` in a source given to the formatter. */
export function plainValueMarker(index: number): string {
  return `${VALUE_OPEN}${index}${VALUE_CLOSE}`;
}

/** The email HTML and plain text of a filled-in body, as {@link formatEmailHtml} and {@link formatEmailText} write them. */
export interface FormattedEmail {
  readonly html: string;
  readonly text: string;
}

// Formatted bodies with their value markers left in, by allowed hosts and source. The source holds markers where values
// go, so one template filled for many people is one source, read once. Bounded: the oldest entry goes first.
const FORMATTED_LIMIT = 500;
const formatted = new Map<string, Map<string, FormattedEmail | null>>();
let formattedCount = 0;

/**
 * Both parts of an email at once, with each body's blocks and links read once and reused: a value goes where its
 * marker lands and is written the same way it would be, so the output is what the two formatters write. A body
 * whose link addresses hold values is formatted afresh each time, since the value decides the link.
 */
export function formatEmail(source: string, options: EmailFormatOptions = {}): FormattedEmail {
  const hostsKey = options.allowedLinkHosts?.join(' ') ?? '*';
  let bySource = formatted.get(hostsKey);
  if (!bySource) {
    bySource = new Map();
    formatted.set(hostsKey, bySource);
  }
  let shape = bySource.get(source);
  if (shape === undefined) {
    const keep = new Formatter({ ...options, keepMarkers: true });
    const blocks = parseBlocks(prepare(source));
    const html = blocks.map((block) => keep.blockHtml(block)).join('\n');
    const text = blocks
      .map((block) => keep.blockText(block))
      .join('')
      .replace(/^\s+/, '');
    shape = keep.valueInHref ? null : { html, text };
    if (formattedCount >= FORMATTED_LIMIT) {
      formatted.clear();
      formattedCount = 0;
      formatted.set(hostsKey, bySource);
      bySource.clear();
    }
    bySource.set(source, shape);
    formattedCount += 1;
  }
  if (shape === null) return { html: formatEmailHtml(source, options), text: formatEmailText(source, options) };
  const values = options.values ?? [];
  const value = (index: string): string => values[Number(index)] ?? '';
  return {
    html: shape.html.replace(VALUE_MARKER, (_marker, index: string) => htmlLines(value(index))),
    // A value at the very start loses its leading whitespace, as the whole text does.
    text: `${shape.text.replace(VALUE_MARKER, (_marker, index: string) => value(index)).replace(/^\s+/, '')}\n`,
  };
}

/** Renders Notify-formatted text to email HTML (the body, without the surrounding email layout). */
export function formatEmailHtml(source: string, options: EmailFormatOptions = {}): string {
  const format = new Formatter(options);
  return parseBlocks(prepare(source))
    .map((block) => format.blockHtml(block))
    .join('\n');
}

/** Renders Notify-formatted text to the plain-text part of an email. */
export function formatEmailText(source: string, options: EmailFormatOptions = {}): string {
  const format = new Formatter(options);
  const text = parseBlocks(prepare(source))
    .map((block) => format.blockText(block))
    .join('');
  return `${text.replace(/^\s+/, '')}\n`;
}

/** The address of every link the formatter would make, with values written in (before any host check). */
export function emailLinkAddresses(source: string, options: Pick<EmailFormatOptions, 'values'> = {}): string[] {
  const format = new Formatter(options);
  const addresses: string[] = [];
  const visit = (block: Block): void => {
    if (block.kind === 'inset') block.blocks.forEach(visit);
    const texts = block.kind === 'list' ? block.items : block.kind === 'rule' ? [] : block.kind === 'inset' ? [] : [block.text];
    for (const text of texts) {
      for (const token of tokenise(text)) if (token.kind !== 'text') addresses.push(format.resolve(token.href));
    }
  };
  parseBlocks(prepare(source)).forEach(visit);
  return addresses;
}

/** True when `href` goes to one of `allowed` (exact host, or a subdomain for `*.` entries); `mailto:` by its domain. */
export function isAllowedLinkHost(href: string, allowed: readonly string[]): boolean {
  const host = linkHost(href);
  if (host === undefined) return false;
  return allowed.some((entry) => {
    const wanted = entry.toLowerCase();
    return wanted.startsWith('*.') ? host.endsWith(wanted.slice(1)) && host.length > wanted.length - 1 : host === wanted;
  });
}

/** The host a link goes to as an email program would read it, lower case; undefined if it has none. */
export function linkHost(href: string): string | undefined {
  try {
    const url = new URL(encodeHref(href));
    if (url.protocol === 'mailto:') {
      // The address is percent-encoded in the link; a mail program decodes it before reading the domain.
      const address = decodeURIComponent(url.pathname);
      const at = address.lastIndexOf('@');
      return at === -1 ? undefined : address.slice(at + 1).toLowerCase();
    }
    return url.hostname === '' ? undefined : url.hostname.toLowerCase();
  } catch {
    return undefined;
  }
}

/**
 * The blocks of a filled-in email body, read by the same rules as {@link formatEmailHtml}: for previews that
 * build their own markup (the preview element renders them with Lit rather than injecting HTML).
 */
export function parseEmailBlocks(source: string): EmailBlock[] {
  return parseBlocks(prepare(source));
}

/**
 * A block's text split into text, links and bare addresses, with Notify's typography on the text and the plain
 * values written in where their markers are (`values`, as given to {@link formatEmailHtml}); a link whose address,
 * once its values are written in, is not a web or mail address is text, as the HTML formatter writes it.
 */
export function parseEmailInline(text: string, options: Pick<EmailFormatOptions, 'values'> = {}): EmailInline[] {
  return new Formatter(options).inline(text);
}

function prepare(source: string): string {
  return (
    source
      .replace(/\r\n?/g, '\n')
      .replace(LINE_SEPARATOR, '')
      // Notify stops email programs turning "GOV.UK" into a link.
      .replace(/(^|\s)([#*^]?)(GOV)\.(UK)(?![/?#])/gi, '$1$2$3.\u200B$4')
  );
}

// ---------------------------------------------------------------------------
// Blocks

function parseBlocks(text: string): Block[] {
  const lines = text.split('\n');
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    if (BLANK.test(line)) {
      i += 1;
      continue;
    }
    if (RULE.test(line)) {
      blocks.push({ kind: 'rule' });
      i += 1;
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      const text = heading[2] ?? '';
      blocks.push(heading[1] === '#' ? { kind: 'heading', text } : { kind: 'paragraph', text });
      i += 1;
      continue;
    }
    if (INSET.test(line)) {
      const inner: string[] = [];
      while (i < lines.length) {
        const current = lines[i] ?? '';
        if (BLANK.test(current)) {
          const next = nextNonBlank(lines, i);
          if (next === -1 || !INSET.test(lines[next] ?? '')) break;
          inner.push('');
          i += 1;
          continue;
        }
        inner.push(current.replace(INSET, ''));
        i += 1;
      }
      blocks.push({ kind: 'inset', blocks: parseBlocks(inner.join('\n')) });
      continue;
    }
    if (LIST_ITEM.test(line)) {
      const ordered = /^\d/.test((LIST_ITEM.exec(line)?.[1] ?? '').trim());
      const items: string[] = [];
      while (i < lines.length) {
        const current = lines[i] ?? '';
        if (BLANK.test(current)) {
          const next = nextNonBlank(lines, i);
          if (next === -1 || !LIST_ITEM.test(lines[next] ?? '') || RULE.test(lines[next] ?? '')) break;
          i = next;
          continue;
        }
        if (RULE.test(current) && items.length > 0) break;
        const item = LIST_ITEM.exec(current);
        if (item) items.push(item[2] ?? '');
        else items.push(`${items.pop() ?? ''}\n${current.trim()}`);
        i += 1;
      }
      blocks.push({ kind: 'list', ordered, items });
      continue;
    }
    if (UNDERLINE.test(lines[i + 1] ?? '') && !BLANK.test(lines[i + 1] ?? '')) {
      const underline = (lines[i + 1] ?? '').trim();
      const text = line.trim();
      blocks.push(underline.startsWith('=') ? { kind: 'heading', text } : { kind: 'paragraph', text });
      i += 2;
      continue;
    }
    const paragraph: string[] = [line];
    i += 1;
    while (i < lines.length) {
      const current = lines[i] ?? '';
      if (BLANK.test(current) || RULE.test(current) || HEADING.test(current) || INSET.test(current) || LIST_ITEM.test(current)) break;
      if (UNDERLINE.test(lines[i + 1] ?? '')) break;
      paragraph.push(current);
      i += 1;
    }
    blocks.push({ kind: 'paragraph', text: paragraph.join('\n') });
  }
  return blocks;
}

function nextNonBlank(lines: readonly string[], from: number): number {
  for (let j = from; j < lines.length; j += 1) if (!BLANK.test(lines[j] ?? '')) return j;
  return -1;
}

// ---------------------------------------------------------------------------
// Inline: links, bare addresses, backslash escapes and typography.

/** A piece of a block's text: plain text (with Notify's typography applied), a link, or a bare address. */
export type EmailInline =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'link'; readonly text: string; readonly href: string }
  | { readonly kind: 'url'; readonly href: string };
type Inline = EmailInline;

// A link's address may not hold spaces, brackets or the placeholder markers the renderer uses.
const INLINE =
  /\\([\\`*{}[\]()#+\-.!_>~|])|\[([^\]\n]*)\]\(\s*([^\s()<>\uE000\uE001]+)\s*(?:"[^"\n]*")?\s*\)|(https?:\/\/[^\s<>\uE000\uE001]*[^\s<>.,:"')\]\uE000\uE001])/gi;

function tokenise(text: string): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  let pending = '';
  for (const match of text.matchAll(INLINE)) {
    const index = match.index;
    pending += text.slice(last, index);
    last = index + match[0].length;
    const [, escaped, linkText, linkHref, url] = match;
    if (escaped !== undefined) {
      pending += escaped;
      continue;
    }
    // A link whose address starts with a value is the template's link: the value's address is checked once written in.
    if (linkHref !== undefined && (isSafeHref(linkHref) || linkHref.startsWith(VALUE_OPEN))) {
      if (pending) out.push({ kind: 'text', text: pending });
      pending = '';
      out.push({ kind: 'link', text: linkText ?? '', href: linkHref });
      continue;
    }
    if (url !== undefined) {
      if (pending) out.push({ kind: 'text', text: pending });
      pending = '';
      out.push({ kind: 'url', href: url });
      continue;
    }
    pending += match[0];
  }
  pending += text.slice(last);
  if (pending) out.push({ kind: 'text', text: pending });
  return out;
}

function isSafeHref(href: string): boolean {
  return /^(https?:\/\/|mailto:)/i.test(href);
}

function typography(text: string): string {
  return text.replace(/[ \t]+([,.])/g, '$1').replace(/[ \t]+[-\u2013\u2014]{1,3}[ \t]+/g, ' \u2013 ');
}

function htmlLines(value: string): string {
  return escapeHtml(value).replace(/\n/g, '<br />');
}

/** Writes blocks out, with the plain values written in where their markers landed. */
class Formatter {
  readonly #values: readonly string[];
  readonly #allowedHosts: readonly string[] | undefined;
  readonly #keepMarkers: boolean;
  /** Set when a link's address held a value marker: the output then depends on the value, not only where it goes. */
  valueInHref = false;

  /** `keepMarkers` leaves each value marker in the output, for {@link formatEmail} to write the values in afterwards. */
  constructor(options: EmailFormatOptions & { readonly keepMarkers?: boolean }) {
    this.#values = options.values ?? [];
    this.#allowedHosts = options.allowedLinkHosts;
    this.#keepMarkers = options.keepMarkers ?? false;
  }

  /** The text with each value marker replaced by `write(value)`. */
  resolve(text: string, write: (value: string) => string = (value) => value): string {
    if (this.#keepMarkers) return text;
    return text.replace(VALUE_MARKER, (_marker, index: string) => write(this.#values[Number(index)] ?? ''));
  }

  #href(href: string): string {
    if (href.includes(VALUE_OPEN)) this.valueInHref = true;
    return this.resolve(href);
  }

  #linkable(href: string): boolean {
    return isSafeHref(href) && (this.#allowedHosts === undefined || isAllowedLinkHost(href, this.#allowedHosts));
  }

  #html(text: string): string {
    return this.resolve(htmlLines(typography(text)), htmlLines);
  }

  blockHtml(block: Block): string {
    switch (block.kind) {
      case 'heading':
        return `<h2 style="${STYLE.h2}">${this.inlineHtml(block.text)}</h2>`;
      case 'rule':
        return `<hr style="${STYLE.hr}">`;
      case 'paragraph':
        return block.text.trim() === '' ? '' : `<p style="${STYLE.p}">${this.inlineHtml(block.text)}</p>`;
      case 'inset':
        return `<blockquote style="${STYLE.inset}">${block.blocks.map((inner) => this.blockHtml(inner)).join('\n')}</blockquote>`;
      case 'list': {
        const tag = block.ordered ? 'ol' : 'ul';
        const type = block.ordered ? 'decimal' : 'disc';
        const items = block.items.map((item) => `<li style="${STYLE.li}">${this.inlineHtml(item.trim())}</li>`).join('');
        return `<${tag} style="${STYLE.list} list-style-type: ${type};">${items}</${tag}>`;
      }
    }
  }

  blockText(block: Block): string {
    switch (block.kind) {
      case 'heading':
        return `\n\n\n${this.inlineText(block.text)}\n${'-'.repeat(COLUMN_WIDTH)}`;
      case 'rule':
        return `\n\n${'='.repeat(COLUMN_WIDTH)}`;
      case 'paragraph':
        return block.text.trim() === '' ? '' : `\n\n${this.inlineText(block.text)}`;
      case 'inset':
        return block.blocks.map((inner) => this.blockText(inner)).join('');
      case 'list':
        return `\n${block.items.map((item, index) => `\n${block.ordered ? `${index + 1}.` : '•'} ${this.inlineText(item.trim())}`).join('')}`;
    }
  }

  inlineHtml(text: string): string {
    return tokenise(text)
      .map((token) => {
        if (token.kind === 'text') return this.#html(token.text);
        const href = this.#href(token.href);
        const shown = token.kind === 'link' ? this.#html(token.text) : escapeHtml(href);
        if (!this.#linkable(href)) return token.kind === 'link' ? `${shown} (${escapeHtml(href)})` : shown;
        return `<a style="${STYLE.a}" href="${escapeHtml(encodeHref(href))}">${shown}</a>`;
      })
      .join('');
  }

  inline(text: string): EmailInline[] {
    return tokenise(text).map((token): EmailInline => {
      if (token.kind === 'text') return { kind: 'text', text: this.resolve(typography(token.text)) };
      const href = this.#href(token.href);
      const shown = token.kind === 'link' ? this.resolve(token.text) : href;
      if (!this.#linkable(href)) return { kind: 'text', text: token.kind === 'link' ? `${shown} (${href})` : shown };
      return token.kind === 'link' ? { kind: 'link', text: shown, href } : { kind: 'url', href };
    });
  }

  inlineText(text: string): string {
    return tokenise(text)
      .map((token) => {
        if (token.kind === 'text') return this.resolve(typography(token.text));
        const href = this.#href(token.href);
        return token.kind === 'link' ? `${this.resolve(token.text)}: ${href}` : href;
      })
      .join('');
  }
}

// Percent-encodes everything but the characters Notify leaves in a link, after
// decoding what was already encoded, so a quote or bracket cannot end the attribute.
const HREF_SAFE = /[A-Za-z0-9_.\-~:/?#=&;%]/;
function encodeHref(href: string): string {
  let decoded = href;
  try {
    decoded = decodeURIComponent(href);
  } catch {
    decoded = href;
  }
  let out = '';
  for (const char of decoded) {
    if (char !== '%' && HREF_SAFE.test(char)) out += char;
    else out += [...new TextEncoder().encode(char)].map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join('');
  }
  return out;
}
