import type { TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { CivicElement } from '../../lib/civic-element.js';
import { buttonTemplate } from './button.template.js';
import type { ButtonOptions } from './button.options.js';

/** How long after a click further clicks are ignored when `prevent-double-click` is set, as in govuk-frontend. */
const doubleClickWindowMs = 1000;

/**
 * @tagname civic-button
 * @summary A GOV.UK button: submit, secondary, warning, inverse or start, or a link that looks like a button.
 *
 * The native `<button>` is rendered in the light DOM, so it submits the form it
 * sits in with no extra code. Give the text as the `text` attribute or as the
 * element's own text: `<civic-button>Save and continue</civic-button>`.
 * A link button answers the space key as a button does, since `role="button"` promises that.
 *
 * @event click - Native click from the inner button or link.
 */
export class CivicButton extends CivicElement {
  // Its GOV.UK markup is inline-level, so the element stays inline: it may sit in a line of text.
  protected static override blockLevel = false;

  protected static override serverMarkupSelector = ':scope > .govuk-button';

  @property() text = '';
  /** Makes the button a link to this URL (relative, http(s), mailto or tel; anything else becomes `#`). */
  @property() href: string | undefined;
  @property() type: NonNullable<ButtonOptions['type']> = 'submit';
  @property() variant: NonNullable<ButtonOptions['variant']> = 'primary';
  @property({ type: Boolean, attribute: 'start' }) isStartButton = false;
  @property({ type: Boolean }) disabled = false;
  @property() name: string | undefined;
  @property() value: string | undefined;
  /** Id for the inner button or link. */
  @property({ attribute: 'button-id' }) buttonId: string | undefined;
  @property({ type: Boolean, attribute: 'prevent-double-click' }) preventDoubleClick = false;

  private lastClickAt = Number.NEGATIVE_INFINITY;

  override connectedCallback(): void {
    if (!this.text) this.text = this.takeTextContent();
    super.connectedCallback();
    this.addEventListener('click', this.onClick, { capture: true });
    this.addEventListener('keydown', this.onKeyDown);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('click', this.onClick, { capture: true });
    this.removeEventListener('keydown', this.onKeyDown);
  }

  protected override adoptServerState(serverRoot: HTMLElement): void {
    if (!this.text) this.text = (serverRoot.textContent ?? '').trim();
  }

  /** The native button or link, once rendered. */
  get control(): HTMLButtonElement | HTMLAnchorElement | null {
    return this.querySelector('.govuk-button');
  }

  override focus(options?: FocusOptions): void {
    this.control?.focus(options);
  }

  private readonly onClick = (event: MouseEvent): void => {
    if (!this.preventDoubleClick) return;
    const now = performance.now();
    if (now - this.lastClickAt < doubleClickWindowMs) {
      event.preventDefault();
      event.stopImmediatePropagation();
      return;
    }
    this.lastClickAt = now;
  };

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    const control = this.control;
    if (event.key === ' ' && control instanceof HTMLAnchorElement && event.target === control) {
      event.preventDefault();
      control.click();
    }
  };

  get options(): ButtonOptions {
    return {
      text: this.text,
      href: this.href,
      type: this.type,
      variant: this.variant,
      isStartButton: this.isStartButton,
      disabled: this.disabled,
      name: this.name,
      value: this.value,
      id: this.buttonId,
      preventDoubleClick: this.preventDoubleClick,
    };
  }

  protected override render(): TemplateResult {
    return buttonTemplate(this.withGovukOptions(this.options));
  }
}
