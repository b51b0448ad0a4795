/**
 * `@civicbricks/payments/govuk-pay`: the GOV.UK Pay provider. Server-side: it
 * holds your API key.
 */
export {
  createGovUkPayProvider,
  GOVUK_PAY_BASE_URL,
  REQUEST_MARKER_KEY,
  type GovUkPayProviderOptions,
  type GovUkPayBackoff,
  type GovUkPayLogEntry,
} from './govuk-pay-provider.js';
export { redactApiKey } from './api-key.js';
