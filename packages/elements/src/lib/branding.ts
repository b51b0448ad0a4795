/**
 * Whether the service is on GOV.UK. GOV.UK's macros assume it is: the footer shows the crown, the Open Government
 * Licence and Crown copyright, the header the crown and GOV.UK logotype. A council's service is not, and must not
 * show them (GOV.UK brand guidelines). So ours follow one service-wide setting, `council` unless the service says
 * `govuk`; a component's own `govukBranding` option still decides for that component.
 */
export type ServiceBranding = 'govuk' | 'council';

// Shared through a global symbol, so two copies of this package on one page (or a server and its pages) agree.
const brandingKey = Symbol.for('civicbricks.elements.serviceBranding');
type BrandingHolder = { [brandingKey]?: ServiceBranding | undefined };

/**
 * Says whether the service is on GOV.UK (`govuk`) or a council's own (`council`, the default). Call it once where the
 * server starts and, with the same value, where the page's script starts, as `setAllowedUrlHosts` is.
 *
 * @throws {TypeError} for anything but `govuk` or `council`.
 */
export function setServiceBranding(branding: ServiceBranding): void {
  if (branding !== 'govuk' && branding !== 'council') {
    throw new TypeError(`setServiceBranding takes "govuk" or "council", not ${JSON.stringify(branding)}`);
  }
  (globalThis as BrandingHolder)[brandingKey] = branding;
}

export function serviceBranding(): ServiceBranding {
  return (globalThis as BrandingHolder)[brandingKey] ?? 'council';
}

/** Whether a component shows GOV.UK's branding: its own `govukBranding` where set, else the service's setting. */
export function showsGovukBranding(govukBranding: boolean | undefined): boolean {
  return govukBranding ?? serviceBranding() === 'govuk';
}
