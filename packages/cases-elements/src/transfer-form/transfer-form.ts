import type { PropertyValues, TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { safeUrl, translatorFor } from '@civicbricks/elements';
import { CaseFormElement } from '../lib/form.js';
import type { Choice, HiddenField } from '../lib/schemas.js';
import { transferFormMessages } from './transfer-form.messages.js';
import type { TransferFormOptions } from './transfer-form.options.js';
import { transferFieldIds, transferFormTemplate } from './transfer-form.template.js';

/**
 * @tagname civic-transfer-form
 * @summary The form that moves a case's lead professional to someone else, with the reason its history keeps.
 *
 * Posts natively to `action` as `to` (the new lead's value) and `reason`, with any `hidden-fields`, so it works
 * with JavaScript off; the service's transfer refuses a missing reason whatever the page does. With JavaScript on,
 * a submission without a new lead or a reason is held back and shows the GOV.UK error summary at once (focused,
 * each link focusing its field), in the wording the service would use. After a refused transfer, render it again
 * with `values` and `errors` (JSON, by field).
 */
export class CivicTransferForm extends CaseFormElement {
  protected static override serverMarkupSelector = ':scope > .civic-transfer-form';

  @property() action: string | undefined;
  @property({ attribute: 'current-lead' }) currentLead: string | undefined;
  @property({ type: Array }) candidates: Choice[] = [];
  @property({ type: Object }) values: TransferFormOptions['values'];
  @property({ type: Object }) errors: TransferFormOptions['errors'];
  @property({ type: Array, attribute: 'hidden-fields' }) hiddenFields: HiddenField[] | undefined;

  protected override adoptServerState(serverRoot: HTMLElement): void {
    this.values = this.typedValues(serverRoot);
  }

  protected override problemsChanged(changed: PropertyValues): boolean {
    return changed.has('errors') && Boolean(this.errors?.to || this.errors?.reason);
  }

  private typedValues(root: ParentNode): NonNullable<TransferFormOptions['values']> {
    const to = root.querySelector<HTMLSelectElement>(`#${transferFieldIds.to}`)?.value ?? '';
    const reason = root.querySelector<HTMLTextAreaElement>(`#${transferFieldIds.reason}`)?.value ?? '';
    return { to, reason };
  }

  protected override checkSubmission(event: SubmitEvent): void {
    const values = this.typedValues(this);
    const t = translatorFor(transferFormMessages, this.locale, this.messages);
    const errors = {
      to: values.to ? undefined : t('chooseLead'),
      reason: values.reason?.trim() ? undefined : t('reasonRequired'),
    };
    if (!errors.to && !errors.reason) return;
    event.preventDefault();
    this.values = values;
    this.errors = errors;
  }

  protected override render(): TemplateResult | undefined {
    const { action, currentLead } = this;
    if (action === undefined || currentLead === undefined) return undefined;
    const options = {
      action,
      currentLead,
      candidates: this.candidates,
      values: this.values,
      errors: this.errors,
      hiddenFields: this.hiddenFields,
    };
    return transferFormTemplate(options, translatorFor(transferFormMessages, this.locale, this.messages), safeUrl(action));
  }
}
