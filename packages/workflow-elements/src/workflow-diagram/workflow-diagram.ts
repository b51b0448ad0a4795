import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { CivicElement, translatorFor } from '@civicbricks/elements';
import type { WorkflowDefinition, WorkflowSnapshot } from '@civicbricks/workflow';
import { workflowDiagramMessages } from './workflow-diagram.messages.js';
import type { WorkflowDiagramOptions } from './workflow-diagram.options.js';
import { workflowDiagramTemplate } from './workflow-diagram.template.js';

let instances = 0;

/**
 * @tagname civic-workflow-diagram
 * @summary A workflow shown as nested lists of its stages, with the current stage marked "You are here", and a text description.
 *
 * Each stage lists what can happen there (events, with their guards) and its timers,
 * each linking to the stage it leads to. Given a process's `snapshot`, the current
 * stage carries `aria-current="step"` and a visible "You are here" ("Rydych chi yma")
 * tag, and its pending timers are listed with their deadlines in UK time. The plain
 * description from `describeDefinition` (in English) sits in a details element as the
 * text alternative. Rendered into the light DOM with govuk-frontend's classes; no
 * diagram library is loaded. An invalid definition or snapshot shows a message saying why.
 */
export class CivicWorkflowDiagram extends CivicElement {
  /** The workflow definition (JSON in the `definition` attribute). */
  @property({ type: Object }) definition: WorkflowDefinition | undefined;
  /** A process's snapshot, to show where it is (JSON in the `snapshot` attribute). */
  @property({ type: Object }) snapshot: WorkflowSnapshot | undefined;
  /** The caption; the definition's title (or id) if absent. */
  @property() caption: string | undefined;

  /** Prefix of the ids given to the stages, so links to them work with several diagrams on a page. */
  private readonly idPrefix = `civic-workflow-${++instances}`;

  get options(): WorkflowDiagramOptions {
    return { definition: this.definition, snapshot: this.snapshot, caption: this.caption };
  }

  protected override render(): TemplateResult {
    const t = translatorFor(workflowDiagramMessages, this.locale, this.messages);
    return html`${workflowDiagramTemplate(this.options, t, this.locale, this.id ? `${this.id}-state` : this.idPrefix)}`;
  }
}
