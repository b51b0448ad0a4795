import type { TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { translatorFor } from '../../messages.js';
import { optionalNumberConverter } from '../field/converters.js';
import { CivicTextarea } from '../textarea/textarea.js';
import { characterCountMessages } from './character-count.messages.js';
import { characterCountTemplate } from './character-count.template.js';
import type { CharacterCountOptions } from './character-count.options.js';

/** Quiet time after the last keystroke before screen readers hear the count (govuk-frontend waits 0.5–1.5 s). */
export const announceDelayMs = 1000;

/**
 * @tagname civic-character-count
 * @summary A GOV.UK textarea that tells the person how many characters or words they have left.
 *
 * Give `maxlength` (characters) or `maxwords`. The limit is reported, never
 * enforced: the person can type past it and sees "You have 2 characters too
 * many", as GOV.UK does, so they can edit down rather than lose text; validate
 * the length on the server. The visible count updates on every keystroke; a
 * separate visually hidden `aria-live="polite"` status updates once typing
 * pauses, so screen readers are not interrupted at each key. Without
 * JavaScript the server-rendered hint says "You can enter up to …".
 * `threshold` (a percentage) hides the count until the answer nears the limit.
 *
 * Every message can be reworded per instance through `messages`
 * (`charactersUnderLimit`, `charactersAtLimit`, `charactersOverLimit`,
 * `wordsUnderLimit`, `wordsAtLimit`, `wordsOverLimit`,
 * `textareaDescriptionCharacters`, `textareaDescriptionWords`).
 *
 * @event input - Native event from the inner textarea, as the person types.
 * @event change - Native event from the inner textarea, when the value is committed.
 */
export class CivicCharacterCount extends CivicTextarea {
  @property({ converter: optionalNumberConverter }) maxlength: number | undefined;
  @property({ converter: optionalNumberConverter }) maxwords: number | undefined;
  /** Percentage of the limit at which the count appears; 0 or unset shows it from the start. */
  @property({ converter: optionalNumberConverter }) threshold: number | undefined;

  /** The value screen readers were last told about while typing; `undefined` when they are up to date. */
  @state() private announcedValue: string | undefined;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.announceTimer);
    this.announceTimer = undefined;
    this.announcedValue = undefined;
  }

  // Screen readers hear the count only once typing pauses; until then they keep the value last announced.
  protected override valueWillChange(): void {
    if (this.announceTimer === undefined) this.announcedValue = this.value;
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      this.announceTimer = undefined;
      this.announcedValue = undefined;
    }, announceDelayMs);
  }

  /** The options this element renders from, in the shape the server render function takes. */
  override get options(): CharacterCountOptions {
    return { ...super.options, maxlength: this.maxlength, maxwords: this.maxwords, threshold: this.threshold };
  }

  protected override render(): TemplateResult {
    const t = translatorFor(characterCountMessages, this.locale, this.messages);
    return characterCountTemplate(this.withGovukOptions(this.options), t, {
      value: this.value,
      announcedValue: this.announcedValue ?? this.value,
    });
  }
}
