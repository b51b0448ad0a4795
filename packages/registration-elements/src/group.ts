/**
 * The fieldset that groups a question's controls (a name in two parts, an address, an add-another list and each
 * of its items): one Lit template, which `<civic-journey>` renders in the browser and the server renders to HTML
 * (ADR 0003), so the two cannot drift apart. Only the controls inside differ: elements in the browser, the
 * elements' server markup on the server.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ButtonOptions } from '@civicbricks/elements';
import type { Translator } from '@civicbricks/core/i18n';
import type { JourneyMessageKey } from './messages.js';
import type { FieldModel, GroupModel } from './question-types/base.js';

/** The ids a group's fieldset is described by: its hint and its error message. */
export function groupDescribedBy(group: GroupModel): string | undefined {
  const ids = [group.hint ? `${group.id}-hint` : '', group.errorMessage ? `${group.id}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/** How the group's controls and buttons are rendered where the template runs. */
export interface GroupParts {
  readonly field: (field: FieldModel) => unknown;
  readonly button: (button: ButtonOptions) => unknown;
}

export function groupTemplate(group: GroupModel, t: Translator<JourneyMessageKey>, parts: GroupParts): TemplateResult {
  const describedBy = groupDescribedBy(group);
  return html`<div class="govuk-form-group${group.errorMessage ? ' govuk-form-group--error' : ''}">
    <fieldset class="govuk-fieldset" aria-describedby=${describedBy ?? nothing}>
      <legend class="govuk-fieldset__legend govuk-fieldset__legend--${group.legendSize}">
        ${group.isPageHeading ? html`<h1 class="govuk-fieldset__heading">${group.legend}</h1>` : group.legend}
      </legend>
      ${group.hint ? html`<div id="${group.id}-hint" class="govuk-hint">${group.hint}</div>` : nothing}
      ${
        group.errorMessage
          ? html`<p id="${group.id}-error" class="govuk-error-message">
              <span class="govuk-visually-hidden">${t('errorPrefix')}</span> ${group.errorMessage}
            </p>`
          : nothing
      }
      ${group.fields.map(parts.field)}
      ${group.buttons.length > 0 ? html`<div class="govuk-button-group">${group.buttons.map(parts.button)}</div>` : nothing}
    </fieldset>
  </div>`;
}
