import { html, nothing, type TemplateResult } from 'lit';
import type { Translator } from '@civicbricks/core/i18n';
import { headingTemplate } from '../../lib/heading.js';
import type { AccordionMessageKey } from './accordion.messages.js';
import type { AccordionItem, AccordionOptions } from './accordion.options.js';

/** GOV.UK's ids for a section's parts, numbered from 1; the content id is also the section's key in sessionStorage. */
export function sectionIds(options: AccordionOptions, index: number): { heading: string; summary: string; content: string } {
  const n = index + 1;
  return { heading: `${options.id}-heading-${n}`, summary: `${options.id}-summary-${n}`, content: `${options.id}-content-${n}` };
}

/** What the element adds once its script runs: which sections are open, the wording, and what the buttons do. */
export interface AccordionInteraction {
  readonly expanded: readonly boolean[];
  readonly t: Translator<AccordionMessageKey>;
  readonly onToggle: (index: number) => void;
  readonly onToggleAll: () => void;
  /** The browser's find-in-page (or a link to text) matched inside a closed section: open it. */
  readonly onBeforeMatch: (index: number) => void;
}

// A comma for screen readers between the heading, summary and Show/Hide, so they are not read as one run-on phrase.
const divider = html`<span class="govuk-visually-hidden govuk-accordion__section-heading-divider">, </span>`;

function chevron(down: boolean): TemplateResult {
  return html`<span class="govuk-accordion-nav__chevron${down ? ' govuk-accordion-nav__chevron--down' : ''}"></span>`;
}

function sectionButton(options: AccordionOptions, item: AccordionItem, index: number, interaction: AccordionInteraction): TemplateResult {
  const ids = sectionIds(options, index);
  const open = interaction.expanded[index] === true;
  const { t } = interaction;
  const summary = item.summary?.text;
  const visible = t(open ? 'hideSection' : 'showSection');
  // govuk-frontend 6 puts "heading , summary , Show this section" in an `aria-label`, which overrides the visible
  // text: translation tools skip it and axe flags the mismatch (label-content-name-mismatch, WCAG 2.5.3). The same
  // name comes here from the button's own text: the visible "Show" is hidden from screen readers, which hear the
  // whole "Show this section" from visually hidden text instead. Splitting the phrase round the visible word would
  // not survive Welsh elision ("Cuddio’r"), where Chromium puts a space between the two spans.
  return html`<button
    type="button"
    class="govuk-accordion__section-button"
    aria-controls=${ids.content}
    aria-expanded=${open ? 'true' : 'false'}
    @click=${() => interaction.onToggle(index)}
  >
    <span class="govuk-accordion__section-heading-text" id=${ids.heading}
      ><span class="govuk-accordion__section-heading-text-focus">${item.heading.text}</span></span
    >${divider}${
      summary
        ? html`<span class="govuk-accordion__section-summary govuk-body" id=${ids.summary}
              ><span class="govuk-accordion__section-summary-focus">${summary}</span></span
            >${divider}`
        : nothing
    }<span class="govuk-accordion__section-toggle" data-nosnippet
      ><span class="govuk-accordion__section-toggle-focus"
        >${chevron(!open)}<span class="govuk-accordion__section-toggle-text"
          ><span aria-hidden="true">${visible}</span
          ><span class="govuk-visually-hidden">${t(open ? 'hideSectionAriaLabel' : 'showSectionAriaLabel')}</span></span
        ></span
      ></span
    >
  </button>`;
}

function section(options: AccordionOptions, item: AccordionItem, index: number, interaction?: AccordionInteraction): TemplateResult {
  const ids = sectionIds(options, index);
  const open = interaction ? interaction.expanded[index] === true : item.expanded === true;
  const level = options.headingLevel ?? 2;
  const heading = interaction
    ? headingTemplate(level, 'govuk-accordion__section-heading', sectionButton(options, item, index, interaction))
    : headingTemplate(
        level,
        'govuk-accordion__section-heading',
        html`<span class="govuk-accordion__section-button" id=${ids.heading}>${item.heading.text}</span>`,
      );
  const summary =
    !interaction && item.summary?.text
      ? html`<div class="govuk-accordion__section-summary govuk-body" id=${ids.summary}>${item.summary.text}</div>`
      : nothing;
  // `until-found` keeps a closed section's text findable with the browser's find in page, which then opens it.
  const hidden = interaction && !open ? 'until-found' : nothing;
  return html`<div class="govuk-accordion__section${open ? ' govuk-accordion__section--expanded' : ''}">
    <div class="govuk-accordion__section-header">${heading}${summary}</div>
    <div
      id=${ids.content}
      class="govuk-accordion__section-content"
      hidden=${hidden}
      @beforematch=${interaction ? () => interaction.onBeforeMatch(index) : nothing}
    >
      <p class="govuk-body">${item.content.text}</p>
    </div>
  </div>`;
}

/**
 * The GOV.UK accordion. Without `interaction` (the server render) it is GOV.UK's markup exactly, every section
 * showing; with it, "Show all sections" heads the list and each heading becomes a button that shows or hides its section.
 */
export function accordionTemplate(options: AccordionOptions, interaction?: AccordionInteraction): TemplateResult {
  const sections = options.items.map((item, index) => section(options, item, index, interaction));
  if (!interaction) {
    return html`<div class="govuk-accordion" data-module="govuk-accordion" id=${options.id}>${sections}</div>`;
  }
  const allOpen = options.items.every((_, index) => interaction.expanded[index] === true);
  return html`<div class="govuk-accordion" data-module="govuk-accordion" id=${options.id}>
    <div class="govuk-accordion__controls">
      <button type="button" class="govuk-accordion__show-all" aria-expanded=${allOpen ? 'true' : 'false'} @click=${interaction.onToggleAll}>
        ${chevron(!allOpen)}<span class="govuk-accordion__show-all-text"
          >${interaction.t(allOpen ? 'hideAllSections' : 'showAllSections')}</span
        >
      </button>
    </div>
    ${sections}
  </div>`;
}
