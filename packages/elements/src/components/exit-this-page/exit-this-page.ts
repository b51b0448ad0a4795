import type { TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CivicElement } from '../../lib/civic-element.js';
import { translatorFor } from '../../messages.js';
import { exitThisPageMessages, type ExitThisPageMessageKey } from './exit-this-page.messages.js';
import { exitThisPageTemplate } from './exit-this-page.template.js';
import type { ExitThisPageOptions } from './exit-this-page.options.js';

/**
 * Fired by `<civic-exit-this-page>` just before it leaves for `url`, with the page already covered.
 * Cancel it (`preventDefault()`) only to leave some other way, for example after ending a session:
 * then navigate yourself, at once.
 */
export class CivicExitPageEvent extends Event {
  static readonly eventName = 'civic-exit-page';
  readonly url: string;

  constructor(url: string) {
    super(CivicExitPageEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.url = url;
  }
}

declare global {
  interface HTMLElementEventMap {
    'civic-exit-page': CivicExitPageEvent;
  }
}

/** How long three Shift presses have, as in govuk-frontend. */
const keypressWindowMs = 5000;

/**
 * @tagname civic-exit-this-page
 * @summary The GOV.UK exit this page button: lets someone at risk leave a sensitive page at once, by button or by pressing Shift three times.
 *
 * A warning button ("Emergency" hidden, then "Exit this page"; Welsh
 * "Argyfwng", "Gadael y dudalen hon") linking to a neutral page,
 * https://www.bbc.co.uk/weather by default, so it works with JavaScript off.
 * With JavaScript, as govuk-frontend does: pressing Shift three times within 5
 * seconds anywhere on the page exits too, with a three-light indicator on the
 * button and a hidden status announcing "Shift, press 2 more times to exit."
 * (and 1 more, then "Exit this page expired." if time runs out); on exit the
 * page content is hidden behind an overlay that says "Loading." before the
 * browser leaves. Coming back (the back button) removes the overlay.
 *
 * @event civic-exit-page - {CivicExitPageEvent} About to leave for `event.url`; cancelable.
 */
export class CivicExitThisPage extends CivicElement {
  // GOV.UK's button is sticky, and a sticky box sticks only within its parent: a block element around it, as tall as
  // the button, would let it scroll away. Left inline, the element gives it the page's block to stick in.
  protected static override blockLevel = false;

  protected static override serverMarkupSelector = ':scope > .govuk-exit-this-page';

  /** Replaces "Exit this page" and the hidden "Emergency" before it. */
  @property() text: string | undefined;
  /** Defaults to https://www.bbc.co.uk/weather. */
  @property({ attribute: 'redirect-url' }) redirectUrl: string | undefined;
  /** An id for the wrapper inside the element. */
  @property({ attribute: 'exit-id' }) exitId: string | undefined;

  @state() private count = 0;
  @state() private status = '';
  private lastKeyWasModified = false;
  private keypressTimer: number | undefined;
  private statusTimer: number | undefined;
  private overlay: HTMLElement | undefined;

  /** The button (a link styled as one), once rendered. */
  get button(): HTMLAnchorElement | null {
    return this.querySelector('.govuk-exit-this-page__button');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('click', this.onClick);
    // Capture, so a page script that stops key events cannot stop someone leaving.
    document.addEventListener('keyup', this.onKeyup, true);
    window.addEventListener('pageshow', this.onPageShow);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('click', this.onClick);
    document.removeEventListener('keyup', this.onKeyup, true);
    window.removeEventListener('pageshow', this.onPageShow);
    this.clearTimers();
  }

  /** Covers the page, says "Loading.", and leaves for the redirect URL. */
  exit(): void {
    const button = this.button;
    if (!button) return;
    this.clearTimers();
    this.count = 0;
    this.status = '';
    document.body.classList.add('govuk-exit-this-page-hide-content');
    this.overlay?.remove();
    const overlay = document.createElement('div');
    overlay.className = 'govuk-exit-this-page-overlay';
    overlay.setAttribute('role', 'alert');
    overlay.textContent = this.t('activated');
    document.body.append(overlay);
    this.overlay = overlay;
    // `button.href` is the resolved URL of an allow-listed `href`, never a script URL.
    if (this.dispatchEvent(new CivicExitPageEvent(button.href))) window.location.href = button.href;
  }

  private readonly onClick = (event: MouseEvent): void => {
    const button = this.button;
    if (!button || !(event.target instanceof Node) || !button.contains(event.target)) return;
    event.preventDefault();
    this.exit();
  };

  private readonly onKeyup = (event: KeyboardEvent): void => {
    // A Shift released after Shift+letter is typing, not a signal: only bare presses count.
    if (event.key === 'Shift' && !this.lastKeyWasModified) {
      this.count += 1;
      window.clearTimeout(this.statusTimer);
      if (this.count >= 3) {
        this.exit();
      } else {
        this.status = this.t(this.count === 1 ? 'pressTwoMoreTimes' : 'pressOneMoreTime');
        window.clearTimeout(this.keypressTimer);
        this.keypressTimer = window.setTimeout(this.expire, keypressWindowMs);
      }
    } else if (this.count > 0) {
      this.expire();
    }
    this.lastKeyWasModified = event.shiftKey;
  };

  private readonly expire = (): void => {
    window.clearTimeout(this.keypressTimer);
    this.count = 0;
    this.status = this.t('timedOut');
    this.statusTimer = window.setTimeout(() => (this.status = ''), keypressWindowMs);
  };

  // Back from the neutral page (bfcache): show the page again, not the overlay.
  private readonly onPageShow = (): void => {
    document.body.classList.remove('govuk-exit-this-page-hide-content');
    this.overlay?.remove();
    this.overlay = undefined;
    this.clearTimers();
    this.count = 0;
    this.status = '';
  };

  private clearTimers(): void {
    window.clearTimeout(this.keypressTimer);
    window.clearTimeout(this.statusTimer);
  }

  private t(key: ExitThisPageMessageKey): string {
    return translatorFor(exitThisPageMessages, this.locale, this.messages)(key);
  }

  protected override adoptServerState(serverRoot: HTMLElement): void {
    this.exitId ??= serverRoot.id || undefined;
    this.redirectUrl ??= serverRoot.querySelector('a')?.getAttribute('href') ?? undefined;
    const link = serverRoot.querySelector('a');
    // The default wording is left to the catalogue so it follows the page language; only custom text is kept.
    if (this.text === undefined && link && !link.querySelector('.govuk-visually-hidden')) this.text = (link.textContent ?? '').trim();
  }

  get options(): ExitThisPageOptions {
    return { text: this.text, redirectUrl: this.redirectUrl, id: this.exitId };
  }

  protected override render(): TemplateResult {
    const t = translatorFor(exitThisPageMessages, this.locale, this.messages);
    return exitThisPageTemplate(this.options, t, { count: this.count, status: this.status });
  }
}
