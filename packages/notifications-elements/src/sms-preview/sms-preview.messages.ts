import { defineMessages } from '@civicbricks/core/i18n';

// Welsh numerals take the singular noun ("3 nod", "5 neges destun"), as in GOV.UK's Welsh character count,
// so every plural form reads the same; the six forms are still written out so a translator can change one.
const same = (text: string) => ({ zero: text, one: text, two: text, few: text, many: text, other: text });

/** Every string `<civic-sms-preview>` owns, in English and Welsh. */
export const smsPreviewMessages = defineMessages({
  en: {
    caption: 'Text message as it will be sent',
    characters: { one: '%{count} character', other: '%{count} characters' },
    textMessages: { one: '%{count} text message', other: '%{count} text messages' },
    countSummary: '%{characters}, %{textMessages}',
    chargedAs: { one: 'Will be charged as %{count} text message', other: 'Will be charged as %{count} text messages' },
    encodingGsm:
      'Sent in the standard text alphabet (GSM): one text message holds 160 characters; longer messages are split into parts of 153.',
    encodingUnicode:
      'Sent as Unicode (UCS-2) because of the characters listed below: one text message holds only 70 characters; longer messages are split into parts of 67.',
    extendedCount: 'These characters count as 2 each: %{characters}',
    changedHeading: 'Characters that will be changed',
    willBeSentAs: '%{character} will be sent as %{replacement}',
    willBeRemoved: '%{character} will be removed',
    emojiSentAs: 'emoji (%{characters}) will be sent as ?',
    invisible: 'invisible character %{code}',
    space: 'a space',
    unicodeHeading: 'Characters that make this a Unicode message',
    warning: 'Warning',
    tooLong: {
      one: 'This message is too long: %{count} character. Text messages cannot be longer than 918 characters.',
      other: 'This message is too long: %{count} characters. Text messages cannot be longer than 918 characters.',
    },
    missing: 'Personalisation is missing for: %{names}',
    cannotPreview: 'This template cannot be previewed: %{reason}',
    notSms: 'This is not a text message template',
  },
  cy: {
    caption: 'Y neges destun fel y caiff ei hanfon',
    characters: same('%{count} nod'),
    textMessages: same('%{count} neges destun'),
    countSummary: '%{characters}, %{textMessages}',
    chargedAs: same('Codir tâl amdani fel %{count} neges destun'),
    encodingGsm:
      'Caiff ei hanfon yn yr wyddor testun safonol (GSM): mae un neges destun yn dal 160 nod; caiff negeseuon hirach eu rhannu’n rhannau o 153.',
    encodingUnicode:
      'Caiff ei hanfon fel Unicode (UCS-2) oherwydd y nodau a restrir isod: dim ond 70 nod y mae un neges destun yn eu dal; caiff negeseuon hirach eu rhannu’n rhannau o 67.',
    extendedCount: 'Mae’r nodau hyn yn cyfrif fel 2 yr un: %{characters}',
    changedHeading: 'Nodau a fydd yn cael eu newid',
    willBeSentAs: 'Bydd %{character} yn cael ei anfon fel %{replacement}',
    willBeRemoved: 'Bydd %{character} yn cael ei dynnu',
    emojiSentAs: 'Bydd emoji (%{characters}) yn cael eu hanfon fel ?',
    invisible: 'nod anweledig %{code}',
    space: 'bwlch',
    unicodeHeading: 'Nodau sy’n gwneud hon yn neges Unicode',
    warning: 'Rhybudd',
    tooLong: same('Mae’r neges hon yn rhy hir: %{count} nod. Ni all negeseuon testun fod yn hirach na 918 nod.'),
    missing: 'Mae personoli ar goll ar gyfer: %{names}',
    cannotPreview: 'Nid oes modd rhagweld y templed hwn: %{reason}',
    notSms: 'Nid templed neges destun yw hwn',
  },
});

export type SmsPreviewMessageKey = keyof typeof smsPreviewMessages.en;
