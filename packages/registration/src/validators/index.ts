/**
 * `@civicbricks/registration/validators`: the UK validators on their own, with their
 * English and Welsh messages, for services that do not use journeys.
 */
export {
  nhsCheckDigit,
  validateEmailAddress,
  validateNationalInsuranceNumber,
  validateNhsNumber,
  validateUkPhoneNumber,
  validateUkPostcode,
} from './validators.js';
export { validatorMessages } from './messages.js';
export { FieldLabelSchema, type FieldLabel, type ValidatorError, type ValidatorOptions, type ValidatorResult } from './shared.js';
