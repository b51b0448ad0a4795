/**
 * A page model as HTML, for the server: every GOV.UK component through the elements' own render
 * functions (so `<civic-journey>` and each element adopt the markup when the script loads), and the
 * fieldsets that group a question's parts from the same Lit template `<civic-journey>` renders. Node only.
 */
import { escapeHtml } from '@civicbricks/core/html';
import {
  renderBackLink,
  renderButton,
  renderCharacterCount,
  renderCheckboxes,
  renderDateInput,
  renderErrorSummary,
  renderInsetText,
  renderPanel,
  renderRadios,
  renderSelect,
  renderSummaryList,
  renderTextarea,
  renderTemplate,
  renderTextInput,
} from '@civicbricks/elements/server';
import { html } from 'lit';
import { createTranslator, type Locale } from '@civicbricks/core/i18n';
import { ACTION_FIELD, CSRF_FIELD } from './form.js';
import { journeyMessages } from './messages.js';
import { groupTemplate } from './group.js';
import type { FieldModel, GroupModel, PageModel } from './model.js';

// The one escaper the packages share, re-exported here as this package's server entry always offered it.
export { escapeHtml };

export interface RenderPageOptions {
  readonly locale: Locale;
  /** The anti-forgery token every form carries. */
  readonly csrfToken?: string;
}

/** The id of the place before `<main>` that holds a journey page's back link, for `<civic-journey>`'s `back-link-target`. */
export const JOURNEY_BACK_LINK_ID = 'civic-journey-back';

/**
 * The place for a journey page's back link, with the link to `backHref` when the page has one: it goes
 * before `<main>` (GOV.UK's `beforeContent`), so "Skip to main content" skips it with the other navigation.
 * It is there even without a link, for `<civic-journey>` to fill on the pages it shows. The link is in a
 * `<nav>` named "Previous page", so no content of the page is outside a landmark (axe's `region` rule).
 */
export function renderBackLinkSlot(backHref: string | undefined, locale: Locale): string {
  const t = createTranslator(journeyMessages, locale);
  const back = backHref
    ? `<nav aria-label="${escapeHtml(t('backLandmark'))}">${renderBackLink({ href: backHref, text: t('back') }, { lang: locale })}</nav>`
    : '';
  return `<div id="${JOURNEY_BACK_LINK_ID}">${back}</div>`;
}

/** The content of `<main>` for a page model; its back link goes before `<main>` ({@link renderBackLinkSlot}). */
export function renderPageHtml(model: PageModel, options: RenderPageOptions): string {
  const context = { lang: options.locale };
  const csrf = options.csrfToken ? `<input type="hidden" name="${CSRF_FIELD}" value="${escapeHtml(options.csrfToken)}">` : '';
  const summary = 'errors' in model && model.errors.length > 0 ? renderErrorSummary({ errorList: [...model.errors] }, context) : '';
  switch (model.kind) {
    case 'question': {
      const heading = model.heading ? `<h1 class="govuk-heading-l">${escapeHtml(model.heading)}</h1>` : '';
      const notice = model.notice ? renderInsetText({ text: model.notice }, context) : '';
      const hiddenDefault = model.defaultContinue
        ? `<button type="submit" name="${ACTION_FIELD}" value="continue" hidden>${escapeHtml(model.continueButton.text ?? '')}</button>`
        : '';
      const buttons = [model.continueButton, ...(model.saveButton ? [model.saveButton] : [])].map((button) =>
        renderButton(button, context),
      );
      return (
        `${summary}${heading}${notice}<form method="post" novalidate>${csrf}${hiddenDefault}` +
        `${model.fields.map((field) => renderField(field, options.locale)).join('')}` +
        `<div class="govuk-button-group">${buttons.join('')}</div></form>`
      );
    }
    case 'checkAnswers':
      return (
        `${summary}<h1 class="govuk-heading-l">${escapeHtml(model.title)}</h1>` +
        renderSummaryList({ rows: [...model.rows] }, context) +
        `<h2 class="govuk-heading-m">${escapeHtml(model.sendHeading)}</h2><p class="govuk-body">${escapeHtml(model.declaration)}</p>` +
        `<form method="post" novalidate>${csrf}${renderButton(model.sendButton, context)}</form>`
      );
    case 'confirmation':
      return (
        renderPanel(
          { titleText: model.title, ...(model.reference ? { text: `${model.referenceLabel}: ${model.reference}` } : {}) },
          context,
        ) + (model.body ? `<p class="govuk-body">${escapeHtml(model.body)}</p>` : '')
      );
    case 'exit':
      return `<h1 class="govuk-heading-l">${escapeHtml(model.title)}</h1>${model.body ? `<p class="govuk-body">${escapeHtml(model.body)}</p>` : ''}`;
  }
}

function renderField(field: FieldModel, locale: Locale): string {
  const context = { lang: locale };
  switch (field.component) {
    case 'text-input':
      return renderTextInput(field.options, context);
    case 'textarea':
      return renderTextarea(field.options, context);
    case 'character-count':
      return renderCharacterCount(field.options, context);
    case 'radios':
      return renderRadios(field.options, context);
    case 'checkboxes':
      return renderCheckboxes(field.options, context);
    case 'select':
      return renderSelect(field.options, context);
    case 'date-input':
      return renderDateInput(field.options, context);
    case 'group':
      return renderGroup(field, locale);
  }
}

/**
 * Each control's place in the fieldset's template, filled with its server markup once the template is HTML. The
 * elements' render functions give that markup as HTML already; a marker keeps it out of Lit's escaping without
 * unsafeHTML, and cannot be forged by a person: text and attribute values in the HTML never hold a raw `<`.
 */
const CONTROL_MARKER = '<civic-journey-control></civic-journey-control>';
const controlMarker = html`<civic-journey-control></civic-journey-control>`;

function renderGroup(group: GroupModel, locale: Locale): string {
  const controls = [
    ...group.fields.map((field) => renderField(field, locale)),
    ...group.buttons.map((button) => renderButton(button, { lang: locale })),
  ];
  const parts = renderTemplate(
    groupTemplate(group, createTranslator(journeyMessages, locale), { field: () => controlMarker, button: () => controlMarker }),
  ).split(CONTROL_MARKER);
  if (parts.length !== controls.length + 1) throw new Error(`The fieldset of ${group.id} did not place each of its controls once`);
  return parts.map((part, index) => part + (controls[index] ?? '')).join('');
}
