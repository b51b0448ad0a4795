import type { TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { CivicElement } from '../../lib/civic-element.js';
import type { LabelSize } from '../field/field.template.js';
import { fieldsetTemplate } from './fieldset.template.js';
import type { FieldsetOptions } from './fieldset.options.js';

/**
 * @tagname civic-fieldset
 * @summary A GOV.UK fieldset: groups related controls, such as the lines of an address, under a legend that names the group.
 *
 * Put the controls between the tags. The element renders `<fieldset class="govuk-fieldset">` and its
 * legend into the light DOM and moves its own children into the fieldset, after the legend: the same
 * nodes, not copies, so their values, listeners and ids stay as they were. Children added later (by
 * the HTML parser or a framework) are moved in as well: those put before the fieldset go straight after
 * the legend, those put after it go at the end. Screen readers announce the legend as the
 * group's name when focus enters it; with `legend-is-page-heading` the legend's text is the page's `h1`.
 *
 * Over markup from `renderFieldset`, it keeps the server-rendered content, with whatever the person
 * already typed in it, and only renders the fieldset and legend afresh.
 *
 * @slot - The group's content, such as `<civic-text-input>` elements: moved into the fieldset after the legend (light DOM, not a shadow slot).
 */
export class CivicFieldset extends CivicElement {
  protected static override serverMarkupSelector = ':scope > .govuk-fieldset';

  /** The question the group answers, as the fieldset's legend. */
  @property() legend = '';
  /** Legend size from the GOV.UK type scale: `s`, `m`, `l` or `xl`. */
  @property({ attribute: 'legend-size' }) legendSize: LabelSize | undefined;
  /** Puts the legend's text in an `h1`, for a page that asks only this question. */
  @property({ type: Boolean, attribute: 'legend-is-page-heading' }) legendIsPageHeading = false;
  /** Ids (space-separated) of elements describing the whole group, such as a hint: the fieldset's `aria-describedby`. */
  @property({ attribute: 'described-by' }) describedBy: string | undefined;
  /** `group` for a fieldset of text inputs: JAWS does not announce a plain fieldset's description there. */
  @property({ attribute: 'fieldset-role' }) fieldsetRole: 'group' | undefined;

  private rendered: HTMLFieldSetElement | null = null;
  /** The server-rendered content, held between adoption and the first render. */
  private adoptedContent: Node[] = [];
  private focusedBeforeMove: Element | null = null;
  private readonly childWatcher = new MutationObserver(() => this.gatherChildren());

  /** The native fieldset, once rendered. */
  get fieldset(): HTMLFieldSetElement | null {
    return this.rendered;
  }

  protected override adoptServerState(serverRoot: HTMLElement): void {
    this.adoptedContent = [...serverRoot.childNodes].filter((node) => !(node instanceof HTMLLegendElement));
    if (serverRoot.contains(document.activeElement)) this.focusedBeforeMove = document.activeElement;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.rendered) return;
    this.gatherChildren();
    this.childWatcher.observe(this, { childList: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.childWatcher.disconnect();
  }

  protected override firstUpdated(): void {
    // Lit has just appended its fieldset after whatever the element already held.
    this.rendered = this.lastElementChild as HTMLFieldSetElement;
    this.gatherChildren();
    this.childWatcher.observe(this, { childList: true });
  }

  /**
   * Moves the adopted server content and every other child of the element (Lit's comment markers aside) into
   * the fieldset: children placed before it go straight after the legend, children placed after it go at the end.
   */
  private gatherChildren(): void {
    const fieldset = this.rendered;
    if (!fieldset) return;
    const before = this.adoptedContent.splice(0);
    const after: Node[] = [];
    let past = false;
    for (const node of [...this.childNodes]) {
      if (node === fieldset) past = true;
      else if (node.nodeType !== Node.COMMENT_NODE) (past ? after : before).push(node);
    }
    const nodes = [...before, ...after];
    if (nodes.length === 0) return;
    const focused = this.focusedBeforeMove ?? document.activeElement;
    this.focusedBeforeMove = null;
    fieldset.querySelector(':scope > legend')?.after(...before);
    fieldset.append(...after);
    // Moving a node takes focus from inside it; give it back so someone typing as the page loads keeps their place.
    if (
      focused instanceof HTMLElement &&
      focused.isConnected &&
      focused !== document.activeElement &&
      nodes.some((node) => node.contains(focused))
    ) {
      focused.focus({ preventScroll: true });
    }
  }

  /** The options this element renders from, in the shape the server render function takes (the content is the element's children). */
  get options(): FieldsetOptions {
    return {
      legend: { text: this.legend, size: this.legendSize, isPageHeading: this.legendIsPageHeading },
      describedBy: this.describedBy,
      role: this.fieldsetRole,
    };
  }

  protected override render(): TemplateResult {
    return fieldsetTemplate(this.options);
  }
}
