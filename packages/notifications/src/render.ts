/**
 * Renders a template with personalisation exactly as GOV.UK Notify would:
 * subject, HTML and plain-text email body, or the text message as sent, with
 * the missing placeholders and (for text messages) the length as Notify counts it.
 */
import * as z from 'zod/mini';
import { parseInput } from '@civicbricks/core/validation';
import { createTranslator, resolveLocale, type Locale, type Translator } from '@civicbricks/core/i18n';

type NotificationMessageKey = keyof (typeof notificationMessages)['en'] & string;
import { DisallowedLinkError, MissingPersonalisationError, SmsTooLongError } from './errors.js';
import { escapeHtml } from '@civicbricks/core/html';
import { emailLinkAddresses, formatEmail, isAllowedLinkHost, linkHost, plainValueMarker } from './markdown.js';
import { notificationMessages } from './messages.js';
import {
  fillPlaceholders,
  indexValues,
  placeholderNames,
  type FillOptions,
  type Personalisation,
  type PersonalisationValue,
  type PlaceholderMatch,
} from './placeholders.js';
import { countPrefixed, sanitiseSms, withSmsPrefix, type SmsCount } from './sms.js';
import {
  allowedLinkHostsSchema,
  isPlainPersonalisation,
  isPlainTemplate,
  personalisationSchema,
  templateSchema,
  type NotificationType,
  type Template,
} from './template.js';

/** Why a message is rendered: to send it (problems throw) or to preview it (problems are shown). */
export type RenderPurpose = 'send' | 'preview';

export interface RenderOptions {
  /**
   * The recipient's language, as a `lang` value (`cy`, `cy-GB`, `en`). The Welsh
   * variant is used when there is one; otherwise English.
   */
  readonly locale?: string | null;
  /**
   * `send` (the default) throws {@link MissingPersonalisationError} when a value
   * is missing and {@link SmsTooLongError} for a text message over 918
   * characters. `preview` renders anyway: missing placeholders stay visible as
   * `((name))`, highlighted in HTML with `<mark class="civic-placeholder">`.
   */
  readonly purpose?: RenderPurpose;
  /**
   * The hosts the service lets its emails link to (`council.gov.uk`, or
   * `*.council.gov.uk` for every subdomain). A link in a template, or in a
   * value the template marks as formatted, to any other host is refused when
   * sending ({@link DisallowedLinkError}) and shown as text in a preview. Any
   * host if absent.
   */
  readonly allowedLinkHosts?: readonly string[];
  /**
   * Text messages only: the service name, when the service starts its text
   * messages with it as GOV.UK Notify does (`Name: message`). It is part of the
   * text and of the fragments; the 918-character limit leaves it out, as
   * Notify's does. Leave it out when sending through GOV.UK Notify, which adds
   * the prefix itself.
   */
  readonly smsPrefix?: string;
}

export interface RenderedMessage {
  readonly templateId: string;
  readonly type: NotificationType;
  /** The variant used: the recipient's language, or English when the template has no Welsh. */
  readonly locale: Locale;
  /** Plain text (email subject, letter heading); escape it before putting it in HTML. */
  readonly subject?: string;
  /** The email body as HTML (no surrounding layout). Absent for text messages. */
  readonly html?: string;
  /** Plain text: the email's text part, or the text message exactly as sent. */
  readonly text: string;
  /** Placeholder names with no value, as the template spells them. */
  readonly missing: readonly string[];
  /** Every placeholder name the variant uses. */
  readonly placeholders: readonly string[];
  /** Text messages only: characters, fragments and encoding as Notify counts them. */
  readonly sms?: SmsCount;
}

const MARK_OPEN = '\uE000';
const MARK_CLOSE = '\uE001';
// Stands for a missing value while a text message preview is counted: Notify
// counts the preview with a placeholder-sized gap that whitespace clean-up
// keeps, and takes the gap out afterwards (`Content with ((x))` counts 13).
const GAP = '\uE004';
// The missing-placeholder marks and gap here and the formatter's value markers (U+E002, U+E003).
const MARKERS = /[\uE000-\uE004]/g;
const MARKED = /\uE000(\d+)\uE001/g;

