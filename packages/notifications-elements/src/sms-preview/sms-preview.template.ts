import { html, nothing, type TemplateResult } from 'lit';
import type { Locale, Translator } from '@civicbricks/core/i18n';
import {
  countSms,
  GSM_BASIC_CHARACTERS,
  GSM_EXTENDED_CHARACTERS,
  placeholderKey,
  renderTemplate,
  sanitiseSms,
  WELSH_CHARACTERS,
  WELSH_NON_GSM_CHARACTERS,
  type SmsCount,
} from '@civicbricks/notifications';
import type { SmsPreviewMessageKey } from './sms-preview.messages.js';
import type { SmsPreviewOptions } from './sms-preview.options.js';

type T = Translator<SmsPreviewMessageKey>;

/** A character Notify will not send as written, and what it sends instead (`''` when it is dropped). */
export interface SmsChange {
  readonly character: string;
  readonly replacement: string;
}

/** Everything the preview shows, worked out once from the options. */
export interface SmsPreviewState {
  /** The message exactly as Notify sends it (missing placeholders left as `((name))`). */
  readonly sent: string;
  readonly count: SmsCount;
  /** Placeholder names with no value. */
  readonly missing: readonly string[];
  /** Characters downgraded or dropped, in the order they first appear (emoji among them). */
  readonly changes: readonly SmsChange[];
  /** Characters that count twice (GSM's escaped ones). */
  readonly extended: readonly string[];
  /** Characters that make the whole message UCS-2 (the Welsh vowels GSM lacks). */
  readonly unicode: readonly string[];
}

export type SmsPreviewResult = { readonly ok: true; readonly state: SmsPreviewState } | { readonly ok: false; readonly reason: string };

const EMOJI = /\p{Extended_Pictographic}|\p{Emoji_Modifier}|\uFE0F/u;
const INVISIBLE = /[\p{Z}\p{C}]/u;
const PLACEHOLDER = /\(\([^()]+\)\)/g;

const distinct = (chars: Iterable<string>): string[] => [...new Set(chars)];

function changesIn(source: string): SmsChange[] {
  return distinct(source)
    .filter((c) => !GSM_BASIC_CHARACTERS.has(c) && !GSM_EXTENDED_CHARACTERS.has(c) && !WELSH_CHARACTERS.has(c))
    .map((character) => ({ character, replacement: sanitiseSms(character) }));
}

/**
 * Works out the preview: renders the template first when there is one. For a template the characters are
 * checked in its wording and the values it uses (the rendered text is already downgraded, so it cannot say
 * what was there before).
 */
