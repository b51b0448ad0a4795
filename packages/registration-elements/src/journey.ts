import { html, nothing, render, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import {
  applyAttributes,
  backLinkAttributes,
  buttonAttributes,
  characterCountAttributes,
  checkboxesAttributes,
  CivicElement,
  dateInputAttributes,
  errorSummaryAttributes,
  insetTextAttributes,
  panelAttributes,
  safeUrl,
  radiosAttributes,
  selectAttributes,
  summaryListAttributes,
  textareaAttributes,
  textInputAttributes,
  type AttributeMap,
  type ButtonOptions,
} from '@civicbricks/elements';
import { createTranslator } from '@civicbricks/core/i18n';
import {
  answerPage,
  answersToSubmit,
  createJourney,
  journeyPath,
  localText,
  RETURN_TO_CHECK_ANSWERS,
  type AnswerError,
  type Answers,
  type Journey,
  type JourneyDefinition,
} from '@civicbricks/registration';
import { applyItemAction, inputsFromAnswers, pageAction, postedAnswers, type RawInput } from './form.js';
import { formatExpiry, journeyMessages } from './messages.js';
import { pageModel, previousPageId, type FieldModel, type PageModel } from './model.js';
import { groupTemplate } from './group.js';
import { JOURNEY_STATE_ATTRIBUTE, type JourneyState } from './state.js';

type Inputs = { readonly [questionId: string]: RawInput };

/** What `civic-journey-submit` carries: the answers that were sent and, from the server, their reference. */
export interface JourneySubmitDetail {
  readonly journeyId: string;
  readonly version: number;
  readonly answers: Answers;
  readonly reference?: string;
}

interface SavedProgress {
  readonly answers: Answers;
  readonly pageId: string;
  readonly returnTo?: string;
  readonly idempotencyKey: string;
}

/**
 * @tagname civic-journey
 * @summary Runs a registration journey in the browser, page by page, with the GOV.UK elements.
 *
 * Give it a journey definition (the `definition` property), or put it around a page that
 * `createJourneyHandler` rendered: it then reads the journey, the answers so far and the page from the
 * JSON the server left inside it, and carries on in the browser. Each page is checked with the same
 * validation and routes as on the server; a page with problems shows the GOV.UK error summary, the
 * messages beside the fields and "Error: " in the title, and keeps what was typed. The browser's back
 * button moves between pages. When served at its own addresses (`base-path`), answers are kept in the tab's session storage until they are sent, so a reload comes back to the same page.
 *
 * On check your answers it posts the answers as JSON to `submit-url` (the handler's `submit`), which
 * checks every answer again and stores one record; then it shows the confirmation page with the
 * reference.
 *
 * @event civic-journey-submit - The answers were sent (`detail`: {@link JourneySubmitDetail}).
 * @event civic-journey-page - A new page is showing (`detail`: `{ pageId }`).
 */
export class CivicJourney extends CivicElement {
  protected static override serverMarkupSelector = ':scope > [data-civic-ssr]';

  /** The journey, as JSON (from `@civicbricks/registration`'s schema). */
  @property({ attribute: false }) definition: JourneyDefinition | undefined;
  /** The answers so far. */
  @property({ attribute: false }) answers: Answers = {};
  /** The page showing; the journey's first page if empty. */
  @property({ attribute: 'page' }) pageId = '';
  /** Where the finished answers are posted as JSON, such as `/warm-space/submit`. */
  @property({ attribute: 'submit-url' }) submitUrl: string | undefined;
  /** Where answers so far are posted as JSON for a resume link; offers "Save and come back later" when set. */
  @property({ attribute: 'save-url' }) saveUrl: string | undefined;
  /** The journey's URL prefix, such as `/warm-space/`, so pages have addresses that work on reload and with JavaScript off. */
  @property({ attribute: 'base-path' }) basePath: string | undefined;
  /** The confirmation page's reference number: the server's answer once the answers are sent. */
  @property() reference: string | undefined;
  /** Shown after the page's title in the browser's title bar. */
  @property({ attribute: 'service-name' }) serviceName: string | undefined;
  /**
   * The id of an element before the page's `<main>` to show the back link in, where GOV.UK puts it so that
   * "Skip to main content" skips it with the other navigation: `createJourneyHandler`'s pages name their
   * `civic-journey-back`. The element's content is replaced by the back link, in a `<nav>` named "Previous page",
   * on every page that has one. Without it, or when it names no element (or this element, one inside it or one
   * around it), the back link is the first thing inside `<civic-journey>`.
   */
  @property({ attribute: 'back-link-target' }) backLinkTarget: string | undefined;

  @state() private errors: readonly AnswerError[] = [];
  @state() private inputs: Inputs | undefined;
  @state() private returnTo: string | undefined;

  @state() private sending = false;
  /** The resume link, once the person asked to save and come back later. */
  @state() private saved: { readonly url: string; readonly expiresAt: string } | undefined;

  private journey: Journey | undefined;
  private csrfToken: string | undefined;
  private idempotencyKey = '';
  /** Bumped whenever the page must be built afresh; typing alone never rebuilds it. */
  private renderKey = 0;
  private moveFocus = false;
  /** After "Add another" or "Remove": focus the first control whose name starts with this. */
  private focusNamePrefix: string | undefined;
  /** Where the back link is shown outside this element (`back-link-target`), before a marker of this element's own. */
  private backSlot: { readonly container: HTMLElement; readonly marker: Comment } | undefined;

  override connectedCallback(): void {
    const stateScript = this.querySelector<HTMLScriptElement>(`:scope > script[${JOURNEY_STATE_ATTRIBUTE}]`);
    if (stateScript) this.takeServerState(JSON.parse(stateScript.textContent ?? '{}') as JourneyState);
    super.connectedCallback();
    // Moved elsewhere in the page: the back link goes back to its place (see update).
    if (this.hasUpdated) this.requestUpdate();
    this.addEventListener('submit', this.onSubmit);
    this.addEventListener('click', this.onClick);
    window.addEventListener('popstate', this.onPopState);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.releaseBackSlot();
    this.removeEventListener('submit', this.onSubmit);
    this.removeEventListener('click', this.onClick);
    window.removeEventListener('popstate', this.onPopState);
  }

  private takeServerState(server: JourneyState): void {
    this.definition = server.definition;
    this.answers = server.answers;
    this.pageId = server.pageId;
    this.csrfToken = server.csrfToken;
    this.submitUrl = server.submitUrl;
    this.saveUrl = server.saveUrl;
    this.basePath = server.basePath;
    this.serviceName = server.serviceName;
    this.returnTo = server.returnTo;
    this.reference = server.reference;
    this.errors = server.errors ?? [];
  }

  protected override adoptServerState(serverRoot: HTMLElement): void {
    // Anything typed before the script arrived stays.
    const form = serverRoot.querySelector('form');
    const page = this.currentJourney()?.pages.get(this.pageId);
    if (form && page?.type === 'question') this.inputs = postedAnswers(page.questions, new FormData(form));
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('definition')) {
      this.journey = this.definition ? createJourney(this.definition) : undefined;
      this.restoreProgress();
    }
    if (this.journey && !this.pageId) this.pageId = this.journey.definition.start;
    if (
      changed.has('pageId') ||
      changed.has('definition') ||
      changed.has('errors') ||
      changed.has('inputs') ||
      changed.has('reference') ||
      changed.has('saved')
    ) {
      this.renderKey += 1;
    }
  }

  protected override update(changed: PropertyValues): void {
    const container = this.journey ? this.backLinkContainer() : undefined;
    if (container !== this.backSlot?.container) {
      // The page is built again only when its back link moves into or out of it.
      if (Boolean(container) !== Boolean(this.backSlot)) this.renderKey += 1;
      this.releaseBackSlot();
      if (container) this.claimBackSlot(container);
    }
    super.update(changed);
    const slot = this.backSlot;
    if (slot) {
      const back = guard([this.renderKey, this.locale], () => {
        const link = this.backLink();
        return link ? html`<nav aria-label=${createTranslator(journeyMessages, this.locale)('backLandmark')}>${link}</nav>` : nothing;
      });
      render(html`${back}`, slot.container, { renderBefore: slot.marker });
    }
  }

  /** The element `back-link-target` names, if the back link may go in it: not this element, one inside it or one around it. */
  private backLinkContainer(): HTMLElement | undefined {
    if (!this.backLinkTarget || !this.isConnected) return undefined;
    const target = (this.getRootNode() as Document | ShadowRoot).getElementById(this.backLinkTarget);
    return target instanceof HTMLElement && !this.contains(target) && !target.contains(this) ? target : undefined;
  }

  /** Takes the back link's place over: what the server put there gives way, as the server's page inside this element does. */
  private claimBackSlot(container: HTMLElement): void {
    const marker = document.createComment('');
    container.replaceChildren(marker);
    // Its back link moves within the journey, as links inside this element do.
    container.addEventListener('click', this.onClick);
    this.backSlot = { container, marker };
  }

  private releaseBackSlot(): void {
    const slot = this.backSlot;
    if (!slot) return;
    this.backSlot = undefined;
    slot.container.removeEventListener('click', this.onClick);
    slot.container.replaceChildren();
  }

  private currentJourney(): Journey | undefined {
    if (!this.journey && this.definition) this.journey = createJourney(this.definition);
    return this.journey;
  }

  /**
   * Progress is kept in the tab's session storage only for a journey served at its own addresses (`base-path`),
   * where a reload must come back to the same page; a journey shown anywhere else starts from its properties.
   */
  private get storageKey(): string | undefined {
    const definition = this.journey?.definition;
    return definition && this.basePath ? `civic-journey:${definition.id}:${definition.version}` : undefined;
  }

  /** After a reload the tab's own progress is newer than the page the server sent. */
  private restoreProgress(): void {
    const key = this.storageKey;
    const saved = key ? sessionStorage.getItem(key) : null;
    if (saved && this.journey && !this.reference) {
      try {
        const progress = JSON.parse(saved) as SavedProgress;
        this.answers = progress.answers;
        this.idempotencyKey = progress.idempotencyKey;
        const historyPage = (history.state as { civicJourneyPage?: string } | null)?.civicJourneyPage;
        this.pageId = this.pageOnPath(historyPage ?? progress.pageId);
        this.returnTo = progress.returnTo;
        this.inputs = undefined;
      } catch {
        sessionStorage.removeItem(key as string);
      }
    }
    if (!this.idempotencyKey) this.idempotencyKey = crypto.randomUUID();
  }

  private saveProgress(): void {
    const key = this.storageKey;
    if (!key) return;
    if (this.reference) {
      sessionStorage.removeItem(key);
      return;
    }
    const progress: SavedProgress = {
      answers: this.answers,
      pageId: this.pageId,
      ...(this.returnTo ? { returnTo: this.returnTo } : {}),
      idempotencyKey: this.idempotencyKey,
    };
    sessionStorage.setItem(key, JSON.stringify(progress));
  }

  /** The page asked for if the answers so far reach it, else the first page still to answer. */
  private pageOnPath(wanted: string): string {
    const path = journeyPath(this.journey as Journey, this.answers);
    return path.pages.includes(wanted) ? wanted : path.current;
  }

  /** Shows a page afresh, with nothing typed and no errors, and focuses its heading. */
  private show(pageId: string, returnTo: string | undefined): void {
    this.saved = undefined;
    this.pageId = pageId;
    this.returnTo = returnTo;
    this.errors = [];
    this.inputs = undefined;
    this.moveFocus = true;
  }

  /** Shows a page as a new step in the browser's history. */
  private goTo(pageId: string, returnTo?: string): void {
    this.show(pageId, returnTo);
    this.saveProgress();
    const url = this.basePath ? `${this.basePath}${pageId}${returnTo ? `?returnTo=${returnTo}` : ''}` : location.href;
    history.pushState({ civicJourneyPage: pageId, returnTo }, '', url);
    this.dispatchEvent(new CustomEvent('civic-journey-page', { detail: { pageId }, bubbles: true }));
  }

  private readonly onPopState = (event: PopStateEvent): void => {
    const wanted = (event.state as { civicJourneyPage?: string; returnTo?: string } | null)?.civicJourneyPage;
    // Once the answers are sent the confirmation stays: they cannot be changed and sent again.
    if (!wanted || !this.journey || this.reference) return;
    this.show(this.pageOnPath(wanted), (event.state as { returnTo?: string }).returnTo);
  };

  /** Change and back links move within the journey instead of loading a page. */
  private readonly onClick = (event: MouseEvent): void => {
    const link = (event.target as Element).closest?.('a[href]') as HTMLAnchorElement | null;
    if (
      !link ||
      !this.journey ||
      this.reference ||
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey
    )
      return;
    const target = this.linkedPage(link);
    if (!target || !this.journey.pages.has(target.pageId) || !journeyPath(this.journey, this.answers).pages.includes(target.pageId)) return;
    event.preventDefault();
    this.goTo(target.pageId, target.returnTo === RETURN_TO_CHECK_ANSWERS ? RETURN_TO_CHECK_ANSWERS : undefined);
  };

  /**
   * The page a back or change link leads to: `<base-path><page>?returnTo=…` when the journey has its own addresses,
   * `#<page>?returnTo=…` when it is shown inside another page (the link only changes the fragment without this).
   */
  private linkedPage(link: HTMLAnchorElement): { readonly pageId: string; readonly returnTo: string | null } | undefined {
    if (!this.basePath) {
      const href = link.getAttribute('href') ?? '';
      if (!href.startsWith('#')) return undefined;
      const [pageId = '', query = ''] = href.slice(1).split('?', 2);
      return { pageId, returnTo: new URLSearchParams(query).get('returnTo') };
    }
    const url = new URL(link.href);
    if (url.origin !== location.origin || !url.pathname.startsWith(this.basePath)) return undefined;
    return { pageId: url.pathname.slice(this.basePath.length), returnTo: url.searchParams.get('returnTo') };
  }

  private readonly onSubmit = (event: SubmitEvent): void => {
    const form = event.target as HTMLFormElement;
    const journey = this.journey;
    // Only this journey's own page form; a form an author nests elsewhere inside is left alone.
    if (!journey || form.closest('civic-journey') !== this) return;
    event.preventDefault();
    const page = journey.pages.get(this.pageId);
    if (page?.type === 'checkAnswers') {
      void this.send(page.next);
      return;
    }
    if (page?.type !== 'question') return;
    const data = new FormData(form, event.submitter);
    const posted = postedAnswers(page.questions, data);
    const action = pageAction(data);
    if (action.kind === 'save') {
      // What is filled in correctly on this page is saved too; anything with a problem is left for later.
      const current = answerPage(journey, this.answers, this.pageId, posted, { locale: this.locale });
      void this.save(current.ok ? current.answers : this.answers);
      return;
    }
    if (action.kind === 'add' || action.kind === 'remove') {
      this.errors = [];
      this.inputs = applyItemAction(postedAnswers(page.questions, data, { keepBlankItems: true }), action);
      // After "Add another", the person carries on in the new, empty item; after "Remove", at the list's first control.
      const items = this.inputs[action.question];
      this.focusNamePrefix = `${action.question}[${action.kind === 'add' && Array.isArray(items) ? items.length : 0}].`;
      return;
    }
    const result = answerPage(journey, this.answers, this.pageId, posted, {
      locale: this.locale,
      ...(this.returnTo ? { returnTo: this.returnTo } : {}),
    });
    if (!result.ok) {
      this.inputs = posted;
      this.errors = result.errors;
      return;
    }
    this.answers = result.answers;
    this.goTo(result.next, result.returnTo);
  };

  private async send(confirmationId: string): Promise<void> {
    const journey = this.journey as Journey;
    if (this.sending) return;
    let sent: ReturnType<typeof answersToSubmit>;
    try {
      sent = answersToSubmit(journey, this.answers);
    } catch {
      this.goTo(journeyPath(journey, this.answers).current);
      return;
    }
    this.sending = true;
    try {
      let reference: string | undefined;
      if (this.submitUrl) {
        reference = (
          await this.postJson<{ reference?: string }>(this.submitUrl, { answers: sent.answers, idempotencyKey: this.idempotencyKey })
        ).reference;
      }
      this.reference = reference ?? '';
      this.dispatchEvent(
        new CustomEvent<JourneySubmitDetail>('civic-journey-submit', {
          detail: { journeyId: sent.journeyId, version: sent.version, answers: sent.answers, ...(reference ? { reference } : {}) },
          bubbles: true,
        }),
      );
      this.goTo(confirmationId);
    } catch (error) {
      this.errors = [this.sendFailure(error)];
    } finally {
      this.sending = false;
    }
  }

  /** What to tell the person when the server did not take the answers: only a lost connection is worth retrying as it is. */
  private sendFailure(error: unknown): AnswerError {
    const t = createTranslator(journeyMessages, this.locale);
    const status = error instanceof SendError ? error.status : 0;
    if (status === 403) return { path: [], code: 'registration.session_expired', message: t('sessionExpired') };
    return { path: [], code: 'registration.send_failed', message: t('sendFailed') };
  }

  private async postJson<T>(url: string, body: unknown): Promise<T> {
    const response = await fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', ...(this.csrfToken ? { 'X-Civic-Csrf': this.csrfToken } : {}) },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new SendError(response.status);
    return (await response.json()) as T;
  }

  /** Save and come back later: the answers so far are kept on the server behind a signed link. */
  private async save(answers: Answers): Promise<void> {
    if (!this.saveUrl || this.sending) return;
    this.sending = true;
    try {
      this.saved = await this.postJson<{ url: string; expiresAt: string }>(this.saveUrl, { answers });
      this.answers = answers;
      this.moveFocus = true;
    } catch (error) {
      this.errors = [this.sendFailure(error)];
    } finally {
      this.sending = false;
    }
  }

  protected override updated(): void {
    if (!this.journey) return;
    const t = createTranslator(journeyMessages, this.locale);
    const title = this.saved ? t('savedTitle') : this.model().title;
    const serviceName = this.serviceName ?? localText(this.journey.definition.title, this.locale);
    document.title = `${this.errors.length > 0 ? t('errorTitlePrefix') : ''}${title} – ${serviceName}`;
    if (this.moveFocus && this.errors.length === 0) {
      this.moveFocus = false;
      void this.focusHeading();
    }
    if (this.focusNamePrefix) {
      const prefix = this.focusNamePrefix;
      this.focusNamePrefix = undefined;
      void this.afterChildren().then(() => this.querySelector<HTMLElement>(`[name^="${CSS.escape(prefix)}"]`)?.focus());
    }
    this.updateLanguageLink();
  }

  /** The page's language link (outside this element) keeps pointing at the page now showing. */
  private updateLanguageLink(): void {
    const link = this.basePath ? document.querySelector<HTMLAnchorElement>('.civic-language-toggle a[hreflang]') : null;
    if (link) link.href = `${this.basePath}${this.pageId}?lang=${encodeURIComponent(link.hreflang)}`;
  }

  /** Waits for the elements this page is made of to draw themselves. */
  private async afterChildren(): Promise<void> {
    const children = [...this.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('*')];
    await Promise.all(children.map((child) => child.updateComplete).filter(Boolean));
  }

  /** As GOV.UK advises for pages changed without a load: focus the new heading so it is read out. */
  private async focusHeading(): Promise<void> {
    // The question's own element renders the heading (a label or legend as `h1`) in its own update, after this one.
    await this.afterChildren();
    const heading = this.querySelector<HTMLElement>('h1');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    }
  }

  private model(): PageModel {
    const journey = this.journey as Journey;
    const page = journey.pages.get(this.pageId);
    return pageModel({
      journey,
      pageId: this.pageId,
      answers: this.answers,
      locale: this.locale,
      inputs: this.inputs ?? (page?.type === 'question' ? inputsFromAnswers(page.questions, this.answers) : {}),
      errors: this.errors,
      changeHref: (id) => `${this.basePath ?? '#'}${id}?returnTo=${RETURN_TO_CHECK_ANSWERS}`,
      ...(this.reference ? { reference: this.reference } : {}),
      canSave: Boolean(this.saveUrl),
    });
  }

  protected override render(): TemplateResult | typeof nothing {
    if (!this.journey) return nothing;
    return html`${guard([this.renderKey, this.locale], () =>
      this.saved ? this.savedTemplate(this.saved) : this.pageTemplate(this.model(), this.backSlot ? undefined : this.backLink()),
    )}`;
  }

  private savedTemplate(saved: { readonly url: string; readonly expiresAt: string }): TemplateResult {
    const t = createTranslator(journeyMessages, this.locale);
    return html`<h1 class="govuk-heading-l">${t('savedTitle')}</h1>
      <p class="govuk-body">${t('savedBody', { date: formatExpiry(saved.expiresAt, this.locale) })}</p>
      <p class="govuk-body"><a class="govuk-link" href=${safeUrl(saved.url)}>${saved.url}</a></p>`;
  }

  /** The link to the previous page, on every page but the first, the confirmation and the saved page. */
  private backLink(): HTMLElement | undefined {
    const previous = this.saved
      ? undefined
      : previousPageId(this.journey as Journey, this.pageId, this.answers, { returnTo: this.returnTo });
    const t = createTranslator(journeyMessages, this.locale);
    return previous
      ? element('civic-back-link', backLinkAttributes({ href: `${this.basePath ?? '#'}${previous}`, text: t('back') }))
      : undefined;
  }

  /** The page; `backLink` first, unless it is shown outside (`back-link-target`). */
  private pageTemplate(model: PageModel, backLink: HTMLElement | undefined): TemplateResult {
    const back = backLink ?? nothing;
    const summary =
      'errors' in model && model.errors.length > 0
        ? element('civic-error-summary', errorSummaryAttributes({ errorList: [...model.errors] }))
        : nothing;
    switch (model.kind) {
      case 'question':
        return html`${back}${summary}${model.heading ? html`<h1 class="govuk-heading-l">${model.heading}</h1>` : nothing}${
            model.notice ? element('civic-inset-text', insetTextAttributes({ text: model.notice })) : nothing
          }
          <form method="post" novalidate>
            ${
              model.defaultContinue
                ? html`<button type="submit" name=${model.continueButton.name ?? ''} value="continue" hidden>
                    ${model.continueButton.text}
                  </button>`
                : nothing
            }${model.fields.map((field) => fieldNode(field, this.locale))}
            <div class="govuk-button-group">${button(model.continueButton)}${model.saveButton ? button(model.saveButton) : nothing}</div>
          </form>`;
      case 'checkAnswers':
        return html`${back}${summary}
          <h1 class="govuk-heading-l">${model.title}</h1>
          ${element('civic-summary-list', summaryListAttributes({ rows: [...model.rows] }))}
          <h2 class="govuk-heading-m">${model.sendHeading}</h2>
          <p class="govuk-body">${model.declaration}</p>
          <form method="post" novalidate>${button(model.sendButton)}</form>`;
      case 'confirmation':
        return html`${element(
          'civic-panel',
          panelAttributes({ titleText: model.title, ...(model.reference ? { text: `${model.referenceLabel}: ${model.reference}` } : {}) }),
        )}${model.body ? html`<p class="govuk-body">${model.body}</p>` : nothing}`;
      case 'exit':
        return html`${back}
          <h1 class="govuk-heading-l">${model.title}</h1>
          ${model.body ? html`<p class="govuk-body">${model.body}</p>` : nothing}`;
    }
  }
}