/**
 * Renders `template` with `personalisation` for one recipient.
 *
 * @throws {ValidationError} when the template or personalisation is not valid.
 * @throws {MissingPersonalisationError} (`notifications.missing_personalisation`) when sending with values missing.
 * @throws {SmsTooLongError} (`notifications.sms_too_long`) when sending a text message over 918 characters.
 * @throws {DisallowedLinkError} (`notifications.link_host_not_allowed`) when sending an email that links outside `allowedLinkHosts`.
 */
export function renderTemplate(template: Template, personalisation: Personalisation = {}, options: RenderOptions = {}): RenderedMessage {
  const checked = isPlainTemplate(template)
    ? template
    : parseInput(templateSchema, template, { path: ['template'], codePrefix: 'notifications.template', what: 'template' });
  const values = isPlainPersonalisation(personalisation)
    ? personalisation
    : parseInput(personalisationSchema, personalisation, {
        path: ['personalisation'],
        codePrefix: 'notifications.personalisation',
        what: 'personalisation',
      });
  const purpose: RenderPurpose = options.purpose ?? 'send';
  const allowedLinkHosts = checkAllowedLinkHosts(options.allowedLinkHosts, ['options', 'allowedLinkHosts']);
  const wanted = resolveLocale(options.locale);
  const locale: Locale = checked.variants[wanted] ? wanted : 'en';
  const variant = checked.variants[locale] ?? checked.variants.en;
  const index = indexValues(clean(values));

  const placeholders = placeholderNames(variant.subject ?? '', variant.body);
  const missing = placeholders.filter((name) => {
    const value = index.get(keyOf(name));
    return value === null || value === undefined;
  });
  if (purpose === 'send' && missing.length > 0) throw new MissingPersonalisationError(missing);

  const t = translatorFor(locale);
  const conjunction = (last: string): string =>
    /^[aeiouwyâêîôûŵŷáéíóúẃýàèìòùẁỳäëïöüẅÿ]/i.test(last) ? t('list.andBeforeVowel') : t('list.and');
  const keepRaw: FillOptions['onMissing'] = (_placeholder, raw) => raw;
  const base = { templateId: checked.id, type: checked.type, locale, missing, placeholders };

  if (checked.type === 'sms') {
    const prefix = readSmsPrefix(options.smsPrefix);
    const fill = (onMissing: FillOptions['onMissing']): string => {
      const body = fillPlaceholders(withoutMarkers(variant.body), index, { listStyle: 'sentence', conjunction, onMissing });
      // Notify adds the prefix before it tidies the whitespace, so `Name:` ends an empty message.
      return normaliseSmsWhitespace(prefix ? withSmsPrefix(prefix, body) : body);
    };
    const sms = countPrefixed(fill(() => GAP).replace(MARKERS, ''), prefix ? [...prefix].length : 0);
    if (purpose === 'send' && sms.tooLong) throw new SmsTooLongError(sms.length);
    return { ...base, text: sanitiseSms(fill(keepRaw)), sms };
  }

  const subject = normaliseSubject(
    fillPlaceholders(withoutMarkers(variant.subject ?? ''), index, { listStyle: 'sentence', conjunction, onMissing: keepRaw }),
  );
  const marks: string[] = [];
  // Values are plain text unless the template marks the placeholder as formatted: each goes to the formatter as a
  // marker, so nothing in it can start a heading, a list or a link.
  const formatted = new Set((checked.formattedPlaceholders ?? []).map(keyOf));
  const plain: string[] = [];
  const body = fillPlaceholders(withoutMarkers(variant.body), index, {
    listStyle: 'markdown',
    conjunction,
    onMissing: (_placeholder: PlaceholderMatch, raw: string) => {
      marks.push(raw);
      return `${MARK_OPEN}${marks.length - 1}${MARK_CLOSE}`;
    },
    valueText: (text, placeholder) =>
      formatted.has(placeholder.key) || text.trim() === '' ? text : plainValueMarker(plain.push(text) - 1),
  });
  const format = { values: plain, ...(allowedLinkHosts ? { allowedLinkHosts } : {}) };
  if (allowedLinkHosts && purpose === 'send') {
    const refused = emailLinkAddresses(body, format).filter((href) => !isAllowedLinkHost(href, allowedLinkHosts));
    if (refused.length > 0) throw new DisallowedLinkError(refused.map((href) => linkHost(href) ?? href));
  }
  const email = formatEmail(body, format);
  const html =
    marks.length === 0
      ? email.html
      : email.html.replace(MARKED, (_match, n: string) => `<mark class="civic-placeholder">${escapeHtml(marks[Number(n)] ?? '')}</mark>`);
  const text = marks.length === 0 ? email.text : email.text.replace(MARKED, (_match, n: string) => marks[Number(n)] ?? '');
  return { ...base, subject, html, text };
}