export function smsPreviewState(options: SmsPreviewOptions, pageLocale: Locale, t: T): SmsPreviewResult {
  const { template } = options;
  if (!template) {
    const text = options.text ?? '';
    const sent = sanitiseSms(text);
    return { ok: true, state: describe(text, sent, countSms(text), []) };
  }
  if (template.type !== 'sms') return { ok: false, reason: t('notSms') };
  try {
    const personalisation = options.personalisation ?? {};
    const rendered = renderTemplate(template, personalisation, { locale: options.recipientLocale ?? pageLocale, purpose: 'preview' });
    const body = (template.variants[rendered.locale] ?? template.variants.en).body;
    const used = new Set(rendered.placeholders.map(placeholderKey));
    const values = Object.entries(personalisation)
      .filter(([name]) => used.has(placeholderKey(name)))
      .flatMap(([, value]) => (Array.isArray(value) ? value : [value]))
      .map((value) => (typeof value === 'string' ? value : ''));
    const count = rendered.sms ?? countSms(rendered.text);
    return { ok: true, state: describe([body, ...values].join('\n'), rendered.text, count, rendered.missing) };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

function describe(source: string, sent: string, count: SmsCount, missing: readonly string[]): SmsPreviewState {
  return {
    sent,
    count,
    missing,
    changes: changesIn(source),
    extended: distinct(sent).filter((c) => GSM_EXTENDED_CHARACTERS.has(c)),
    unicode: distinct(sent).filter((c) => WELSH_NON_GSM_CHARACTERS.has(c)),
  };
}

/** "160 characters, 1 text message": what the visible count and the live region say. */
export function countSummary(count: SmsCount, t: T): string {
  return t('countSummary', {
    characters: t('characters', { count: count.characters }),
    textMessages: t('textMessages', { count: count.fragments }),
  });
}

/** A character as a person can read it: itself, or its code point when it cannot be seen. */
function shown(character: string, t: T): string {
  if (character === ' ') return t('space');
  if (!INVISIBLE.test(character)) return character;
  const code = (character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
  return t('invisible', { code: `U+${code}` });
}

function changeLines(changes: readonly SmsChange[], t: T): string[] {
  const emoji = changes.filter((change) => EMOJI.test(change.character));
  const lines = changes
    .filter((change) => !EMOJI.test(change.character))
    .map(({ character, replacement }) =>
      replacement === ''
        ? t('willBeRemoved', { character: shown(character, t) })
        : t('willBeSentAs', { character: shown(character, t), replacement: shown(replacement, t) }),
    );
  const visibleEmoji = emoji.filter((change) => change.character !== '\uFE0F').map((change) => change.character);
  if (emoji.length > 0) lines.push(t('emojiSentAs', { characters: (visibleEmoji.length > 0 ? visibleEmoji : ['\uFE0F']).join(' ') }));
  return lines;
}

/** The message text, line breaks kept, with each missing placeholder marked. */
function messageText(sent: string, missing: readonly string[]): TemplateResult {
  const keys = new Set(missing.map(placeholderKey));
  const lines = sent.split('\n').map((line) => {
    const parts: (string | TemplateResult)[] = [];
    let last = 0;
    for (const match of line.matchAll(PLACEHOLDER)) {
      const name = match[0].slice(2, -2).split('??')[0] ?? '';
      if (!keys.has(placeholderKey(name))) continue;
      parts.push(line.slice(last, match.index), html`<mark class="civic-placeholder">${match[0]}</mark>`);
      last = match.index + match[0].length;
    }
    parts.push(line.slice(last));
    return parts;
  });
  return html`${lines.map((parts, index) => html`${index > 0 ? html`<br />` : nothing}${parts}`)}`;
}

function warningText(text: string, t: T, extraClass: string): TemplateResult {
  return html`<div class="govuk-warning-text ${extraClass}">
    <span class="govuk-warning-text__icon" aria-hidden="true">!</span>
    <strong class="govuk-warning-text__text"><span class="govuk-visually-hidden">${t('warning')}</span> ${text}</strong>
  </div>`;
}

/** What the live region says: updated by the element only once typing pauses. */
export interface SmsPreviewLiveState {
  readonly announced: string;
}

/**
 * The preview as one Lit template: the message as sent (a figure named by its caption), the count and what it
 * is charged as, the encoding in plain words, the characters Notify changes and those forcing Unicode, and
 * warnings for a message over 918 characters or missing personalisation. Text only: every value is a Lit text binding.
 */
export function smsPreviewTemplate(result: SmsPreviewResult, t: T, idPrefix: string, live: SmsPreviewLiveState): TemplateResult {
  const liveRegion = html`<div class="govuk-visually-hidden civic-sms-preview__status" aria-live="polite">${live.announced}</div>`;
  if (!result.ok) {
    return html`<div class="govuk-body civic-sms-preview">
      <p class="govuk-body civic-sms-preview__error">${t('cannotPreview', { reason: result.reason })}</p>
      ${liveRegion}
    </div>`;
  }
  const { sent, count, missing, changes, extended, unicode } = result.state;
  const changed = changeLines(changes, t);
  return html`<figure class="govuk-!-margin-0 civic-sms-preview" aria-labelledby="${idPrefix}-caption">
    <figcaption id="${idPrefix}-caption" class="govuk-heading-s">${t('caption')}</figcaption>
    ${missing.length > 0 ? warningText(t('missing', { names: missing.join(', ') }), t, 'civic-sms-preview__missing') : nothing}
    ${count.tooLong ? warningText(t('tooLong', { count: count.length }), t, 'civic-sms-preview__too-long') : nothing}
    <div class="govuk-inset-text govuk-!-margin-top-0 civic-sms-preview__message">${messageText(sent, missing)}</div>
    <p class="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1 civic-sms-preview__count" aria-hidden="true">
      ${countSummary(count, t)}
    </p>
    ${liveRegion}
    <p class="govuk-hint civic-sms-preview__charge">${t('chargedAs', { count: count.fragments })}</p>
    <p class="govuk-body-s civic-sms-preview__encoding" data-encoding=${count.encoding}>
      ${t(count.encoding === 'gsm' ? 'encodingGsm' : 'encodingUnicode')}
    </p>
    ${
      unicode.length > 0
        ? html`<p class="govuk-body-s govuk-!-font-weight-bold govuk-!-margin-bottom-1">${t('unicodeHeading')}</p>
            <p class="govuk-body-s civic-sms-preview__unicode">${unicode.join(' ')}</p>`
        : nothing
    }
    ${extended.length > 0 ? html`<p class="govuk-body-s civic-sms-preview__extended">${t('extendedCount', { characters: extended.join(' ') })}</p>` : nothing}
    ${
      changed.length > 0
        ? html`<p class="govuk-body-s govuk-!-font-weight-bold govuk-!-margin-bottom-1">${t('changedHeading')}</p>
            <ul class="govuk-list govuk-list--bullet govuk-body-s civic-sms-preview__changes">
              ${changed.map((line) => html`<li>${line}</li>`)}
            </ul>`
        : nothing
    }
  </figure>`;
}