/** The service answered, but not with success. */
class SendError extends Error {
  constructor(readonly status: number) {
    super(`The service answered ${status}`);
  }
}

function element(tagName: string, attributes: AttributeMap): HTMLElement {
  const node = document.createElement(tagName);
  applyAttributes(node, attributes);
  return node;
}

function button(options: ButtonOptions): HTMLElement {
  return element('civic-button', buttonAttributes(options));
}

function fieldNode(field: FieldModel, locale: 'en' | 'cy'): HTMLElement | TemplateResult {
  switch (field.component) {
    case 'text-input':
      return element('civic-text-input', textInputAttributes(field.options));
    case 'textarea':
      return element('civic-textarea', textareaAttributes(field.options));
    case 'character-count':
      return element('civic-character-count', characterCountAttributes(field.options));
    case 'radios':
      return element('civic-radios', radiosAttributes(field.options));
    case 'checkboxes':
      return element('civic-checkboxes', checkboxesAttributes(field.options));
    case 'select':
      return element('civic-select', selectAttributes(field.options));
    case 'date-input':
      return element('civic-date-input', dateInputAttributes(field.options));
    case 'group':
      return groupTemplate(field, createTranslator(journeyMessages, locale), { field: (inner) => fieldNode(inner, locale), button });
  }
}
