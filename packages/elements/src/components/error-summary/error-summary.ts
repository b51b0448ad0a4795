import { type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { CivicElement } from '../../lib/civic-element.js';
import { translatorFor } from '../../messages.js';
import { errorSummaryMessages } from './error-summary.messages.js';
import { errorSummaryTemplate } from './error-summary.template.js';
import type { ErrorSummaryItem, ErrorSummaryOptions } from './error-summary.options.js';

/**
 * @tagname civic-error-summary
 * @summary The GOV.UK error summary: lists every problem on the page, each a link that focuses its field.
 *
 * While it has no problems it shows nothing at all (no empty box to land on).
 * It takes focus each time it appears with problems (so screen reader users
 * hear them at once) unless `disable-auto-focus` is set. Following a link
 * focuses the field with that id and scrolls its label or legend into view,
 * as govuk-frontend does, so the question stays visible above the field.
 */
export class CivicErrorSummary extends CivicElement {
  protected static override serverMarkupSelector = ':scope > .govuk-error-summary';

  /** Defaults to "There is a problem", or its Welsh translation. */
  @property({ attribute: 'title-text' }) titleText: string | undefined;
  @property({ attribute: 'description-text' }) descriptionText: string | undefined;
  /** The problems: `[{ "text": "Enter your full name", "href": "#full-name" }]` (JSON in the `errors` attribute). */
  @property({ type: Array, attribute: 'errors' }) errorList: ErrorSummaryItem[] = [];
  @property({ type: Boolean, attribute: 'disable-auto-focus' }) disableAutoFocus = false;

  get options(): ErrorSummaryOptions {
    return {
      titleText: this.titleText,
      descriptionText: this.descriptionText,
      errorList: this.errorList,
      disableAutoFocus: this.disableAutoFocus,
    };
  }

  protected override adoptServerState(serverRoot: HTMLElement): void {
    if (this.errorList.length > 0) return;
    this.errorList = [...serverRoot.querySelectorAll('.govuk-error-summary__list li')].map((item) => {
      const link = item.querySelector('a');
      return link
        ? { text: (link.textContent ?? '').trim(), href: link.getAttribute('href') ?? '' }
        : { text: (item.textContent ?? '').trim() };
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('click', this.onClick);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('click', this.onClick);
  }

  /** Whether the box was on the page after the last render: focus goes to it only as it appears. */
  private shown = false;

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const box = this.querySelector<HTMLElement>(':scope > .govuk-error-summary');
    const appeared = box !== null && !this.shown;
    this.shown = box !== null;
    if (appeared && !this.disableAutoFocus) box.focus();
  }

  private readonly onClick = (event: MouseEvent): void => {
    followErrorLink(event, this);
  };

  protected override render(): TemplateResult {
    return errorSummaryTemplate(this.options, translatorFor(errorSummaryMessages, this.locale, this.messages));
  }
}

/**
 * Follows a click on an error summary link inside `within` to the field it names (`#id`): focuses the field and
 * brings its question into view instead of jumping the page. For any element that renders an error summary.
 */
export function followErrorLink(event: MouseEvent, within: Element): void {
  const link = (event.target as Element | null)?.closest('a');
  if (!link || !within.contains(link) || !link.closest('.govuk-error-summary')) return;
  const href = link.getAttribute('href') ?? '';
  if (!href.startsWith('#') || href.length < 2) return;
  const field = within.ownerDocument.getElementById(decodeURIComponent(href.slice(1)));
  if (!field) return;
  event.preventDefault();
  focusField(field);
}

/**
 * Focuses a field and brings its question into view: the legend for a field in
 * a fieldset (when the legend is the question), otherwise its label, because
 * the browser's own scroll on focus would hide the question above the fold.
 */
export function focusField(field: HTMLElement): void {
  const legend = field.closest('fieldset')?.querySelector('legend');
  const label = field.id ? field.ownerDocument.querySelector(`label[for="${CSS.escape(field.id)}"]`) : null;
  const question = legend ?? label ?? field;
  question.scrollIntoView();
  field.focus({ preventScroll: true });
}
