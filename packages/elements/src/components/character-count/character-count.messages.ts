import { declareMessages } from '@civicbricks/core/i18n';
import { withFieldMessages } from '../../messages.js';

// English wording is govuk-frontend's own. govuk-frontend ships no Welsh; this follows the Welsh in GOV.UK's character
// count examples, where a noun after a numeral stays singular ("3 nod", "10 gair"), so every plural form reads the same.
const own = declareMessages({
  en: {
    textareaDescriptionCharacters: { one: 'You can enter up to %{count} character', other: 'You can enter up to %{count} characters' },
    textareaDescriptionWords: { one: 'You can enter up to %{count} word', other: 'You can enter up to %{count} words' },
    charactersUnderLimit: { one: 'You have %{count} character remaining', other: 'You have %{count} characters remaining' },
    charactersAtLimit: 'You have 0 characters remaining',
    charactersOverLimit: { one: 'You have %{count} character too many', other: 'You have %{count} characters too many' },
    wordsUnderLimit: { one: 'You have %{count} word remaining', other: 'You have %{count} words remaining' },
    wordsAtLimit: 'You have 0 words remaining',
    wordsOverLimit: { one: 'You have %{count} word too many', other: 'You have %{count} words too many' },
  },
  cy: {
    textareaDescriptionCharacters: {
      zero: 'Gallwch ddefnyddio hyd at %{count} nod',
      one: 'Gallwch ddefnyddio hyd at %{count} nod',
      two: 'Gallwch ddefnyddio hyd at %{count} nod',
      few: 'Gallwch ddefnyddio hyd at %{count} nod',
      many: 'Gallwch ddefnyddio hyd at %{count} nod',
      other: 'Gallwch ddefnyddio hyd at %{count} nod',
    },
    textareaDescriptionWords: {
      zero: 'Gallwch ddefnyddio hyd at %{count} gair',
      one: 'Gallwch ddefnyddio hyd at %{count} gair',
      two: 'Gallwch ddefnyddio hyd at %{count} gair',
      few: 'Gallwch ddefnyddio hyd at %{count} gair',
      many: 'Gallwch ddefnyddio hyd at %{count} gair',
      other: 'Gallwch ddefnyddio hyd at %{count} gair',
    },
    charactersUnderLimit: {
      zero: 'Mae gennych %{count} nod ar ôl',
      one: 'Mae gennych %{count} nod ar ôl',
      two: 'Mae gennych %{count} nod ar ôl',
      few: 'Mae gennych %{count} nod ar ôl',
      many: 'Mae gennych %{count} nod ar ôl',
      other: 'Mae gennych %{count} nod ar ôl',
    },
    charactersAtLimit: 'Mae gennych 0 nod ar ôl',
    charactersOverLimit: {
      zero: 'Mae gennych %{count} nod yn ormod',
      one: 'Mae gennych %{count} nod yn ormod',
      two: 'Mae gennych %{count} nod yn ormod',
      few: 'Mae gennych %{count} nod yn ormod',
      many: 'Mae gennych %{count} nod yn ormod',
      other: 'Mae gennych %{count} nod yn ormod',
    },
    wordsUnderLimit: {
      zero: 'Mae gennych %{count} gair ar ôl',
      one: 'Mae gennych %{count} gair ar ôl',
      two: 'Mae gennych %{count} gair ar ôl',
      few: 'Mae gennych %{count} gair ar ôl',
      many: 'Mae gennych %{count} gair ar ôl',
      other: 'Mae gennych %{count} gair ar ôl',
    },
    wordsAtLimit: 'Mae gennych 0 gair ar ôl',
    wordsOverLimit: {
      zero: 'Mae gennych %{count} gair yn ormod',
      one: 'Mae gennych %{count} gair yn ormod',
      two: 'Mae gennych %{count} gair yn ormod',
      few: 'Mae gennych %{count} gair yn ormod',
      many: 'Mae gennych %{count} gair yn ormod',
      other: 'Mae gennych %{count} gair yn ormod',
    },
  },
});

/** The character count's strings plus the shared field strings ("Error:"). */
export const characterCountMessages = withFieldMessages(own);

export type CharacterCountMessageKey = 'errorPrefix' | Extract<keyof typeof own.en, string>;