/** Validates an `allowedLinkHosts` option (for providers to check theirs once, when they are made). */
export function checkAllowedLinkHosts(
  hosts: readonly string[] | undefined,
  path: readonly (string | number)[],
): readonly string[] | undefined {
  if (hosts === undefined) return undefined;
  return parseInput(allowedLinkHostsSchema, hosts, { path: [...path], codePrefix: 'notifications.render', what: 'allowed link hosts' });
}

const translators = new Map<Locale, Translator<NotificationMessageKey>>();

// One translator a locale: making one reads the whole catalogue.
function translatorFor(locale: Locale): Translator<NotificationMessageKey> {
  let t = translators.get(locale);
  if (!t) {
    t = createTranslator(notificationMessages, locale);
    translators.set(locale, t);
  }
  return t;
}

function keyOf(name: string): string {
  return name.replace(/[ _-]/g, '').toLowerCase();
}

const HAS_MARKER = /[\uE000-\uE004]/;

// Testing first spares a copy of every text, which almost never holds one.
function withoutMarkers(text: string): string {
  return HAS_MARKER.test(text) ? text.replace(MARKERS, '') : text;
}

// The private-use characters that mark missing placeholders cannot come from outside.
function clean(values: Personalisation): Personalisation {
  const out: Record<string, PersonalisationValue> = {};
  for (const [name, value] of Object.entries(values)) {
    if (typeof value === 'string') out[name] = withoutMarkers(value);
    else if (Array.isArray(value))
      out[name] = value.map((item: unknown) => (typeof item === 'string' ? withoutMarkers(item) : item)) as PersonalisationValue;
    else out[name] = value as PersonalisationValue;
  }
  return out;
}

const smsPrefixSchema = z.optional(z.string().check(z.maxLength(255)));

function readSmsPrefix(prefix: unknown): string | undefined {
  const parsed = parseInput(smsPrefixSchema, prefix, {
    path: ['options', 'smsPrefix'],
    codePrefix: 'notifications.sms_prefix',
    what: 'SMS prefix',
  });
  return (parsed === undefined ? undefined : withoutMarkers(parsed)) || undefined;
}

// Python's notion of whitespace, which Notify's normalising uses.
const PY_SPACE = '[\\t\\n\\x0b\\x0c\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]';
const PY_SPACES = new RegExp(`${PY_SPACE}+`, 'g');
const PY_TRIM = new RegExp(`^${PY_SPACE}+|${PY_SPACE}+$`, 'g');
// eslint-disable-next-line no-control-regex -- Python's line boundaries include these control characters
const PY_LINES = /\r\n|[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]/;
const ZERO_WIDTH = /\u180E|\u200B|\u200C|\u200D|\u2060|\uFEFF/g;

function normaliseLine(line: string): string {
  return line
    .replace(/\u00A0/g, ' ')
    .replace(ZERO_WIDTH, '')
    .replace(PY_TRIM, '')
    .replace(PY_SPACES, ' ');
}

/** Notify's clean-up of a text message before it is counted and sent. */
export function normaliseSmsWhitespace(text: string): string {
  const lines = text
    .replace(/[ \t]+([,.])/g, '$1')
    .split(PY_LINES)
    .map(normaliseLine);
  return lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(PY_TRIM, '');
}

function normaliseSubject(subject: string): string {
  return normaliseLine(subject.replace(/[ \t]+([,.])/g, '$1').replace(/\s+[-\u2013\u2014]{1,3}\s+/g, ' \u2013 '));
}
