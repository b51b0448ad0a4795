import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** Heading levels GOV.UK components let a page choose, so the document outline stays right wherever the component sits. */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/**
 * A heading of a chosen level. Lit cannot bind a tag name, and static templates would need
 * `unsafeStatic`; six fixed templates keep every tag a literal the browser and Lit's SSR both see.
 */
export function headingTemplate(level: HeadingLevel, className: string, content: unknown, id?: string): TemplateResult {
  switch (level) {
    case 1:
      return html`<h1 class=${className} id=${ifDefined(id)}>${content}</h1>`;
    case 2:
      return html`<h2 class=${className} id=${ifDefined(id)}>${content}</h2>`;
    case 3:
      return html`<h3 class=${className} id=${ifDefined(id)}>${content}</h3>`;
    case 4:
      return html`<h4 class=${className} id=${ifDefined(id)}>${content}</h4>`;
    case 5:
      return html`<h5 class=${className} id=${ifDefined(id)}>${content}</h5>`;
    case 6:
      return html`<h6 class=${className} id=${ifDefined(id)}>${content}</h6>`;
  }
}
