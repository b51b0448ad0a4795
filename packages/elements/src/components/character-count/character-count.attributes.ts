import { type AttributeMap, withGovukOptions } from '../../lib/attributes.js';
import { textareaAttributes, textareaGovukOptions } from '../textarea/textarea.attributes.js';
import type { CharacterCountOptions } from './character-count.options.js';

/** The `<civic-character-count>` attributes that render the same field as these options. */
export function characterCountAttributes(options: CharacterCountOptions): AttributeMap {
  return withGovukOptions(
    {
      ...textareaAttributes(options),
      maxlength: options.maxlength === undefined ? undefined : String(options.maxlength),
      maxwords: options.maxwords === undefined ? undefined : String(options.maxwords),
      threshold: options.threshold === undefined ? undefined : String(options.threshold),
    },
    options,
    characterCountGovukOptions,
  );
}

/** The options `<civic-character-count>` has no attribute for: they travel as JSON in its `govuk-options` attribute. */
export const characterCountGovukOptions = [
  ...textareaGovukOptions,
  'countType',
  'countMessage',
  'textareaDescriptionText',
  'charactersUnderLimitText',
  'charactersAtLimitText',
  'charactersOverLimitText',
  'wordsUnderLimitText',
  'wordsAtLimitText',
  'wordsOverLimitText',
] as const satisfies readonly (keyof CharacterCountOptions)[];
