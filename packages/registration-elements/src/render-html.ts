/**
 * A page model as HTML, for the server: every GOV.UK component through the elements' own render
 * functions (so `<civic-journey>` and each element adopt the markup when the script loads), and the
 * fieldsets that group a question's parts written here. Node only.
 */
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
  renderTextInput,
} from '@civicbricks/elements/server';
import { createTranslator, type Locale } from '@civicbricks/core/i18n';
import { ACTION_FIELD, CSRF_FIELD } from './form.js';
import { journeyMessages } from './messages.js';
import { groupDescribedBy } from './group.js';
import type { FieldModel, GroupModel, PageModel } from './model.js';

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for HTML element content and quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => escapes[character] ?? character);
}

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
        ? `<button type="submit" name="${ACTION_FIELD}" value="continue" hidden>${escapeHtml(model.continueButton.text)}</button>`
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

function renderGroup(group: GroupModel, locale: Locale): string {
  const t = createTranslator(journeyMessages, locale);
  const describedBy = groupDescribedBy(group);
  const legendText = escapeHtml(group.legend);
  const legend = `<legend class="govuk-fieldset__legend govuk-fieldset__legend--${group.legendSize}">${
    group.isPageHeading ? `<h1 class="govuk-fieldset__heading">${legendText}</h1>` : legendText
  }</legend>`;
  const hint = group.hint ? `<div id="${group.id}-hint" class="govuk-hint">${escapeHtml(group.hint)}</div>` : '';
  const error = group.errorMessage
    ? `<p id="${group.id}-error" class="govuk-error-message"><span class="govuk-visually-hidden">${escapeHtml(t('errorPrefix'))}</span> ${escapeHtml(group.errorMessage)}</p>`
    : '';
  const buttons =
    group.buttons.length > 0
      ? `<div class="govuk-button-group">${group.buttons.map((button) => renderButton(button, { lang: locale })).join('')}</div>`
      : '';
  return (
    `<div class="govuk-form-group${group.errorMessage ? ' govuk-form-group--error' : ''}">` +
    `<fieldset class="govuk-fieldset"${describedBy ? ` aria-describedby="${describedBy}"` : ''}>${legend}${hint}${error}` +
    `${group.fields.map((field) => renderField(field, locale)).join('')}${buttons}</fieldset></div>`
  );
}
