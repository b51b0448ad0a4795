import type { PropertyValues, TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { safeUrl, translatorFor } from '@civicbricks/elements';
import { CaseFormElement } from '../lib/form.js';
import type { Choice, HiddenField } from '../lib/schemas.js';
import { assignFormMessages } from './assign-form.messages.js';
import { assignFormTemplate } from './assign-form.template.js';

/**
 * @tagname civic-assign-form
 * @summary The form that gives a case to one worker before they act on it, posting natively so it works with JavaScript off.
 *
 * `assignees` (JSON `[{ "value": "u-17", "text": "Sam Jones" }]`) are the people the service's permissions let
 * pick the case up; the form posts the chosen value as `assignee` and `intent=assign` (or `intent=unassign` from
 * the button `allow-unassign` adds) to `action`, with any `hidden-fields` (the CSRF token, the case version).
 * After a refused choice, render it again with `value` and `error-message`: the GOV.UK error summary takes focus
 * and its link focuses the select.
 */
export class CivicAssignForm extends CaseFormElement {
  protected static override serverMarkupSelector = ':scope > .civic-assign-form';

  @property() action: string | undefined;
  @property({ type: Array }) assignees: Choice[] = [];
  @property({ attribute: 'current-assignee' }) currentAssignee: string | undefined;
  @property() value: string | undefined;
  @property({ attribute: 'error-message' }) errorMessage: string | undefined;
  @property({ type: Boolean, attribute: 'allow-unassign' }) allowUnassign = false;
  @property() name: string | undefined;
  @property({ attribute: 'field-id' }) fieldId: string | undefined;
  @property({ type: Array, attribute: 'hidden-fields' }) hiddenFields: HiddenField[] | undefined;

  protected override adoptServerState(serverRoot: HTMLElement): void {
    const select = serverRoot.querySelector('select');
    if (select) this.value = select.value;
  }

  protected override problemsChanged(changed: PropertyValues): boolean {
    return changed.has('errorMessage') && Boolean(this.errorMessage);
  }

  protected override render(): TemplateResult | undefined {
    if (this.action === undefined) return undefined;
    const options = {
      action: this.action,
      assignees: this.assignees,
      currentAssignee: this.currentAssignee,
      value: this.value,
      errorMessage: this.errorMessage,
      allowUnassign: this.allowUnassign,
      name: this.name,
      id: this.fieldId,
      hiddenFields: this.hiddenFields,
    };
    return assignFormTemplate(options, translatorFor(assignFormMessages, this.locale, this.messages), safeUrl(this.action));
  }
}
