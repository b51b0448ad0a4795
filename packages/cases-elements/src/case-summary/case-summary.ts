import type { TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { CivicElement, translatorFor, type HeadingLevel } from '@civicbricks/elements';
import { caseSummaryMessages } from './case-summary.messages.js';
import type { CaseSummaryOptions } from './case-summary.options.js';
import { caseSummaryTemplate } from './case-summary.template.js';

/**
 * @tagname civic-case-summary
 * @summary The case summary header: reference, status, lead professional, flags and due date, at the top of every page of a case.
 *
 * `status`, `lead` and `due` are JSON: `{"text":"Assessment","colour":"blue"}`, `{"name":"Priya Shah","organisation":"Camden Council"}`,
 * `{"date":"2027-01-15","status":"overdue"}` (the status from `slaStatus` in `@civicbricks/cases`, so the element never reads a clock).
 * `flags` is a JSON list of `safeguarding`, `vulnerable` and `urgent`, each shown as a tag with its name.
 */
export class CivicCaseSummary extends CivicElement {
  protected static override serverMarkupSelector = ':scope > .civic-case-summary';

  @property() reference: string | undefined;
  /** The case's name for people; with it, a heading captioned "Case <reference>". */
  @property({ attribute: 'case-title' }) caseTitle: string | undefined;
  @property({ type: Number, attribute: 'heading-level' }) headingLevel: HeadingLevel | undefined;
  @property({ type: Object }) status: CaseSummaryOptions['status'] | undefined;
  @property({ type: Object }) lead: CaseSummaryOptions['lead'];
  @property({ type: Array }) flags: CaseSummaryOptions['flags'];
  @property({ type: Object }) due: CaseSummaryOptions['due'];

  protected override render(): TemplateResult | undefined {
    const { reference, status } = this;
    if (reference === undefined || status === undefined) return undefined;
    const options = {
      reference,
      title: this.caseTitle,
      headingLevel: this.headingLevel,
      status,
      lead: this.lead,
      flags: this.flags,
      due: this.due,
    };
    return caseSummaryTemplate(options, translatorFor(caseSummaryMessages, this.locale, this.messages));
  }
}
