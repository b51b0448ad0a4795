import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CivicElement } from '../../lib/civic-element.js';
import type { HeadingLevel } from '../../lib/heading.js';
import { translatorFor } from '../../messages.js';
import { accordionMessages } from './accordion.messages.js';
import { accordionTemplate, sectionIds } from './accordion.template.js';
import type { AccordionItem, AccordionOptions } from './accordion.options.js';

const headingLevels: readonly HeadingLevel[] = [1, 2, 3, 4, 5, 6];

// Storage can throw (blocked cookies, Safari private mode, a full quota): remembering is a nicety, never worth an error.
function readStored(key: string): boolean | undefined {
  try {
    const value = window.sessionStorage.getItem(key);
    return value === null ? undefined : value === 'true';
  } catch {
    return undefined;
  }
}

function store(key: string, expanded: boolean): void {
  try {
    window.sessionStorage.setItem(key, String(expanded));
  } catch {
    // See readStored.
  }
}

/**
 * @tagname civic-accordion
 * @summary The GOV.UK accordion: sections under headings that people open and close, for long content they dip into.
 *
 * Without script every section shows, as in govuk-frontend. With it, a "Show all sections" button (Welsh "Dangos
 * pob adran") heads the list and each heading becomes a button with `aria-expanded` and `aria-controls`, named
 * "heading , summary , Show this section" as govuk-frontend 6 names it, with a visible "Show" or "Hide" (the name
 * comes from visually hidden text rather than govuk-frontend's `aria-label`, so it matches what is seen). Closed
 * sections are `hidden="until-found"`, so the browser's find in page still reaches them and opens them. Open
 * and closed sections are remembered for the browser session under their content ids, as govuk-frontend does
 * (`remember-expanded="false"` turns that off). Wording can be changed per instance through `messages`
 * (`showAllSections`, `hideSection`, `showSectionAriaLabel` and the rest). Text only: GOV.UK's `html` options are
 * not offered because there is no sanitiser yet.
 *
 * @event civic-accordion-toggle - {@link CivicAccordionToggleEvent}: the person opened or closed sections.
 */
export class CivicAccordion extends CivicElement {
  protected static override serverMarkupSelector = ':scope > .govuk-accordion';

  /** Required and unique on the page: it makes the section ids and their keys in sessionStorage. */
  @property({ attribute: 'accordion-id' }) accordionId = 'accordion';
  /** 1 to 6; 2 by default. */
  @property({
    attribute: 'heading-level',
    converter: { fromAttribute: (value) => headingLevels.find((level) => String(level) === value) },
  })
  headingLevel: HeadingLevel | undefined;
  /** On unless the attribute says `false`. */
  @property({ attribute: 'remember-expanded', converter: { fromAttribute: (value) => value !== 'false' } })
  rememberExpanded = true;
  /** `[{ "heading": { "text": "Bins" }, "summary": { "text": "…" }, "content": { "text": "…" } }]` (JSON in the `items` attribute). */
  @property({ type: Array }) items: AccordionItem[] = [];

  @state() private expandedSections: boolean[] = [];
  private initialised = false;

  get options(): AccordionOptions {
    return { id: this.accordionId, headingLevel: this.headingLevel, rememberExpanded: this.rememberExpanded, items: this.items };
  }

  /** Which sections are open, in order. */
  get expanded(): readonly boolean[] {
    return this.items.map((_, index) => this.expandedSections[index] === true);
  }

  protected override adoptServerState(serverRoot: HTMLElement): void {
    if (serverRoot.id) this.accordionId = serverRoot.id;
    const level = Number(serverRoot.querySelector('.govuk-accordion__section-heading')?.tagName.slice(1));
    this.headingLevel ??= headingLevels.find((candidate) => candidate === level);
    if (this.items.length > 0) return;
    const text = (section: Element, selector: string): string => (section.querySelector(selector)?.textContent ?? '').trim();
    this.items = [...serverRoot.querySelectorAll('.govuk-accordion__section')].map((section) => {
      const summary = text(section, '.govuk-accordion__section-summary');
      return {
        heading: { text: text(section, '.govuk-accordion__section-button') },
        ...(summary ? { summary: { text: summary } } : {}),
        content: { text: text(section, '.govuk-accordion__section-content') },
        ...(section.classList.contains('govuk-accordion__section--expanded') ? { expanded: true } : {}),
      };
    });
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Sections take their starting state once, when there are sections: what the page asked for, unless the
    // person opened or closed the section earlier in this session.
    if (!this.initialised && this.items.length > 0) {
      this.initialised = true;
      this.expandedSections = this.items.map((item, index) => {
        const remembered = this.rememberExpanded ? readStored(sectionIds(this.options, index).content) : undefined;
        return remembered ?? item.expanded === true;
      });
    }
  }

  /** Opens or closes one section (from 0), as its button does, and remembers it. */
  setExpanded(index: number, expanded: boolean): void {
    this.setSections([index], expanded);
  }

  /** Opens or closes every section, as "Show all sections" does. */
  setAllExpanded(expanded: boolean): void {
    this.setSections(
      this.items.map((_, index) => index),
      expanded,
    );
  }

  private setSections(indexes: readonly number[], expanded: boolean): void {
    const next = [...this.expanded];
    for (const index of indexes) {
      if (index < 0 || index >= next.length) continue;
      next[index] = expanded;
      if (this.rememberExpanded) store(sectionIds(this.options, index).content, expanded);
    }
    this.expandedSections = next;
    this.dispatchEvent(new CivicAccordionToggleEvent(indexes, expanded));
  }

  protected override render(): TemplateResult {
    const t = translatorFor(accordionMessages, this.locale, this.messages);
    return html`${accordionTemplate(this.options, {
      expanded: this.expanded,
      t,
      onToggle: (index) => this.setExpanded(index, !this.expanded[index]),
      onToggleAll: () => this.setAllExpanded(!this.expanded.every(Boolean)),
      onBeforeMatch: (index) => this.setExpanded(index, true),
    })}`;
  }
}

/** Fired by `<civic-accordion>` after the person opens or closes sections (one, or all at once). */
export class CivicAccordionToggleEvent extends Event {
  static readonly eventName = 'civic-accordion-toggle';
  /** The sections (from 0) that changed. */
  readonly sections: readonly number[];
  readonly expanded: boolean;

  constructor(sections: readonly number[], expanded: boolean) {
    super(CivicAccordionToggleEvent.eventName, { bubbles: true, composed: true });
    this.sections = sections;
    this.expanded = expanded;
  }
}

declare global {
  interface HTMLElementEventMap {
    'civic-accordion-toggle': CivicAccordionToggleEvent;
  }
}
