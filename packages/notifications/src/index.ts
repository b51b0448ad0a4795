/**
 * `@civicbricks/notifications`: GOV.UK Notify-compatible templates, exact text
 * message counting, delivery statuses and the provider interface. Runs in Node,
 * browsers and workers alike. The GOV.UK Notify provider and the delivery
 * receipt handler are in `@civicbricks/notifications/notify`.
 */
export { renderTemplate, normaliseSmsWhitespace, type RenderOptions, type RenderPurpose, type RenderedMessage } from './render.js';
export { parseEmailBlocks, parseEmailInline, plainValueMarker, isAllowedLinkHost, type EmailBlock, type EmailInline } from './markdown.js';
export {
  templateSchema,
  templateVariantSchema,
  personalisationSchema,
  allowedLinkHostsSchema,
  NOTIFICATION_TYPES,
  type Template,
  type TemplateVariant,
  type NotificationType,
} from './template.js';
export {
  placeholderNames,
  placeholderKey,
  isTruthyValue,
  type Personalisation,
  type PersonalisationValue,
  type PersonalisationScalar,
} from './placeholders.js';
export {
  countSms,
  sanitiseSms,
  fragmentsFor,
  SMS_MAX_LENGTH,
  GSM_BASIC_CHARACTERS,
  GSM_EXTENDED_CHARACTERS,
  WELSH_CHARACTERS,
  WELSH_NON_GSM_CHARACTERS,
  type SmsCount,
  type SmsEncoding,
} from './sms.js';
export { MissingPersonalisationError, SmsTooLongError, DisallowedLinkError, RateLimitError, type RateLimitScope } from './errors.js';
export {
  isStatusAdvance,
  isKnownStatus,
  isFinalStatus,
  EMAIL_STATUSES,
  SMS_STATUSES,
  LETTER_STATUSES,
  type NotificationStatus,
  type EmailStatus,
  type SmsStatus,
  type LetterStatus,
} from './status.js';
export { assertSafeReference, referencePersonalData, MAX_REFERENCE_LENGTH, type PersonalDataKind } from './reference.js';
export {
  parseOutgoingMessage,
  outgoingMessageSchema,
  LOST_ANSWER_CODES,
  type NotificationProvider,
  type OutgoingMessage,
  type SendOptions,
  type SendResult,
  type NotificationRecord,
} from './provider.js';
export { notificationMessages } from './messages.js';
